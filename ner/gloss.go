package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/normalize"
)

// maxGlossWords bounds the words of a Latin-script gloss.
const maxGlossWords = 5

// glosses adds, after each accepted name, its spelling in Latin script in
// parentheses — ألبرت أينشتاين (Albert Einstein), زيورخ (Zürich) — as a
// mention of the same entity, with its type and value.
func (st *state) glosses() {
	// The loop reads the candidates accepted before it; accepting a gloss
	// appends to st.acc, which the capped slice leaves out.
	for _, ci := range st.acc[:len(st.acc):len(st.acc)] {
		c := st.cands[ci]
		switch c.typ {
		case Person, Country, Location, Organization:
		default:
			continue
		}
		s, e, ok := st.latinGloss(c.e)
		if !ok {
			continue
		}
		st.add(cand{s: s, e: e, typ: c.typ, val: c.val, src: c.src})
		if !st.accept(len(st.cands) - 1) {
			st.cands = st.cands[:len(st.cands)-1]
		}
	}
}

// latinGloss matches "(" at token j, words in Latin script on the same line
// and ")", and returns the words' span.
func (st *state) latinGloss(j int) (int, int, bool) {
	if j+2 >= len(st.toks) || st.word(j) != "(" || st.toks[j+1].Flags&normalize.LineStart != 0 {
		return 0, 0, false
	}
	s := j + 1
	for e := s; e < len(st.toks) && e <= s+maxGlossWords; e++ {
		t := st.toks[e]
		if e > s && t.Flags&normalize.LineStart != 0 {
			break
		}
		if t.Kind == normalize.Punct && st.word(e) == ")" {
			return s, e, e > s
		}
		if t.Kind != normalize.Word && !(e > s && t.Kind == normalize.Punct && (st.word(e) == "." || st.word(e) == "-")) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(st.word(e)); t.Kind == normalize.Word && !unicode.Is(unicode.Latin, r) {
			break
		}
	}
	return 0, 0, false
}
