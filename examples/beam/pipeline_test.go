package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestMain runs the pipelines of the tests on Beam's prism runner, in this
// process.
func TestMain(m *testing.M) { ptest.Main(m) }

// Articles written for this test; the people are invented.
const testInput = `{"id":"a1","date":"2024-03-21","text":"وصل وزير الخارجية سامر القنطاري إلى القاهرة في زيارة رسمية. وقال القنطاري إن العلاقات مع مصر متينة."}
{"id":2,"date":"2024-03-02","text":"استقبل الرئيس سامر القنطاري في بغداد وفدا من فرنسا."}
not json
{"id":"a3","date":"2024-04-10","text":"شهدت بغداد مظاهرات، وأعلنت مصر وفرنسا دعمهما للحوار."}
{"id":"a4","text":"وصل الوفد إلى باريس."}
`

func TestPipelineJSONL(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(testInput), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		Input:    in,
		Format:   "jsonl",
		Entities: filepath.Join(dir, "entities.jsonl"),
		Counts:   filepath.Join(dir, "counts.jsonl"),
		Top:      5,
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}

	// One output line per well-formed document, with valid offsets.
	texts := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(testInput), "\n") {
		var d struct {
			ID   json.RawMessage
			Text string
		}
		if json.Unmarshal([]byte(l), &d) == nil {
			texts[string(d.ID)] = d.Text
		}
	}
	var ids []string
	entities := map[string][]string{}
	for _, l := range lines(t, cfg.Entities) {
		var o struct {
			ID       json.RawMessage `json:"id"`
			Entities []struct {
				Type, Text string
				Start, End int
			} `json:"entities"`
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("entities line %q: %v", l, err)
		}
		ids = append(ids, string(o.ID))
		for _, e := range o.Entities {
			if texts[string(o.ID)][e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %+v", o.ID, e)
			}
			entities[string(o.ID)] = append(entities[string(o.ID)], e.Type+" "+e.Text)
		}
	}
	sort.Strings(ids)
	if got, want := strings.Join(ids, " "), `"a1" "a3" "a4" 2`; got != want {
		t.Errorf("ids %s, want %s", got, want)
	}
	if !contains(entities[`"a1"`], "LOCATION القاهرة") || !contains(entities[`"a1"`], "COUNTRY مصر") {
		t.Errorf("a1: %v", entities[`"a1"`])
	}

	// Counts, in documents: people, countries, places of each month.
	counts := map[string]int{}
	for _, l := range lines(t, cfg.Counts) {
		var c Count
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("counts line %q: %v", l, err)
		}
		counts[c.Kind+" "+c.Month+" "+c.Key] = c.Docs
	}
	want := map[string]int{
		"countries  EG":          2,
		"countries  FR":          2,
		"people  سامر القنطاري":  2,
		"places 2024-03 القاهرة": 1,
		"places 2024-03 بغداد":   1,
		"places 2024-04 بغداد":   1,
		"places unknown باريس":   1,
	}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("count of %q: %d, want %d", k, counts[k], n)
		}
	}
	if t.Failed() {
		t.Logf("entities: %v", entities)
		t.Logf("counts: %v", counts)
	}
}

func TestPipelineText(t *testing.T) {
	dir := t.TempDir()
	docs := map[string]string{
		"one.txt": "وصل وزير الخارجية سامر القنطاري إلى القاهرة.",
		"two.txt": "شهدت بغداد مظاهرات.",
	}
	for name, text := range docs {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	out := t.TempDir()
	cfg := Config{
		Input:    filepath.Join(dir, "*.txt"),
		Format:   "text",
		Entities: filepath.Join(out, "entities.jsonl"),
		Counts:   filepath.Join(out, "counts.jsonl"),
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got := lines(t, cfg.Entities)
	sort.Strings(got)
	if len(got) != 2 || !strings.HasPrefix(got[0], `{"id":"one.txt"`) || !strings.HasPrefix(got[1], `{"id":"two.txt"`) {
		t.Errorf("entities:\n%s", strings.Join(got, "\n"))
	}
	if c := strings.Join(lines(t, cfg.Counts), "\n"); !strings.Contains(c, `"kind":"places","month":"unknown"`) || !strings.Contains(c, `"key":"بغداد"`) {
		t.Errorf("counts:\n%s", c)
	}
}

func TestBadFormat(t *testing.T) {
	_, s := beam.NewPipelineWithRoot()
	if err := Build(s, Config{Input: "x", Format: "xml"}); err == nil {
		t.Error("no error for format xml")
	}
}

func lines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
