// Command beam runs Kashif over a corpus as an Apache Beam pipeline: it reads
// JSONL documents ({"id":…,"text":…,"date":"2024-03-21"}, the date being the
// reference for relative dates) or whole text files, extracts the entities of
// each document, writes them as JSONL ({"id":…,"entities":[…]}), and writes
// corpus-level counts: the most mentioned people and countries, and the most
// mentioned places of each month (month of the document's date), each
// counted in documents.
//
// It runs locally on Beam's prism runner by default, and on Flink, Spark or
// Dataflow with --runner (see README.md):
//
//	go run . --input 'corpus/*.jsonl' --entities out/entities.jsonl --counts out/counts.jsonl
//
// This is a module of its own, so that the Kashif library does not depend on
// Beam.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input    = flag.String("input", "", "input file `pattern` (local path, gs://…)")
	format   = flag.String("format", "jsonl", "input format: jsonl (one document a line) or text (one document a file)")
	entities = flag.String("entities", "entities.jsonl", "output `file` of the entities, one document a line")
	counts   = flag.String("counts", "counts.jsonl", "output `file` of the corpus-level counts")
	topN     = flag.Int("top", 10, "entries kept in each ranking")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" {
		fmt.Fprintln(os.Stderr, "beam: --input is required")
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, Config{Input: *input, Format: *format, Entities: *entities, Counts: *counts, Top: *topN}); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(2)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}
