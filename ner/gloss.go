package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/normalize"
)

// maxGlossWords bounds the words of a Latin-script gloss.
const maxGlossWords = 5

// glosses adds, after each accepted name, its spelling in Latin script in
// parentheses — ألبرت أينشتاين (Albert Einstein), زيورخ (Zürich) — and
// after an organization its abbreviation in parentheses or quotation marks
// — هيئة الإذاعة البريطانية «بي. بي. سي» — as a mention of the same entity,
// with its type and value.
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
		if !ok && c.typ == Organization {
			s, e, ok = st.abbrevGloss(c.e)
		}
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

// maxAbbrevLetters bounds the letters of one part of an abbreviation.
const maxAbbrevLetters = 3

// abbrevGloss matches an abbreviation in parentheses or quotation marks at
// token j: letters of at most maxAbbrevLetters each, with dots between
// them or two parts at least (بي. بي. سي، سي إن إن), and returns its span.
func (st *state) abbrevGloss(j int) (int, int, bool) {
	if j+2 >= len(st.toks) || st.word(j) != "(" && !isQuote(st.word(j)) || st.word(j) == "»" || st.word(j) == "”" || st.toks[j+1].Flags&normalize.LineStart != 0 {
		return 0, 0, false
	}
	s := j + 1
	words, dots := 0, 0
	for e := s; e < len(st.toks) && e <= s+2*maxGlossWords; e++ {
		t := st.toks[e]
		if e > s && t.Flags&normalize.LineStart != 0 {
			break
		}
		w := st.word(e)
		switch {
		case t.Kind == normalize.Punct && (w == ")" || isQuote(w)):
			if words == 0 || words < 2 && dots == 0 {
				return 0, 0, false
			}
			return s, e, true // a last dot is inside: كي. جي. بي.
		case t.Kind == normalize.Punct && w == ".":
			dots++
		case t.Kind == normalize.Word && utf8.RuneCountInString(w) <= maxAbbrevLetters && w[0] >= utf8.RuneSelf && st.lex[e] == 0 && st.commonLevel(e) == notCommon:
			words++ // a letter's name (بي، سي، إن), no word of the language
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}
