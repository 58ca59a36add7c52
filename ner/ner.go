// Package ner finds named entities in Arabic news text: people, countries,
// places, organizations, dates and nationality adjectives.
//
// The pipeline runs in one direction:
//
//	text ──normalize──▶ normalized text + offset map
//	     ──Tokenize───▶ tokens (offsets, no strings)
//	     ──gazetteer──▶ list matches (countries, places, names, titles, date words)
//	     ──rules──────▶ people by context, organizations, places, dates
//	     ──resolve────▶ non-overlapping candidates
//	     ──propagate──▶ surnames and given names of people known in the article,
//	                    places a trigger made known (بلدة بريانة … بريانة)
//	     ──glosses────▶ a name's Latin spelling in parentheses
//	     ──entities───▶ spans on the original text
//
// Typical use:
//
//	x, err := ner.New()
//	if err != nil { … }
//	for _, e := range x.Extract(article) {
//		fmt.Println(e.Type, e.Text, e.Value) // PERSON لويد أوستن لويد أوستن
//	}
//
// Every Entity satisfies text[e.Start:e.End] == e.Text, whatever the input:
// offsets are bytes of the original text, never of its normalized form. An
// Extractor is safe for concurrent use.
package ner

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/ner/date"
	"github.com/kashif-nlp/kashif/normalize"
)

// Type is an entity type.
type Type string

// Entity types. See ANNOTATION.md in the repository for what each covers and
// where its span starts and ends.
const (
	Person       Type = "PERSON"
	Country      Type = "COUNTRY"
	Location     Type = "LOCATION"
	Organization Type = "ORGANIZATION"
	Date         Type = "DATE"
	Nationality  Type = "NATIONALITY"
)

// An Entity is a span of the input text with its type and canonical value.
type Entity struct {
	Type Type `json:"type"`
	// Text is the entity as written: input[Start:End].
	Text string `json:"text"`
	// Start and End are byte offsets into the input.
	Start int `json:"start"`
	End   int `json:"end"`
	// Value is the canonical value: the ISO 3166-1 alpha-2 code of a
	// country or nationality, the ISO 8601 value of a date, the fullest
	// form of a person's name in the document; empty when unknown.
	Value string `json:"value"`
	// Source names the list or rule that produced the entity, such as
	// "gazetteer:countries" or "rule:title".
	Source string `json:"source"`
}

// An Extractor finds entities. Build one with New and reuse it: New does all
// the work of loading lists and building tables. An Extractor is safe for
// concurrent use.
type Extractor struct {
	gaz   *gazetteer.Gazetteer
	norm  *normalize.Normalizer
	cfg   config
	cls   classes
	dates *date.Finder
	pool  sync.Pool // *state, per-call scratch space
}

// New returns an Extractor with the embedded default lists, changed by opts.
func New(opts ...Option) (*Extractor, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	b, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	for _, edit := range cfg.edits {
		if err := edit(b); err != nil {
			return nil, err
		}
	}
	g, err := b.Build()
	if err != nil {
		return nil, err
	}
	x := &Extractor{gaz: g, norm: g.Normalizer(), cfg: cfg}
	x.cls = newClasses(g)
	x.dates = date.NewFinder(g)
	x.pool.New = func() any { return new(state) }
	return x, nil
}

// Gazetteer returns the lists the Extractor matches against.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// Extract returns the entities of text in order of their start, with
// relative dates resolved against the Extractor's reference date (see
// WithReferenceDate), or left without a value when it has none.
func (x *Extractor) Extract(text string) []Entity {
	ents, _ := x.extract(context.Background(), text, x.cfg.ref)
	return ents
}

// ExtractAt is Extract with relative dates (أمس، العام الماضي، يوم الخميس)
// resolved against ref, typically the article's publication date. A zero ref
// leaves them without a value.
func (x *Extractor) ExtractAt(text string, ref time.Time) []Entity {
	ents, _ := x.extract(context.Background(), text, ref)
	return ents
}

// ExtractContext is ExtractAt that stops early, returning ctx.Err(), when ctx
// is cancelled. It checks ctx between stages and every few thousand tokens,
// so that it returns promptly even on a very long text.
func (x *Extractor) ExtractContext(ctx context.Context, text string, ref time.Time) ([]Entity, error) {
	return x.extract(ctx, text, ref)
}

func (x *Extractor) extract(ctx context.Context, text string, ref time.Time) ([]Entity, error) {
	if text == "" || ctx.Err() != nil {
		return nil, ctx.Err()
	}
	st := x.pool.Get().(*state)
	defer x.pool.Put(st)
	st.reset(x, text, ref)
	if err := x.run(ctx, st); err != nil {
		return nil, err
	}
	out := st.entities()
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out, nil
}
