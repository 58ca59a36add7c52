package conll

import (
	"sort"
	"strings"
)

// A Cause is why an exact-match error happened, as far as the spans tell.
type Cause string

// Causes, in the order they are tried.
const (
	// TypeError: a span of a different label covers exactly the same tokens.
	TypeError Cause = "type"
	// Boundary: a span of the same label overlaps but covers other tokens.
	Boundary Cause = "boundary"
	// BoundaryType: only a span of a different label and different tokens
	// overlaps.
	BoundaryType Cause = "boundary+type"
	// Missed: a gold chunk that no prediction of any type overlaps.
	Missed Cause = "missed"
	// Spurious: a prediction that no gold chunk of any label overlaps.
	Spurious Cause = "spurious"
)

// Causes lists the causes in the order they are reported.
var Causes = []Cause{Boundary, TypeError, BoundaryType, Missed, Spurious}

// An Error is a false negative (a gold chunk not predicted exactly) or a
// false positive (a prediction matching no gold chunk exactly).
type Error struct {
	FalsePositive bool
	Cause         Cause
	// Span is the missed gold chunk or the wrong prediction.
	Span Pred
	// Other is the span on the other side that explains the cause: the
	// overlapping prediction of a false negative, the overlapping gold
	// chunk of a false positive. Nil for Missed and Spurious.
	Other *Pred
}

// Errors lists the exact-match errors of r on d for its scored labels, in
// text order (false negatives before false positives at the same place).
// A false negative is explained by predictions of any type, scored or not
// (a gold LOC predicted as NATIONALITY is a type error); a false positive
// by gold chunks of any label in the file (a LOC predicted on a MISC chunk
// is a type error).
func Errors(d *Doc, r *Result) []Error {
	// All gold chunks of all labels, indexed by token.
	var allGold []Pred
	for _, l := range d.Labels() {
		for _, g := range d.Gold(l) {
			allGold = append(allGold, Pred{Span: g})
		}
	}
	goldAt := index(len(d.Tokens), allGold)
	predAt := index(len(d.Tokens), r.All)

	var out []Error
	for _, l := range r.Labels {
		pset := map[Span]bool{}
		for _, p := range r.Pred[l] {
			pset[p.Span] = true
		}
		gset := map[Span]bool{}
		for _, g := range r.Gold[l] {
			gset[g.Span] = true
		}
		for _, g := range r.Gold[l] {
			if pset[g.Span] {
				continue
			}
			c, o := explain(g.Span, r.All, predAt, Missed)
			out = append(out, Error{Cause: c, Span: g, Other: o})
		}
		for _, p := range r.Pred[l] {
			if gset[p.Span] {
				continue
			}
			c, o := explain(p.Span, allGold, goldAt, Spurious)
			out = append(out, Error{FalsePositive: true, Cause: c, Span: p, Other: o})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Span.Span, out[j].Span.Span
		if a.First != b.First {
			return a.First < b.First
		}
		if a.Last != b.Last {
			return a.Last < b.Last
		}
		return !out[i].FalsePositive && out[j].FalsePositive
	})
	return out
}

// index lists, for every token, the spans covering it.
func index(n int, spans []Pred) [][]int {
	at := make([][]int, n)
	for i, s := range spans {
		for k := s.First; k <= s.Last && k < n; k++ {
			at[k] = append(at[k], i)
		}
	}
	return at
}

// explain finds why s has no exact match among others: the first other
// span of another label with the same tokens, else the first overlapping
// one of the same label, else the first overlapping one at all.
func explain(s Span, others []Pred, at [][]int, none Cause) (Cause, *Pred) {
	var cands []int
	seen := map[int]bool{}
	for k := s.First; k <= s.Last; k++ {
		for _, i := range at[k] {
			if !seen[i] {
				seen[i] = true
				cands = append(cands, i)
			}
		}
	}
	sort.Ints(cands)
	pick := func(f func(o Span) bool) *Pred {
		for _, i := range cands {
			if f(others[i].Span) {
				o := others[i]
				return &o
			}
		}
		return nil
	}
	if o := pick(func(o Span) bool { return o.Label != s.Label && o.sameRange(s) }); o != nil {
		return TypeError, o
	}
	if o := pick(func(o Span) bool { return o.Label == s.Label }); o != nil {
		return Boundary, o
	}
	if len(cands) > 0 {
		o := others[cands[0]]
		return BoundaryType, &o
	}
	return none, nil
}

// Context returns the tokens of s with up to n tokens of its sentence on
// either side, the span itself in brackets: "… قال [جون سميث] إن …".
func (d *Doc) Context(s Span, n int) string {
	if s.First < 0 || s.Last >= len(d.Tokens) || s.First > s.Last {
		return ""
	}
	first, last := s.First, s.Last
	sFirst := d.Sents[d.Tokens[first].Sent].First
	sEnd := d.Sents[d.Tokens[last].Sent].End
	from, to := max(first-n, sFirst), min(last+n, sEnd-1)
	var b strings.Builder
	if from > sFirst {
		b.WriteString("… ")
	}
	for k := from; k <= to; k++ {
		if k > from {
			b.WriteByte(' ')
		}
		if k == first {
			b.WriteByte('[')
		}
		b.WriteString(d.Tokens[k].Text)
		if k == last {
			b.WriteByte(']')
		}
	}
	if to < sEnd-1 {
		b.WriteString(" …")
	}
	return b.String()
}

// Words returns the tokens of s joined by spaces.
func (d *Doc) Words(s Span) string {
	var w []string
	for k := s.First; k <= s.Last && k < len(d.Tokens); k++ {
		w = append(w, d.Tokens[k].Text)
	}
	return strings.Join(w, " ")
}
