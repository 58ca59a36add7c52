package conll

import (
	"sort"
	"strings"
)

// A Span is an entity on tokens: Doc.Tokens[First] through Doc.Tokens[Last],
// both included.
type Span struct {
	Label       string
	First, Last int
}

func (s Span) sameRange(o Span) bool { return s.First == o.First && s.Last == o.Last }

// Gold returns the chunks of one label, conlleval style, as score.py's
// spans_from_tags: a token with B-label starts a chunk; one with I-label
// continues the open chunk or starts one if none is open; any other token
// closes the open chunk. Other labels on the same token do not matter.
// The chunks are in order and never overlap.
func (d *Doc) Gold(label string) []Span {
	b, in := "B-"+label, "I-"+label
	var out []Span
	start := -1
	for i := 0; i <= len(d.Tokens); i++ {
		var isB, isI bool
		if i < len(d.Tokens) {
			for _, t := range d.Tokens[i].Tags {
				isB = isB || t == b
				isI = isI || t == in
			}
		}
		if start >= 0 && (isB || !isI) {
			out = append(out, Span{label, start, i - 1})
			start = -1
		}
		if isB || isI && start < 0 {
			start = i
		}
	}
	return out
}

// A Prediction is an extractor's entity, described with what scoring needs.
type Prediction struct {
	Type       string // the extractor's type, such as "PERSON"
	Start, End int    // byte offsets into Doc.Text
	Text       string // Doc.Text[Start:End], as the extractor says
	Source     string // the rule or list that produced it
}

// DefaultMap maps the extractor's types to ANERcorp's labels. Types it does
// not name (NATIONALITY) are not scored.
var DefaultMap = map[string]string{
	"PERSON":       "PERS",
	"COUNTRY":      "LOC",
	"LOCATION":     "LOC",
	"ORGANIZATION": "ORG",
	"DATE":         "DATE",
}

// A Pred is a prediction projected onto tokens.
type Pred struct {
	Span
	Prediction
}

// Project maps byte offsets [start, end) to the tokens from the one holding
// byte start to the one holding byte end-1, as score.py does with bisect (a
// byte between tokens belongs to the token before it). ok is false when
// the range is empty or starts before the first token.
func (d *Doc) Project(start, end int) (first, last int, ok bool) {
	at := func(x int) int { // index of the last token starting at or before x
		return sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start > x }) - 1
	}
	first, last = at(start), at(end-1)
	if first < 0 || last < first {
		return 0, 0, false
	}
	return first, last, true
}

// Counts are the true positives, false positives and false negatives of
// one label.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there is nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c Counts) add(o Counts) Counts { return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN} }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A Result is the score of predictions on a Doc.
type Result struct {
	// Labels are the scored labels, in the order asked for.
	Labels []string
	// Exact counts a prediction right when its tokens and label are those
	// of a gold chunk. Overlap counts it right when it overlaps a gold
	// chunk of its label not matched before (one-to-one).
	Exact, Overlap map[string]Counts
	// Gold and Pred are the scored chunks and the distinct predicted token
	// spans of each label, in order. A token span predicted more than once
	// counts once, by the first prediction that produced it.
	Gold, Pred map[string][]Pred
	// All are every prediction projected onto tokens, of any type, with
	// the label of the type map or, for a type it does not name, the type
	// itself; Unplaced counts those that could not be projected.
	All      []Pred
	Unplaced int
	// BadOffsets are predictions whose Text is not Doc.Text[Start:End].
	BadOffsets []Prediction
}

// MicroExact is the sum of Exact over the scored labels.
func (r *Result) MicroExact() Counts { return r.micro(r.Exact) }

// MicroOverlap is the sum of Overlap over the scored labels.
func (r *Result) MicroOverlap() Counts { return r.micro(r.Overlap) }

func (r *Result) micro(m map[string]Counts) Counts {
	var c Counts
	for _, l := range r.Labels {
		c = c.add(m[l])
	}
	return c
}

// Score scores preds on d for the given labels. typeMap maps prediction
// types to labels; nil means DefaultMap.
func Score(d *Doc, preds []Prediction, labels []string, typeMap map[string]string) *Result {
	if typeMap == nil {
		typeMap = DefaultMap
	}
	r := &Result{
		Labels:  labels,
		Exact:   map[string]Counts{},
		Overlap: map[string]Counts{},
		Gold:    map[string][]Pred{},
		Pred:    map[string][]Pred{},
	}
	scored := map[string]bool{}
	for _, l := range labels {
		scored[l] = true
	}
	seen := map[Span]bool{}
	for _, p := range preds {
		if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End || d.Text[p.Start:p.End] != p.Text {
			r.BadOffsets = append(r.BadOffsets, p)
		}
		lab, ok := typeMap[p.Type]
		if !ok {
			lab = p.Type
		}
		first, last, ok := d.Project(p.Start, p.End)
		if !ok {
			r.Unplaced++
			continue
		}
		pp := Pred{Span{lab, first, last}, p}
		r.All = append(r.All, pp)
		if _, mapped := typeMap[p.Type]; mapped && scored[lab] && !seen[pp.Span] {
			seen[pp.Span] = true
			r.Pred[lab] = append(r.Pred[lab], pp)
		}
	}
	for _, l := range labels {
		ps := r.Pred[l]
		sort.SliceStable(ps, func(i, j int) bool { return less(ps[i].Span, ps[j].Span) })
		var gs []Pred
		for _, g := range d.Gold(l) {
			gs = append(gs, Pred{Span: g})
		}
		r.Gold[l] = gs
		r.Exact[l] = exact(gs, ps)
		r.Overlap[l] = overlap(gs, ps)
	}
	return r
}

func less(a, b Span) bool {
	if a.First != b.First {
		return a.First < b.First
	}
	return a.Last < b.Last
}

func exact(gold, pred []Pred) Counts {
	g := make(map[Span]bool, len(gold))
	for _, x := range gold {
		g[x.Span] = true
	}
	tp := 0
	for _, p := range pred {
		if g[p.Span] {
			tp++
		}
	}
	return Counts{tp, len(pred) - tp, len(gold) - tp}
}

// overlap matches each prediction, in order, with the first unmatched gold
// chunk it overlaps. Gold chunks of one label are disjoint and in order, so
// the search starts at the first chunk that ends at or after the prediction
// starts.
func overlap(gold, pred []Pred) Counts {
	used := make([]bool, len(gold))
	tp := 0
	for _, p := range pred {
		k := sort.Search(len(gold), func(k int) bool { return gold[k].Last >= p.First })
		for ; k < len(gold) && gold[k].First <= p.Last; k++ {
			if !used[k] {
				used[k] = true
				tp++
				break
			}
		}
	}
	return Counts{tp, len(pred) - tp, len(gold) - tp}
}

// ParseLabels splits a comma-separated list of labels, dropping blanks.
func ParseLabels(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
