// Package conll reads CoNLL-style NER files (ANERcorp, Wojood) and scores
// an extractor's entities against them.
//
// It follows the project's independent scorer, shared/tools/score.py, to the
// byte, so that the two always give the same numbers:
//
//   - A file has one token per line, `token TAG [TAG…]`, fields separated by
//     white space, and a blank line between sentences. Several tags on a line
//     are nested labels (Wojood). Wojood's `$#$` marker token is skipped.
//   - The text given to the extractor is rebuilt from the tokens: tokens
//     joined by a single space, each sentence followed by "\n". Every token
//     keeps its byte span in that text.
//   - Gold entities are chunked per label, conlleval style: B-X starts a
//     chunk, I-X continues one or, after anything else, starts one. Each
//     label is chunked independently of the others, so nested labels work.
//     As in score.py, chunking runs over the whole token sequence.
//   - A predicted entity covers the token holding its first byte through the
//     token holding its last byte.
//   - Scores are exact-entity P/R/F1 per label and micro-averaged, and the
//     overlap variant in which a prediction matches the first still-unmatched
//     gold chunk of its label that it overlaps.
package conll

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Marker is Wojood's document-separator token, which is not part of the text.
const Marker = "$#$"

// A Token is one token of a file with its tags and its byte span in the
// rebuilt text.
type Token struct {
	Text  string
	Tags  []string
	Start int // byte offset of the token in Doc.Text
	End   int
	Sent  int // index of the token's sentence in Doc.Sents
}

// A Sentence is a run of tokens, Doc.Tokens[First:End].
type Sentence struct {
	First, End int
}

// A Doc is a CoNLL file, or a part of one, with its text rebuilt.
type Doc struct {
	// Text is the tokens joined by single spaces, each sentence followed by
	// a newline.
	Text   string
	Tokens []Token
	Sents  []Sentence
}

// Read parses a CoNLL file. The input must be valid UTF-8. Lines end with
// "\n", "\r\n" or "\r", and fields are separated by any Unicode white space,
// as Python's universal newlines and str.split() would have it.
func Read(r io.Reader) (*Doc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return Parse(data)
}

// ReadFile is Read of the named file.
func ReadFile(path string) (*Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// Parse is Read of data held in memory.
func Parse(data []byte) (*Doc, error) {
	var sents [][]Token
	var cur []Token
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	sc.Split(scanLines)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if !utf8.Valid(line) {
			return nil, fmt.Errorf("line %d: not valid UTF-8", n)
		}
		f := strings.FieldsFunc(string(line), isSpace)
		if len(f) == 0 {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		if f[0] == Marker {
			continue
		}
		cur = append(cur, Token{Text: f[0], Tags: f[1:]})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return build(sents), nil
}

// isSpace is Python's str.isspace: Go's white space plus the information
// separators U+001C–U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// scanLines splits at "\n", "\r\n" and a lone "\r".
func scanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		if data[i] == '\n' {
			return i + 1, data[:i], nil
		}
		if i+1 < len(data) {
			if data[i+1] == '\n' {
				return i + 2, data[:i], nil
			}
			return i + 1, data[:i], nil
		}
		if atEOF {
			return i + 1, data[:i], nil
		}
		return 0, nil, nil // need to see whether "\n" follows
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// build lays out sentences as text and records every token's span.
func build(sents [][]Token) *Doc {
	d := &Doc{Sents: make([]Sentence, 0, len(sents))}
	var b strings.Builder
	for si, s := range sents {
		first := len(d.Tokens)
		for j, t := range s {
			if j > 0 {
				b.WriteByte(' ')
			}
			t.Start = b.Len()
			b.WriteString(t.Text)
			t.End = b.Len()
			t.Sent = si
			d.Tokens = append(d.Tokens, t)
		}
		b.WriteByte('\n')
		d.Sents = append(d.Sents, Sentence{First: first, End: len(d.Tokens)})
	}
	d.Text = b.String()
	return d
}

// Slice returns a new Doc of sentences [from, to) of d, its text rebuilt
// from them alone.
func (d *Doc) Slice(from, to int) *Doc {
	if from < 0 {
		from = 0
	}
	if to > len(d.Sents) {
		to = len(d.Sents)
	}
	var sents [][]Token
	for i := from; i < to; i++ {
		s := d.Sents[i]
		toks := make([]Token, s.End-s.First)
		copy(toks, d.Tokens[s.First:s.End])
		sents = append(sents, toks)
	}
	return build(sents)
}

// Part returns the k-th of n consecutive parts of d (1 ≤ k ≤ n), split by
// sentences: sentences [(k-1)·S/n, k·S/n) of the S sentences, rounding down.
// Part(1, 2) is the first half, Part(2, 2) the second; with an odd S the
// second half has the extra sentence.
func (d *Doc) Part(k, n int) (*Doc, error) {
	if n < 1 || k < 1 || k > n {
		return nil, fmt.Errorf("part %d/%d: want 1 ≤ k ≤ n", k, n)
	}
	s := len(d.Sents)
	return d.Slice((k-1)*s/n, k*s/n), nil
}

// Labels returns the labels used in d's tags (X of B-X and I-X), in order
// of first use.
func (d *Doc) Labels() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range d.Tokens {
		for _, tag := range t.Tags {
			if lab, ok := label(tag); ok && !seen[lab] {
				seen[lab] = true
				out = append(out, lab)
			}
		}
	}
	return out
}

func label(tag string) (string, bool) {
	if strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-") {
		return tag[2:], true
	}
	return "", false
}
