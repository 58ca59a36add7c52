package gazetteer

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/kashif-nlp/kashif/normalize"
)

// A Words is an immutable set of ordinary words — nouns, adjectives, verbs
// and function words — in normalized form (normalize.Default), each with
// its parts of speech. Rules read it to tell a name from a word of the
// language: after a title, محاكمة is a noun, not a name. It is safe for
// concurrent use.
//
// The set holds its words in one string and finds them through an
// open-addressing hash table of offsets: building it allocates a few
// times, and Kind allocates nothing.
type Words struct {
	data  string   // lines "word\tkinds\n"
	slots []uint32 // 1 + offset of a line in data; 0 is an empty slot
	n     int
}

// A WordKind is a set of parts of speech.
type WordKind uint8

// The parts of speech of a word list.
const (
	Noun     WordKind = 1 << iota // nouns and adjectives: N
	Verb                          // V
	Function                      // prepositions, pronouns, particles: F

	AnyKind = Noun | Verb | Function
)

// kindOf maps a part-of-speech letter to its WordKind.
func kindOf(b byte) WordKind {
	switch b {
	case 'N':
		return Noun
	case 'V':
		return Verb
	case 'F':
		return Function
	}
	return 0
}

//go:embed data/words_ayaspell.txt
var ayaspell string

// DefaultWords returns the embedded set of ordinary Arabic words, the stems
// of the Ayaspell dictionary (data/words_ayaspell.txt, MPL 1.1). It is
// built once, on first use, and shared.
func DefaultWords() *Words { return defaultWords() }

var defaultWords = sync.OnceValue(func() *Words {
	return newWords(ayaspell, false)
})

// ParseWords reads a word list: one word per line, optionally followed by
// a tab and its parts of speech as letters (N noun or adjective, V verb, F
// function word); a word without them is of every kind. Blank lines and
// lines starting with # are skipped. Words are normalized
// (normalize.Default) before they are stored, so Kind matches every
// spelling of them.
func ParseWords(r io.Reader) (*Words, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: reading word list: %w", err)
	}
	return newWords(string(data), true), nil
}

// newWords builds a set from text, one word per line. normalizeLines tells
// whether the lines need normalizing first.
func newWords(text string, normalizeLines bool) *Words {
	if normalizeLines {
		var b strings.Builder
		n := normalize.New(normalize.Default)
		for line := range strings.Lines(text) {
			w, kinds, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
			w = strings.TrimSpace(n.String(w))
			if w == "" || w[0] == '#' {
				continue
			}
			if kinds = strings.TrimSpace(kinds); kinds == "" {
				kinds = "FNV"
			}
			b.WriteString(w)
			b.WriteByte('\t')
			b.WriteString(kinds)
			b.WriteByte('\n')
		}
		text = b.String()
	}
	count := strings.Count(text, "\n")
	size := 1
	for size < 2*count+2 {
		size <<= 1
	}
	ws := &Words{data: text, slots: make([]uint32, size)}
	mask := uint32(size - 1)
	for off := 0; off < len(text); {
		end := off + strings.IndexByte(text[off:], '\n')
		if end < off {
			end = len(text)
		}
		w, _, _ := strings.Cut(text[off:end], "\t")
		if w != "" && w[0] != '#' {
			i := hash(w) & mask
			for ; ws.slots[i] != 0; i = (i + 1) & mask {
				if ws.at(ws.slots[i]) == w {
					break
				}
			}
			if ws.slots[i] == 0 {
				ws.slots[i] = uint32(off) + 1
				ws.n++
			}
		}
		off = end + 1
	}
	return ws
}

// at returns the word stored at slot value s.
func (ws *Words) at(s uint32) string {
	w := ws.data[s-1:]
	if i := strings.IndexAny(w, "\t\n"); i >= 0 {
		w = w[:i]
	}
	return w
}

// Kind returns the parts of speech of w, in normalized form, or 0 when w
// is not in the set.
func (ws *Words) Kind(w string) WordKind { return ws.KindJoined(w, "") }

// KindJoined is Kind of the word a+b, without building it: a stem and the
// ending it takes (ادار + ه).
func (ws *Words) KindJoined(a, b string) WordKind {
	n := len(a) + len(b)
	if ws == nil || n == 0 || len(ws.slots) == 0 {
		return 0
	}
	mask := uint32(len(ws.slots) - 1)
	for i := hash2(a, b) & mask; ws.slots[i] != 0; i = (i + 1) & mask {
		off := int(ws.slots[i] - 1)
		end := off + n
		if end >= len(ws.data) || ws.data[off:off+len(a)] != a || ws.data[off+len(a):end] != b || ws.data[end] != '\t' && ws.data[end] != '\n' {
			continue
		}
		var k WordKind
		for j := end + 1; j < len(ws.data) && ws.data[j] != '\n' && ws.data[end] == '\t'; j++ {
			k |= kindOf(ws.data[j])
		}
		if k == 0 {
			k = AnyKind
		}
		return k
	}
	return 0
}

// Has reports whether w, in normalized form, is in the set.
func (ws *Words) Has(w string) bool { return ws.Kind(w) != 0 }

// Len returns the number of words in the set.
func (ws *Words) Len() int {
	if ws == nil {
		return 0
	}
	return ws.n
}

// hash is FNV-1a over the bytes of w.
func hash(w string) uint32 { return hash2(w, "") }

// hash2 is hash of a+b.
func hash2(a, b string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(a); i++ {
		h ^= uint32(a[i])
		h *= 16777619
	}
	for i := 0; i < len(b); i++ {
		h ^= uint32(b[i])
		h *= 16777619
	}
	return h
}
