package ner_test

// One-core benchmarks of the pipeline's stages over 1 MB of generated news
// articles (internal/corpus), with a floor to compare Extract against. Run
//
//	go test ./ner -run '^$' -bench . -cpu 1 -benchmem
//
// BenchmarkExtractVsFloor reports Extract's time as a multiple of the
// floor's, measured in the same run (x-floor).

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kashif-nlp/kashif/internal/corpus"
	"github.com/kashif-nlp/kashif/ner"
	"github.com/kashif-nlp/kashif/normalize"
)

const benchSize = 1 << 20 // bytes of generated text

var bench struct {
	once  sync.Once
	x     *ner.Extractor
	docs  []corpus.Doc
	size  int64             // bytes of all docs
	text  string            // the docs as one text, separated by blank lines
	words map[string]uint32 // the floor's lookup table
}

func benchSetup(tb testing.TB) {
	tb.Helper()
	bench.once.Do(func() {
		x, err := ner.New()
		if err != nil {
			panic(err)
		}
		bench.x = x
		bench.docs = corpus.Docs(1, benchSize)
		texts := make([]string, len(bench.docs))
		for i, d := range bench.docs {
			texts[i] = d.Text
			bench.size += int64(len(d.Text))
		}
		bench.text = strings.Join(texts, "\n\n")
		bench.words = floorTable()
	})
	if bench.x == nil {
		tb.Fatal("setup failed")
	}
}

// floorTable maps every word of the embedded lists to a number: the table
// of the floor, about the size of the gazetteer's vocabulary.
func floorTable() map[string]uint32 {
	surfaces, err := listSurfaces()
	if err != nil {
		panic(err)
	}
	words := make(map[string]uint32)
	for _, surface := range surfaces {
		for _, w := range strings.Fields(surface) {
			words[w] = uint32(len(words))
		}
	}
	return words
}

// floor is the least work a token-lookup extractor must do: split the text
// into words and look each one up once.
func floor(text string, words map[string]uint32) int {
	hits := 0
	for _, w := range strings.Fields(text) {
		if _, ok := words[w]; ok {
			hits++
		}
	}
	return hits
}

var sink int

func BenchmarkFloor(b *testing.B) {
	benchSetup(b)
	b.SetBytes(bench.size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range bench.docs {
			sink += floor(d.Text, bench.words)
		}
	}
}

func BenchmarkNormalizeMap(b *testing.B) {
	benchSetup(b)
	norm := bench.x.Gazetteer().Normalizer()
	b.SetBytes(int64(len(bench.text)))
	b.ReportAllocs()
	for b.Loop() {
		m := norm.Map(bench.text)
		sink += len(m.Text)
	}
}

func BenchmarkTokenize(b *testing.B) {
	benchSetup(b)
	m := bench.x.Gazetteer().Normalizer().Map(bench.text)
	var toks []normalize.Token
	b.SetBytes(int64(len(bench.text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = normalize.Tokenize(toks[:0], m.Text)
	}
	sink += len(toks)
}

// BenchmarkMatchAt looks up, at every token of the normalized text, the
// longest entry of any class that starts there.
func BenchmarkMatchAt(b *testing.B) {
	benchSetup(b)
	g := bench.x.Gazetteer()
	m := g.Normalizer().Map(bench.text)
	toks := normalize.Tokenize(nil, m.Text)
	want := g.Classes(g.ClassNames()...)
	b.SetBytes(int64(len(bench.text)))
	b.ReportAllocs()
	matches := 0
	for b.Loop() {
		matches = 0
		for i := range toks {
			if _, ok := g.MatchAt(m.Text, toks, i, want); ok {
				matches++
			}
		}
	}
	b.ReportMetric(float64(len(toks)), "tokens")
	b.ReportMetric(float64(matches), "matches")
}

// BenchmarkExtract runs ExtractAt on each article with its date, and on the
// whole megabyte as one text.
func BenchmarkExtract(b *testing.B) {
	benchSetup(b)
	b.Run("docs", func(b *testing.B) {
		b.SetBytes(bench.size)
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = 0
			for _, d := range bench.docs {
				n += len(bench.x.ExtractAt(d.Text, d.Date))
			}
		}
		b.ReportMetric(float64(n), "entities")
	})
	b.Run("whole", func(b *testing.B) {
		b.SetBytes(int64(len(bench.text)))
		b.ReportAllocs()
		for b.Loop() {
			sink += len(bench.x.Extract(bench.text))
		}
	})
}

// BenchmarkExtractVsFloor runs the floor and Extract over the same
// articles in each iteration and reports Extract's time as a multiple of
// the floor's (x-floor), so that both are measured under the same load.
func BenchmarkExtractVsFloor(b *testing.B) {
	benchSetup(b)
	var tFloor, tExtract time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, d := range bench.docs {
			sink += floor(d.Text, bench.words)
		}
		t1 := time.Now()
		for _, d := range bench.docs {
			sink += len(bench.x.ExtractAt(d.Text, d.Date))
		}
		tFloor += t1.Sub(t0)
		tExtract += time.Since(t1)
	}
	mb := float64(bench.size) * float64(b.N) / 1e6
	b.ReportMetric(mb/tFloor.Seconds(), "floor-MB/s")
	b.ReportMetric(mb/tExtract.Seconds(), "extract-MB/s")
	b.ReportMetric(float64(tExtract)/float64(tFloor), "x-floor")
}

// BenchmarkExtractOnePerson is a text that names one person a hundred
// thousand times: propagation must stay linear in the mentions.
func BenchmarkExtractOnePerson(b *testing.B) {
	benchSetup(b)
	text := strings.Repeat("وقال الرئيس الكيني صامويل أوتينو إن أوتينو سيزور القاهرة.\n", 50_000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		bench.x.Extract(text)
	}
}

// BenchmarkNew builds an Extractor with the embedded lists. heap-MB is the
// heap the Extractor keeps once built; B/op counts everything allocated on
// the way.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ner.New(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(newHeap(b))/(1<<20), "heap-MB")
}

// newHeap returns the bytes of heap that one Extractor keeps alive.
func newHeap(tb testing.TB) uint64 {
	var before, after runtime.MemStats
	runtime.GC() // twice: the first moves sync.Pool contents to the victim cache,
	runtime.GC() // the second frees them
	runtime.ReadMemStats(&before)
	x, err := ner.New()
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

// Extract allocates per entity, not per word: on a text that names nothing,
// ten times the text costs no more allocations.
func TestExtractAllocsDoNotGrowWithLength(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	benchSetup(t)
	one := corpus.Plain(5, 20_000)
	ten := strings.Repeat(one+"\n", 10)
	if ents := bench.x.Extract(ten); len(ents) != 0 {
		t.Fatalf("the text names %d entities, first %+v; the test needs none", len(ents), ents[0])
	}
	a1 := testing.AllocsPerRun(20, func() { bench.x.Extract(one) })
	a10 := testing.AllocsPerRun(20, func() { bench.x.Extract(ten) })
	t.Logf("allocs per Extract: %.1f on %d bytes, %.1f on %d bytes", a1, len(one), a10, len(ten))
	// Growing the pooled scratch space once may show up as a fraction.
	if a10 > a1+1 {
		t.Errorf("allocations grow with the text: %.1f on 1x, %.1f on 10x", a1, a10)
	}
}

// The Extractor with the default lists must stay small enough to build in
// every process: at most 40 MB of heap.
func TestNewHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const limit = 40 << 20
	h := newHeap(t)
	t.Logf("ner.New keeps %.1f MB of heap", float64(h)/(1<<20))
	if h > limit {
		t.Errorf("ner.New keeps %.1f MB of heap, over %d MB", float64(h)/(1<<20), limit>>20)
	}
}
