package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/normalize"
)

// A Builder collects entries and builds a Gazetteer. The zero value is not
// usable; call NewBuilder or Default.
type Builder struct {
	norm    *normalize.Normalizer
	entries map[string][]Entry // by normalized words joined with a space
	order   []string           // keys in insertion order, for a deterministic build
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{norm: normalize.New(normalize.Default), entries: make(map[string][]Entry)}
}

// Add adds an entry for surface. An identical entry (same class, value and
// surface) is added once. A surface that normalizes to no word is ignored.
//
// A name in عبد is written both apart and joined (عبد الرحمن، عبدالرحمن):
// an entry in one spelling matches the other too.
func (b *Builder) Add(surface string, e Entry) {
	words := splitWords(b.norm, surface)
	if len(words) == 0 {
		return
	}
	b.add(key(words), e)
	if v := abdVariant(words); v != nil {
		b.add(key(v), e)
	}
}

// abdPrefix opens the compound names عبد الله، عبد الرحمن.
const abdPrefix = "عبد"

// abdVariant returns words with a compound in عبد joined (عبد الرحمن →
// عبدالرحمن) or split (عبدالله → عبد الله) at their start, or nil.
func abdVariant(words []string) []string {
	w := words[0]
	switch {
	case w == abdPrefix && len(words) >= 2 && strings.HasPrefix(words[1], "ال"):
		return append([]string{w + words[1]}, words[2:]...)
	case strings.HasPrefix(w, abdPrefix+"ال") && len(w) > len(abdPrefix+"ال")+2:
		return append([]string{abdPrefix, w[len(abdPrefix):]}, words[1:]...)
	}
	return nil
}

func (b *Builder) add(k string, e Entry) {
	list, ok := b.entries[k]
	if !ok {
		b.order = append(b.order, k)
	}
	for _, old := range list {
		if old.Class == e.Class && old.Value == e.Value {
			return
		}
	}
	b.entries[k] = append(list, e)
}

// Remove deletes the entries of surface with the given class, or all of
// surface's entries when class is empty.
func (b *Builder) Remove(surface string, class Class) {
	k := key(splitWords(b.norm, surface))
	list := b.entries[k]
	kept := list[:0]
	for _, e := range list {
		if class != "" && e.Class != class {
			kept = append(kept, e)
		}
	}
	b.entries[k] = kept
}

// RemoveClass deletes every entry of class, for replacing a default list
// with one's own.
func (b *Builder) RemoveClass(class Class) {
	for k, list := range b.entries {
		kept := list[:0]
		for _, e := range list {
			if e.Class != class {
				kept = append(kept, e)
			}
		}
		b.entries[k] = kept
	}
}

// Load reads entries in the gazetteer file format (see the package
// documentation) from r. source names the list in errors and in each
// Entry's Source. A malformed line is an error naming source and line.
func (b *Builder) Load(r io.Reader, source string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\uFEFF"))
		}
		text = bytes.TrimRight(text, "\r")
		if len(bytes.TrimSpace(text)) == 0 || text[0] == '#' {
			continue
		}
		if !utf8.Valid(text) {
			return fmt.Errorf("gazetteer: %s:%d: invalid UTF-8", source, line)
		}
		fields := strings.Split(string(text), "\t")
		if len(fields) < 2 || len(fields) > 3 {
			return fmt.Errorf("gazetteer: %s:%d: want 2 or 3 tab-separated fields (surface, class, value), got %d", source, line, len(fields))
		}
		surface := strings.TrimSpace(fields[0])
		class := strings.TrimSpace(fields[1])
		value := ""
		if len(fields) == 3 {
			value = strings.TrimSpace(fields[2])
		}
		if surface == "" {
			return fmt.Errorf("gazetteer: %s:%d: empty surface form", source, line)
		}
		if !validClass(class) {
			return fmt.Errorf("gazetteer: %s:%d: class %q: want an upper-case word such as COUNTRY", source, line, class)
		}
		if len(splitWords(b.norm, surface)) == 0 {
			return fmt.Errorf("gazetteer: %s:%d: surface form %q has no word", source, line, surface)
		}
		b.Add(surface, Entry{Class: Class(class), Value: value, Source: source})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: %s:%d: %w", source, line+1, err)
	}
	return nil
}

// LoadFS loads every file of fsys that matches pattern (see fs.Glob), in
// lexical order. Each file's Source is its base name without extension.
func (b *Builder) LoadFS(fsys fs.FS, pattern string) error {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		base := strings.TrimSuffix(path.Base(name), path.Ext(name))
		err = b.Load(f, base)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func validClass(c string) bool {
	if c == "" || len(c) > 32 {
		return false
	}
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if !(ch >= 'A' && ch <= 'Z' || ch == '_' || i > 0 && ch >= '0' && ch <= '9') {
			return false
		}
	}
	return true
}

// Build returns a Gazetteer of the entries added so far. It fails when the
// entries use more than 64 distinct classes.
func (b *Builder) Build() (*Gazetteer, error) {
	g := &Gazetteer{norm: b.norm, root: &node{}, fused: &node{}, classes: make(map[Class]ClassSet)}
	for _, k := range b.order {
		list := b.entries[k]
		if len(list) == 0 {
			continue
		}
		words := strings.Split(k, " ")
		for _, e := range list {
			if _, ok := g.classes[e.Class]; !ok {
				if len(g.classes) == maxClasses {
					return nil, fmt.Errorf("gazetteer: more than %d classes", maxClasses)
				}
				g.classes[e.Class] = 1 << len(g.classes)
			}
		}
		g.size += len(list)
		g.insert(g.root, words, list)
		if normalize.HasArticle(words[0]) {
			fused := append([]string{"ل" + words[0][len("ال"):]}, words[1:]...)
			g.insert(g.fused, fused, list)
		}
	}
	return g, nil
}

func (g *Gazetteer) insert(n *node, words []string, list []Entry) {
	set := g.ClassesOf(list)
	n.below |= set
	for _, w := range words {
		child := n.next[w]
		if child == nil {
			if n.next == nil {
				n.next = make(map[string]*node)
			}
			child = &node{}
			n.next[w] = child
		}
		n = child
		n.below |= set
	}
	n.entries = append(n.entries, list...)
	n.here |= set
}

// MergeInto adds every entry of b to dst.
func (b *Builder) MergeInto(dst *Builder) error {
	for _, k := range b.order {
		for _, e := range b.entries[k] {
			dst.Add(k, e)
		}
	}
	return nil
}
