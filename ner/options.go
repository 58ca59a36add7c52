package ner

import (
	"fmt"
	"io"
	"io/fs"
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
)

// Rules is a set of rule families, combined with |.
type Rules uint32

// The rule families. All are on by default; see WithoutRules.
const (
	// RuleTitles finds a person after a title or role (الرئيس، وزير
	// الدفاع الأميركي،) or an honorific (الشيخ).
	RuleTitles Rules = 1 << iota
	// RuleCounterparts finds a person after a counterpart word (نظيره
	// الإسرائيلي).
	RuleCounterparts
	// RuleGivenNames finds a person from a listed given name followed by
	// name-like words.
	RuleGivenNames
	// RulePropagation marks, across a document, the names of people found
	// in it: a surname within an article's length (1000 tokens) of a
	// mention that a rule or a list found.
	RulePropagation
	// RuleOrganizations finds organizations from heads such as حركة or
	// وزارة followed by a name.
	RuleOrganizations
	// RuleLocations finds places after triggers such as مدينة or محافظة.
	RuleLocations
	// RuleDates finds dates.
	RuleDates
	// RuleGazetteer reports the entries of the lists (countries, places,
	// organizations, nationalities, people) found in the text.
	RuleGazetteer

	// AllRules is every rule family.
	AllRules = RuleTitles | RuleCounterparts | RuleGivenNames | RulePropagation |
		RuleOrganizations | RuleLocations | RuleDates | RuleGazetteer
)

type config struct {
	rules Rules
	ref   time.Time
	edits []func(*gazetteer.Builder) error
	types map[Type]bool // nil: every type
	words *gazetteer.Words
}

func defaultConfig() config { return config{rules: AllRules, words: gazetteer.DefaultWords()} }

// An Option configures an Extractor.
type Option func(*config) error

// WithReferenceDate sets the date against which Extract resolves relative
// dates (أمس، العام الماضي). Without it they are left without a value.
func WithReferenceDate(ref time.Time) Option {
	return func(c *config) error { c.ref = ref; return nil }
}

// WithoutRules turns the given rule families off.
func WithoutRules(r Rules) Option {
	return func(c *config) error { c.rules &^= r; return nil }
}

// WithTypes limits the output to the given entity types.
func WithTypes(types ...Type) Option {
	return func(c *config) error {
		c.types = make(map[Type]bool, len(types))
		for _, t := range types {
			c.types[t] = true
		}
		return nil
	}
}

// WithWords replaces the set of ordinary words that the person rules read
// to tell a name from a word of the language (محاكمة، قرارا after a title;
// تناولت after a name). The default is gazetteer.DefaultWords; nil turns the
// check off.
func WithWords(ws *gazetteer.Words) Option {
	return func(c *config) error { c.words = ws; return nil }
}

// WithGazetteer adds the entries of a list in the gazetteer file format
// (surface<TAB>CLASS<TAB>value per line; see package gazetteer) to the
// defaults. name identifies the list in errors and in the Source of the
// entities it finds. Errors name the list and the line.
func WithGazetteer(r io.Reader, name string) Option {
	return func(c *config) error {
		// Read now, so that the reader need not outlive the option.
		b := gazetteer.NewBuilder()
		if err := b.Load(r, name); err != nil {
			return fmt.Errorf("ner: %w", err)
		}
		c.edits = append(c.edits, func(dst *gazetteer.Builder) error { return b.MergeInto(dst) })
		return nil
	}
}

// WithGazetteerFS adds the lists of fsys that match pattern (see fs.Glob),
// each named after its file.
func WithGazetteerFS(fsys fs.FS, pattern string) Option {
	return func(c *config) error {
		c.edits = append(c.edits, func(b *gazetteer.Builder) error {
			if err := b.LoadFS(fsys, pattern); err != nil {
				return fmt.Errorf("ner: %w", err)
			}
			return nil
		})
		return nil
	}
}

// WithEntry adds one entry, as WithGazetteer would from a line of a list.
func WithEntry(surface string, class gazetteer.Class, value string) Option {
	return func(c *config) error {
		c.edits = append(c.edits, func(b *gazetteer.Builder) error {
			b.Add(surface, gazetteer.Entry{Class: class, Value: value, Source: "user"})
			return nil
		})
		return nil
	}
}

// WithoutEntry removes the default entries of surface of the given class,
// or all of them when class is empty: a way to silence a name that a
// user's texts use as an ordinary word.
func WithoutEntry(surface string, class gazetteer.Class) Option {
	return func(c *config) error {
		c.edits = append(c.edits, func(b *gazetteer.Builder) error {
			b.Remove(surface, class)
			return nil
		})
		return nil
	}
}

// WithoutClass removes every default entry of class, so that a user's list
// given with WithGazetteer replaces the default one instead of adding to it.
// Options apply in order: put WithoutClass before WithGazetteer.
func WithoutClass(class gazetteer.Class) Option {
	return func(c *config) error {
		c.edits = append(c.edits, func(b *gazetteer.Builder) error {
			b.RemoveClass(class)
			return nil
		})
		return nil
	}
}
