package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kashif-nlp/kashif/internal/corpus"
	"github.com/kashif-nlp/kashif/ner"
)

var (
	xOnce sync.Once
	xTest *ner.Extractor
)

func extractor(tb testing.TB) *ner.Extractor {
	xOnce.Do(func() {
		x, err := ner.New()
		if err != nil {
			panic(err)
		}
		xTest = x
	})
	return xTest
}

type outLine struct {
	ID       json.RawMessage `json:"id"`
	Entities []ner.Entity    `json:"entities"`
}

func readOutput(t *testing.T, b []byte) []outLine {
	t.Helper()
	var out []outLine
	for _, l := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
		if len(l) == 0 {
			continue
		}
		var o outLine
		if err := json.Unmarshal(l, &o); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		if o.Entities == nil {
			t.Fatalf("output line %q: entities must be a list", l)
		}
		out = append(out, o)
	}
	return out
}

// jsonl writes docs as input lines.
func jsonl(docs []corpus.Doc) string {
	var b strings.Builder
	for _, d := range docs {
		line, _ := json.Marshal(map[string]string{"id": d.ID, "text": d.Text, "date": d.Date.Format("2006-01-02")})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestOrderWithManyWorkers(t *testing.T) {
	x := extractor(t)
	docs := corpus.Docs(11, 300_000)
	// Short and long documents alternate, so that workers finish out of order.
	for i := range docs {
		if i%3 == 0 {
			docs[i].Text = strings.Repeat(docs[i].Text+" ", 8)
		}
	}
	var out bytes.Buffer
	st, err := Run(context.Background(), x, newJSONLSource(strings.NewReader(jsonl(docs))), &out, Config{Workers: 16, Window: 32})
	if err != nil {
		t.Fatal(err)
	}
	got := readOutput(t, out.Bytes())
	if len(got) != len(docs) || st.Docs != len(docs) {
		t.Fatalf("%d lines, %d docs in stats, want %d", len(got), st.Docs, len(docs))
	}
	for i, o := range got {
		var id string
		json.Unmarshal(o.ID, &id)
		if id != docs[i].ID {
			t.Fatalf("line %d: id %s, want %s", i+1, id, docs[i].ID)
		}
		want := x.ExtractAt(docs[i].Text, docs[i].Date)
		if len(o.Entities) != len(want) {
			t.Fatalf("doc %s: %d entities, want %d", id, len(o.Entities), len(want))
		}
		for j, e := range o.Entities {
			if e != want[j] {
				t.Fatalf("doc %s entity %d: %+v, want %+v", id, j, e, want[j])
			}
			if docs[i].Text[e.Start:e.End] != e.Text {
				t.Fatalf("doc %s: offsets of %+v", id, e)
			}
		}
	}
	if st.MaxPending > 32 {
		t.Errorf("reorder buffer held %d results, window 32", st.MaxPending)
	}
}

const badInput = `{"id":1,"text":"وصل الرئيس الفرنسي إلى القاهرة."}
{"id":2,"text":"نص بلا نهاية
{"id":3,"text":"وغادر بعد ذلك إلى عمّان.","date":"2024-03-21"}

{"id":4,"date":"2024-03-21"}
{"id":"خمسة","text":"وعاد إلى باريس أمس.","date":"21/03/2024"}
{"text":"وصل إلى بغداد."}
`

func TestMalformedLinesSkipped(t *testing.T) {
	var out, errs bytes.Buffer
	st, err := Run(context.Background(), extractor(t), newJSONLSource(strings.NewReader(badInput)), &out, Config{Workers: 3, Errors: &errs})
	if err != nil {
		t.Fatal(err)
	}
	got := readOutput(t, out.Bytes())
	var ids []string
	for _, o := range got {
		ids = append(ids, string(o.ID))
	}
	// A document without an id gets its line number.
	if want := "1 3 7"; strings.Join(ids, " ") != want {
		t.Errorf("ids %v, want %s", ids, want)
	}
	if st.Skipped != 3 || st.Docs != 3 {
		t.Errorf("stats: %d docs, %d skipped; want 3 and 3", st.Docs, st.Skipped)
	}
	msgs := errs.String()
	for _, want := range []string{"line 2:", "line 5: no \"text\"", "line 6: date"} {
		if !strings.Contains(msgs, want) {
			t.Errorf("errors %q do not report %q", msgs, want)
		}
	}
	if n := strings.Count(msgs, "\n"); n != 3 {
		t.Errorf("%d error lines, want 3:\n%s", n, msgs)
	}
}

func TestMalformedLineStrict(t *testing.T) {
	var out bytes.Buffer
	_, err := Run(context.Background(), extractor(t), newJSONLSource(strings.NewReader(badInput)), &out, Config{Workers: 3, Strict: true})
	var bad *BadInput
	if !errors.As(err, &bad) || bad.Where != "line 2" {
		t.Fatalf("error %v, want a BadInput at line 2", err)
	}
	// The line before the bad one is written, nothing after it.
	if got := readOutput(t, out.Bytes()); len(got) != 1 || string(got[0].ID) != "1" {
		t.Errorf("output %s, want document 1 only", out.String())
	}

	// The command exits with an error.
	path := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(path, []byte(badInput), 0o644)
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"-strict", "-q", path}, nil, &stdout, &stderr); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("run -strict: error %v, want line 2", err)
	}
	if err := run(context.Background(), []string{"-q", path}, nil, &stdout, &stderr); err != nil {
		t.Errorf("run without -strict: %v", err)
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":     "التقى وزير الخارجية نظيره الأردني في القاهرة.",
		"a.txt":     "وصل الرئيس إلى باريس أمس.",
		"c.txt":     "",
		"notes.md":  "ليس مستندا.",
		"d.txt.bak": "ليس مستندا.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"-o", out, "-workers", "4", dir}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	got := readOutput(t, b)
	var ids []string
	for _, o := range got {
		ids = append(ids, string(o.ID))
		var id string
		json.Unmarshal(o.ID, &id)
		for _, e := range o.Entities {
			if files[id][e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %+v", id, e)
			}
		}
	}
	if want := `"a.txt" "b.txt" "c.txt"`; strings.Join(ids, " ") != want {
		t.Errorf("ids %v, want %s", ids, want)
	}
	if len(got) == 3 && len(got[1].Entities) == 0 {
		t.Errorf("no entity in b.txt")
	}
	if !strings.Contains(stderr.String(), "batch: 3 documents") {
		t.Errorf("summary: %q", stderr.String())
	}
}

// countingReader counts the documents (lines) read through it.
type countingReader struct {
	r     io.Reader
	lines atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.lines.Add(int64(bytes.Count(p[:n], []byte("\n"))))
	return n, err
}

// Input streams: with input and output both pipes, the run writes output
// before the input is all there, and stops reading while its output is not
// read. Memory is bounded by the window, not by the input.
func TestStreamingBoundedMemory(t *testing.T) {
	const window = 8
	doc := corpus.Docs(5, 2000)[0]
	line, _ := json.Marshal(map[string]string{"id": "x", "text": doc.Text})
	line = append(line, '\n')

	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	in := &countingReader{r: inR}
	done := make(chan error, 1)
	go func() {
		_, err := Run(context.Background(), extractor(t), newJSONLSource(in), outW, Config{Workers: 2, Window: window})
		outW.CloseWithError(err)
		done <- err
	}()

	// The writer of the input would go on forever; it stops when told.
	stopIn := make(chan struct{})
	var written atomic.Int64
	go func() {
		for {
			select {
			case <-stopIn:
				inW.Close()
				return
			default:
			}
			if _, err := inW.Write(line); err != nil {
				return
			}
			written.Add(1)
		}
	}()

	// Output comes while input is still being written.
	out := bufio.NewReader(outR)
	for i := 0; i < 3; i++ {
		if _, err := out.ReadBytes('\n'); err != nil {
			t.Fatal(err)
		}
	}

	// Nobody reads the output now: the run must stop taking input. The
	// pipe's reader holds one 64 KB buffer of lines beyond the window.
	time.Sleep(300 * time.Millisecond)
	before := written.Load()
	time.Sleep(300 * time.Millisecond)
	after := written.Load()
	if after != before {
		t.Errorf("input still read while output is blocked: %d then %d lines", before, after)
	}
	perBuffer := int64(1<<16/len(line)) + 1
	if limit := 3 + window + 2*2 + 2 + perBuffer + 2; after > limit {
		t.Errorf("%d documents taken in with 3 written out; bound %d", after, limit)
	}

	close(stopIn)
	go io.Copy(io.Discard, out)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// BenchmarkRun measures the pipeline with the collector set as the command
// sets it (tuneGC). Compare workers=1 and workers=2 for the scaling.
func BenchmarkRun(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(256 << 20))
	x := extractor(b)
	input := jsonl(corpus.Docs(1, 4<<20))
	for _, w := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			for b.Loop() {
				if _, err := Run(context.Background(), x, newJSONLSource(strings.NewReader(input)), io.Discard, Config{Workers: w}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
