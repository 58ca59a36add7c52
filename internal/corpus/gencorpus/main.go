// Command gencorpus writes generated news articles (see package corpus) for
// load tests of examples/batch and examples/beam:
//
//	go run ./internal/corpus/gencorpus -mb 100 > corpus.jsonl
//	go run ./internal/corpus/gencorpus -mb 1 -dir articles/   # one .txt file per article
//
// JSONL lines are {"id":…,"text":…,"date":"YYYY-MM-DD"}.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kashif-nlp/kashif/internal/corpus"
)

func main() {
	mb := flag.Float64("mb", 10, "megabytes of text to write")
	seed := flag.Uint64("seed", 1, "random seed")
	dir := flag.String("dir", "", "write one .txt file per article into `directory` instead of JSONL to stdout")
	flag.Parse()
	if err := run(int(*mb*(1<<20)), *seed, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(size int, seed uint64, dir string) error {
	g := corpus.New(seed)
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for n := 0; n < size; {
			d := g.Doc()
			n += len(d.Text)
			if err := os.WriteFile(filepath.Join(dir, d.ID+".txt"), []byte(d.Text), 0o644); err != nil {
				return err
			}
		}
		return nil
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for n := 0; n < size; {
		d := g.Doc()
		n += len(d.Text)
		err := enc.Encode(struct {
			ID   string `json:"id"`
			Text string `json:"text"`
			Date string `json:"date"`
		}{d.ID, d.Text, d.Date.Format("2006-01-02")})
		if err != nil {
			return err
		}
	}
	return w.Flush()
}
