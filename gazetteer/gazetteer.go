// Package gazetteer holds lists of names — countries, places, organizations,
// given names, titles, date words — and finds them in tokenized text.
//
// An Entry ties a surface form (one or more words, in any spelling) to a
// Class and a canonical Value. Surface forms are stored in normalized form
// (normalize.Default), so one entry matches every spelling that normalizes
// to it: إسرائيل and اسرائيل, أميركي and امريكي need only one line each.
//
// A Builder collects entries from the embedded default lists (Default), from
// the user's TSV files (Builder.Load, Builder.LoadFS) and from code
// (Builder.Add), and builds an immutable Gazetteer, safe for concurrent use.
// Gazetteer.MatchAt finds the longest entry starting at a token, looking
// through the word's proclitics (وغزة، لحماس، للولايات).
//
// Words is the other side: a dictionary of ordinary Arabic words with their
// parts of speech (DefaultWords, from the Ayaspell spelling dictionary), for
// telling a name from a word of the language.
//
// # File format
//
// Lists are UTF-8 text files with one entry per line and tab-separated
// fields:
//
//	surface<TAB>CLASS<TAB>value
//
// The value may be omitted. Blank lines and lines starting with # are
// ignored. CLASS is an upper-case word; the classes the default data uses
// are listed in data/SOURCES.md.
package gazetteer

import (
	"strings"

	"github.com/kashif-nlp/kashif/normalize"
)

// Class names the kind of an entry: an entity type such as COUNTRY or a
// lexical class such as GIVEN (a given name) or TITLE.
type Class string

// Classes used by the default data. Files may use other classes too.
const (
	Person       Class = "PERSON"
	Country      Class = "COUNTRY"
	Location     Class = "LOCATION"
	Organization Class = "ORGANIZATION"
	Nationality  Class = "NATIONALITY"
	GivenName    Class = "GIVEN"
	FamilyName   Class = "FAMILY"
)

// An Entry is one reading of a surface form.
type Entry struct {
	Class  Class
	Value  string // canonical value: ISO code, canonical name, date field…
	Source string // the list the entry came from, e.g. "countries"
}

// A ClassSet is a set of classes of one Gazetteer, for filtering matches.
type ClassSet uint64

// Has reports whether s and t share a class.
func (s ClassSet) Has(t ClassSet) bool { return s&t != 0 }

// maxClasses is the number of distinct classes a Gazetteer can hold.
const maxClasses = 64

// node is one word in the trie of surface forms.
type node struct {
	next    map[string]*node
	entries []Entry
	here    ClassSet // classes of entries ending at this node
	below   ClassSet // classes of entries at this node or under it
}

// A Gazetteer is an immutable set of entries indexed for matching. It is
// safe for concurrent use.
type Gazetteer struct {
	norm    *normalize.Normalizer
	root    *node // surface forms by normalized words
	fused   *node // forms with the article, indexed as they read after ل (الولايات → لولايات)
	classes map[Class]ClassSet
	size    int
}

// Normalizer returns the normalizer whose output the Gazetteer matches.
func (g *Gazetteer) Normalizer() *normalize.Normalizer { return g.norm }

// Len returns the number of distinct (surface, class, value) entries.
func (g *Gazetteer) Len() int { return g.size }

// Classes returns the set of the given classes. A class the Gazetteer has
// no entry of adds nothing.
func (g *Gazetteer) Classes(cs ...Class) ClassSet {
	var s ClassSet
	for _, c := range cs {
		s |= g.classes[c]
	}
	return s
}

// ClassesOf returns the set of classes of entries.
func (g *Gazetteer) ClassesOf(entries []Entry) ClassSet {
	var s ClassSet
	for _, e := range entries {
		s |= g.classes[e.Class]
	}
	return s
}

// Lookup returns the entries whose surface form normalizes to the same
// words as surface. The result must not be modified.
func (g *Gazetteer) Lookup(surface string) []Entry {
	n := g.root
	for _, w := range splitWords(g.norm, surface) {
		if n = n.next[w]; n == nil {
			return nil
		}
	}
	if n == g.root {
		return nil
	}
	return n.entries
}

// splitWords normalizes s and returns its tokens as strings.
func splitWords(norm *normalize.Normalizer, s string) []string {
	t := norm.String(s)
	toks := normalize.Tokenize(nil, t)
	words := make([]string, len(toks))
	for i, tok := range toks {
		words[i] = tok.Text(t)
	}
	return words
}

// key joins words into a map key.
func key(words []string) string { return strings.Join(words, " ") }

// ClassNames returns the classes the Gazetteer has entries of, in no
// particular order.
func (g *Gazetteer) ClassNames() []Class {
	names := make([]Class, 0, len(g.classes))
	for c := range g.classes {
		names = append(names, c)
	}
	return names
}

// WordClasses returns the classes of the one-word entries whose normalized
// form is w. It allocates nothing.
func (g *Gazetteer) WordClasses(w string) ClassSet {
	if n := g.root.next[w]; n != nil {
		return n.here
	}
	return 0
}

// WordPrefix reports the classes of the entries of the one word w
// (here) and of the entries that start with w (below, a superset of here).
// With fused set, w is looked up as a name with the article reads after the
// preposition ل (لولايات for الولايات). It allocates nothing.
func (g *Gazetteer) WordPrefix(w string, fused bool) (here, below ClassSet) {
	root := g.root
	if fused {
		root = g.fused
	}
	if n := root.next[w]; n != nil {
		return n.here, n.below
	}
	return 0, 0
}

// WordEntries returns the one-word entries whose normalized form is w. The
// result must not be modified.
func (g *Gazetteer) WordEntries(w string) []Entry {
	if n := g.root.next[w]; n != nil {
		return n.entries
	}
	return nil
}
