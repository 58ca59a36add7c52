package ner_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/internal/corpus"
	"github.com/kashif-nlp/kashif/ner"
)

// One Extractor used from many goroutines gives the results it gives used
// from one. Run with -race to check for data races as well.
func TestConcurrentExtract(t *testing.T) {
	x := extractor(t)
	var texts []string
	files, err := filepath.Glob("../testdata/articles/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for _, d := range corpus.Docs(5, 64<<10) {
		texts = append(texts, d.Text)
	}
	// Bad input too: the pool of scratch space must not carry anything
	// from one call to the next.
	texts = append(texts, "", "\xffمصر\x00", "مصر،فرنسا،الأردن")
	ref := time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)

	want := make([][]ner.Entity, len(texts))
	for i, s := range texts {
		want[i] = x.ExtractAt(s, ref)
	}

	const goroutines, rounds = 8, 4
	var wg sync.WaitGroup
	errs := make(chan string, goroutines)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				for k := range texts {
					// Each goroutine walks the texts from its own offset,
					// so that different texts run at the same time.
					i := (k + g*len(texts)/goroutines) % len(texts)
					var got []ner.Entity
					switch (g + k) % 3 {
					case 0:
						got = x.ExtractAt(texts[i], ref)
					case 1:
						var err error
						got, err = x.ExtractContext(context.Background(), texts[i], ref)
						if err != nil {
							errs <- err.Error()
							return
						}
					case 2:
						// Another Extractor call in between, with no reference
						// date, must not leak into the next one.
						x.Extract(texts[i])
						got = x.ExtractAt(texts[i], ref)
					}
					if !slices.Equal(got, want[i]) {
						errs <- fmt.Sprintf("goroutine %d, text %d: got %v, want %v", g, i, got, want[i])
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		assert.Fail(t, e)
	}
}

// Extractors built concurrently, with options, work independently.
func TestConcurrentNew(t *testing.T) {
	var wg sync.WaitGroup
	xs := make([]*ner.Extractor, 4)
	errs := make([]error, 4)
	for i := range xs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			xs[i], errs[i] = ner.New(ner.WithEntry(fmt.Sprintf("مجلس بلدية رقم %d", i), "ORGANIZATION", ""))
		}(i)
	}
	wg.Wait()
	for i, x := range xs {
		require.NoError(t, errs[i])
		for j := range xs {
			text := fmt.Sprintf("اجتمع مجلس بلدية رقم %d أمس.", j)
			got := find(x.Extract(text), ner.Organization)
			if i == j {
				assert.NotEmpty(t, got, "extractor %d, text %q", i, text)
			} else {
				assert.Empty(t, got, "extractor %d sees the entry of extractor %d", i, j)
			}
		}
	}
}
