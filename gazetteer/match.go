package gazetteer

import "github.com/kashif-nlp/kashif/normalize"

// A Match is an entry found in tokenized text.
type Match struct {
	// Start and End delimit the matched tokens: toks[Start:End].
	Start, End int
	// Offset is the number of bytes of proclitics skipped at the start of
	// the first token (0 when the word matched as it is). The match's text
	// starts at toks[Start].Start + Offset.
	Offset int
	// Entries are the readings of the matched surface form. They must not
	// be modified.
	Entries []Entry
}

// Len returns the number of tokens matched.
func (m Match) Len() int { return m.End - m.Start }

// MatchAt finds the longest surface form that starts at toks[i] and has an
// entry of a class in want. text is the normalized text the tokens were cut
// from (see Normalizer). The first word may carry proclitics (see
// normalize.Proclitics); the others must match whole. A match does not cross
// a line break. On a tie in length, the reading that strips fewer
// proclitics wins.
func (g *Gazetteer) MatchAt(text string, toks []normalize.Token, i int, want ClassSet) (Match, bool) {
	if i < 0 || i >= len(toks) || toks[i].Kind == normalize.Punct {
		return Match{}, false
	}
	var offs [4]int
	word := toks[i].Text(text)
	best := Match{End: -1}
	for _, off := range normalize.Proclitics(offs[:0], word) {
		g.walk(g.root, text, toks, i, off, want, &best)
		if off >= 2 && word[off-1] == "ل"[1] && word[off-2] == "ل"[0] {
			// The stripped preposition was ل: the stem may be a name with a
			// fused article (للولايات → لولايات).
			g.walk(g.fused, text, toks, i, off, want, &best)
		}
	}
	if best.End < 0 {
		return Match{}, false
	}
	return best, true
}

// walk follows the trie from root along toks[i:], the first word read from
// byte off, and records in best the longest match with a class in want.
func (g *Gazetteer) walk(root *node, text string, toks []normalize.Token, i, off int, want ClassSet, best *Match) {
	n := root
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if j > i && t.Flags&normalize.LineStart != 0 {
			return
		}
		w := text[t.Start:t.End]
		if j == i {
			w = w[off:]
		}
		if n = n.next[w]; n == nil || !n.below.Has(want) {
			return
		}
		if n.here.Has(want) && j+1 > best.End {
			*best = Match{Start: i, End: j + 1, Offset: off, Entries: n.entries}
		}
	}
}

// EntriesAt returns the entries of a class in want whose surface form is
// exactly toks[s:e], the first token read from byte off (after proclitics),
// or nil. Unlike MatchAt it neither searches for the longest match nor
// strips proclitics itself: it answers whether these tokens are an entry.
func (g *Gazetteer) EntriesAt(text string, toks []normalize.Token, s, e, off int, want ClassSet) []Entry {
	if s < 0 || e > len(toks) || s >= e || off < 0 || off > toks[s].Len() {
		return nil
	}
	n := g.root
	for j := s; j < e; j++ {
		t := toks[j]
		if j > s && t.Flags&normalize.LineStart != 0 {
			return nil
		}
		w := text[t.Start:t.End]
		if j == s {
			w = w[off:]
		}
		if n = n.next[w]; n == nil || !n.below.Has(want) {
			return nil
		}
	}
	if !n.here.Has(want) {
		return nil
	}
	return n.entries
}
