package main

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/ner"
)

// A token is a span [start, end) of the input.
type token struct {
	start, end int
	punct      bool
	lineStart  bool // a line break lies between it and the previous token
}

// tokenize cuts text on white space and control characters and makes each
// punctuation or symbol character a token of its own. Invalid bytes belong
// to the word they are in.
func tokenize(text string) []token {
	var toks []token
	start := -1
	lineStart := false
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, token{start: start, end: end, lineStart: lineStart})
			lineStart = false
			start = -1
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if start < 0 {
				start = i
			}
		case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85:
			flush(i)
			lineStart = true
		case unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			flush(i)
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			flush(i)
			toks = append(toks, token{start: i, end: i + size, punct: true, lineStart: lineStart})
			lineStart = false
		default:
			if start < 0 {
				start = i
			}
		}
		i += size
	}
	flush(len(text))
	return toks
}

// sentenceEnd reports whether a sentence ends after a token of text s.
func sentenceEnd(s string) bool {
	switch s {
	case ".", "!", "?", "؟", "…", "۔":
		return true
	}
	return false
}

// bio returns the tag of each token: the first entity a token overlaps
// tags it, B- on the first token of that entity and I- on the others.
func bio(toks []token, ents []ner.Entity) []string {
	tags := make([]string, len(toks))
	owner := make([]int, len(toks)) // index+1 of the entity tagging the token
	j := 0
	for i, t := range toks {
		tags[i] = "O"
		for j < len(ents) && ents[j].End <= t.start {
			j++
		}
		if j < len(ents) && ents[j].Start < t.end {
			owner[i] = j + 1
			if i > 0 && owner[i-1] == j+1 {
				tags[i] = "I-" + string(ents[j].Type)
			} else {
				tags[i] = "B-" + string(ents[j].Type)
			}
		}
	}
	return tags
}

// writeCoNLL writes one "TOKEN TAG" line per token and a blank line after
// each sentence.
func writeCoNLL(w io.Writer, text string, ents []ner.Entity) error {
	bw := bufio.NewWriter(w)
	toks := tokenize(text)
	tags := bio(toks, ents)
	for i, t := range toks {
		if i > 0 && t.lineStart {
			bw.WriteString("\n")
		}
		bw.WriteString(strings.ToValidUTF8(text[t.start:t.end], "\uFFFD"))
		bw.WriteString(" ")
		bw.WriteString(tags[i])
		bw.WriteString("\n")
		last := i == len(toks)-1
		if !last && !toks[i+1].lineStart && t.punct && sentenceEnd(text[t.start:t.end]) &&
			!strings.HasPrefix(tags[i+1], "I-") {
			bw.WriteString("\n")
		}
	}
	if len(toks) > 0 {
		bw.WriteString("\n")
	}
	return bw.Flush()
}
