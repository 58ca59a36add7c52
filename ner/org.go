package ner

// Organization rules: a head word (حركة، حزب، وزارة …) directly before a
// listed organization joins it (حركة حماس); a head of an institution that
// takes a nationality (الجيش) followed by a nationality adjective is an
// organization (الجيش الإسرائيلي).
func (st *state) organizations() {
	c := &st.x.cls
	g := st.x.gaz
	for i := 0; i+1 < len(st.toks); i++ {
		switch {
		case st.below[i]&c.orgHead != 0:
			m, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgHead)
			if !ok || m.End >= len(st.toks) {
				continue
			}
			o, ok := g.MatchAt(st.m.Text, st.toks, m.End, c.org)
			if !ok || o.Offset != 0 {
				continue
			}
			st.add(cand{s: i, e: o.End, off: m.Offset, typ: Organization, src: "rule:org-head"})
			i = o.End - 1
		case st.below[i]&c.orgNatHead != 0:
			m, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgNatHead)
			if !ok || m.End >= len(st.toks) || !st.is(m.End, c.nationality) {
				continue
			}
			st.add(cand{s: i, e: m.End + 1, off: m.Offset, typ: Organization, src: "rule:org-nationality"})
			i = m.End
		}
	}
}
