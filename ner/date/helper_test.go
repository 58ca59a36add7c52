package date

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

var (
	finderOnce sync.Once
	finder     *Finder
	finderErr  error
)

// testFinder returns a Finder built from gazetteer/data/dates.tsv alone.
func testFinder(tb testing.TB) *Finder {
	finderOnce.Do(func() {
		f, err := os.Open("../../gazetteer/data/dates.tsv")
		if err != nil {
			finderErr = err
			return
		}
		defer f.Close()
		b := gazetteer.NewBuilder()
		if err := b.Load(f, "dates"); err != nil {
			finderErr = err
			return
		}
		g, err := b.Build()
		if err != nil {
			finderErr = err
			return
		}
		finder = NewFinder(g)
	})
	if finderErr != nil {
		tb.Fatal(finderErr)
	}
	return finder
}

// found is a span mapped back to the original text.
type found struct {
	Text, Value, Hijri string
}

var norm = normalize.New(normalize.Default)

// findIn finds the dates of the original text s and maps them back to it.
func findIn(tb testing.TB, s string, ref time.Time) []found {
	m := norm.Map(s)
	toks := normalize.Tokenize(nil, m.Text)
	spans := testFinder(tb).Find(nil, m.Text, toks, ref)
	out := make([]found, 0, len(spans))
	for _, sp := range spans {
		a, b := m.Span(sp.TextStart(toks), sp.TextEnd(toks))
		out = append(out, found{Text: s[a:b], Value: sp.Value, Hijri: sp.Hijri})
	}
	return out
}

func normalizeTokens(s string) []normalize.Token { return normalize.Tokenize(nil, s) }
