package ner

// dates adds a DATE candidate for each date the date finder reads (see
// package github.com/kashif-nlp/kashif/ner/date): day, month and year in
// every month-name system, Hijri dates, weekdays, relative days and periods,
// decades, centuries, occasions and ranges. Relative dates get a value only
// when the call has a reference date.
func (st *state) dates() {
	st.spans = st.x.dates.Find(st.spans[:0], st.m.Text, st.toks, st.ref)
	for _, s := range st.spans {
		st.add(cand{s: s.Start, e: s.End, off: s.Offset, typ: Date, val: s.Value, src: "rule:date"})
	}
}
