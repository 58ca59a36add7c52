package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/filter"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"

	"github.com/kashif-nlp/kashif/ner"
)

// Config says what the pipeline reads and writes.
type Config struct {
	// Input is a file pattern (local, gs://, …) of the input files.
	Input string
	// Format is "jsonl" (one {"id","text","date"} object a line) or "text"
	// (each file is one document, its id the file name).
	Format string
	// Entities is the file the entities are written to, one JSON object a
	// line: {"id":…,"entities":[…]}.
	Entities string
	// Counts is the file the corpus-level counts are written to, one JSON
	// object a line (see Count).
	Counts string
	// Top is how many entries each ranking keeps.
	Top int
}

// Doc is one input document.
type Doc struct {
	// ID is the document's id as JSON (a string or a number, as given).
	ID   string
	Text string
	// Date is the publication date, YYYY-MM-DD, or empty.
	Date string
}

// Mention says that a document mentions an entity. Each document yields at
// most one Mention per (Kind, Key).
type Mention struct {
	Kind  string // "people", "countries" or "places"
	Key   string // person's fullest name, country code or place as written
	Month string // YYYY-MM of the document's date, or "unknown"
}

// Count is one line of the counts file: Key was mentioned in Docs
// documents. Month is set for the places-per-month ranking.
type Count struct {
	Kind  string `json:"kind"`
	Month string `json:"month,omitempty"`
	Rank  int    `json:"rank"`
	Key   string `json:"key"`
	Docs  int    `json:"docs"`
}

// Ranked is a key with its count, the element type of the rankings.
type Ranked struct {
	Key string
	N   int
}

func init() {
	register.Function3x1(parseJSONL)
	register.Emitter1[Doc]()
	register.Function3x1(readTextFile)
	register.DoFn4x1[context.Context, Doc, func(string), func(Mention), error](&extractFn{})
	register.Emitter1[Mention]()
	register.Function1x1(isPeople)
	register.Function1x1(isCountry)
	register.Function1x1(isPlace)
	register.Function1x1(mentionKey)
	register.Function1x2(monthKey)
	register.Function2x1(toRanked)
	register.Function2x1(lessRanked)
	register.Function2x0(formatTop)
	register.Function3x0(formatTopPerKey)
	register.Emitter1[string]()
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Mention)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Ranked)(nil)).Elem())
}

// Build adds the pipeline to s: read, extract, write the entities, count.
func Build(s beam.Scope, cfg Config) error {
	if cfg.Top <= 0 {
		cfg.Top = 10
	}
	var docs beam.PCollection
	switch cfg.Format {
	case "jsonl", "":
		lines := textio.Read(s.Scope("read"), cfg.Input)
		docs = beam.ParDo(s.Scope("parse"), parseJSONL, lines)
	case "text":
		files := fileio.ReadMatches(s.Scope("read"), fileio.MatchFiles(s.Scope("match"), cfg.Input))
		docs = beam.ParDo(s.Scope("readFiles"), readTextFile, files)
	default:
		return fmt.Errorf("unknown format %q (want jsonl or text)", cfg.Format)
	}

	out, mentions := beam.ParDo2(s.Scope("extract"), &extractFn{}, docs)
	textio.Write(s.Scope("writeEntities"), cfg.Entities, out)

	people := rank(s.Scope("people"), filter.Include(s, mentions, isPeople), cfg.Top)
	countries := rank(s.Scope("countries"), filter.Include(s, mentions, isCountry), cfg.Top)
	places := rankPerMonth(s.Scope("places"), filter.Include(s, mentions, isPlace), cfg.Top)
	counts := beam.Flatten(s, people, countries, places)
	textio.Write(s.Scope("writeCounts"), cfg.Counts, counts)
	return nil
}

// rank counts the documents of each key and keeps the top n, as JSON lines.
func rank(s beam.Scope, mentions beam.PCollection, n int) beam.PCollection {
	keys := beam.ParDo(s, mentionKey, mentions)
	counted := beam.ParDo(s, toRanked, stats.Count(s, keys))
	tops := top.Largest(s, counted, n, lessRanked)
	return beam.ParDo(s, formatTop, tops)
}

// rankPerMonth counts the documents of each key in each month and keeps the
// top n of every month, as JSON lines.
func rankPerMonth(s beam.Scope, mentions beam.PCollection, n int) beam.PCollection {
	keys := beam.ParDo(s, mentionKey, mentions) // "month\tkey"
	counted := beam.ParDo(s, toRanked, stats.Count(s, keys))
	byMonth := beam.ParDo(s, monthKey, counted) // KV<month, Ranked>
	tops := top.LargestPerKey(s, byMonth, n, lessRanked)
	return beam.ParDo(s, formatTopPerKey, tops)
}

// parseJSONL turns one input line into a Doc. Blank lines are skipped; a
// malformed line is logged and skipped.
func parseJSONL(ctx context.Context, line string, emit func(Doc)) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Date string          `json:"date"`
	}
	if err := json.Unmarshal([]byte(line), &in); err != nil || in.Text == nil {
		if err == nil {
			err = fmt.Errorf("no text")
		}
		malformed.Inc(ctx, 1)
		log.Warnf(ctx, "skipping malformed line (%v): %.80q", err, line)
		return nil
	}
	id := string(in.ID)
	if id == "" {
		id = "null"
	}
	emit(Doc{ID: id, Text: *in.Text, Date: in.Date})
	return nil
}

var malformed = beam.NewCounter("kashif", "malformed_lines")

// readTextFile makes a document of a whole file, its id the file's name.
func readTextFile(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) error {
	text, err := f.ReadString(ctx)
	if err != nil {
		return err
	}
	id, _ := json.Marshal(path.Base(f.Metadata.Path))
	emit(Doc{ID: string(id), Text: text})
	return nil
}

// extractFn extracts the entities of a document. It emits the document's
// output line and the document's distinct mentions of people, countries and
// places.
type extractFn struct {
	x *ner.Extractor
}

var (
	sharedOnce sync.Once
	shared     *ner.Extractor
	sharedErr  error
)

// Setup builds the Extractor once per worker process: it is safe for
// concurrent use, so every bundle and thread shares it.
func (f *extractFn) Setup() error {
	sharedOnce.Do(func() { shared, sharedErr = ner.New() })
	f.x = shared
	return sharedErr
}

func (f *extractFn) ProcessElement(ctx context.Context, d Doc, out func(string), mention func(Mention)) error {
	var ref time.Time
	month := "unknown"
	if d.Date != "" {
		t, err := time.Parse("2006-01-02", d.Date)
		if err != nil {
			badDates.Inc(ctx, 1)
			log.Warnf(ctx, "document %s: bad date %q, relative dates left without value", d.ID, d.Date)
		} else {
			ref = t
			month = t.Format("2006-01")
		}
	}
	ents, err := f.x.ExtractContext(ctx, d.Text, ref)
	if err != nil {
		return err
	}
	if ents == nil {
		ents = []ner.Entity{}
	}
	line, err := json.Marshal(struct {
		ID       json.RawMessage `json:"id"`
		Entities []ner.Entity    `json:"entities"`
	}{json.RawMessage(d.ID), ents})
	if err != nil {
		return err
	}
	out(string(line))

	seen := make(map[Mention]bool)
	for _, e := range ents {
		m := Mention{Month: month}
		switch e.Type {
		case ner.Person:
			m.Kind, m.Key = "people", orText(e.Value, e.Text)
		case ner.Country:
			m.Kind, m.Key = "countries", orText(e.Value, e.Text)
		case ner.Location:
			m.Kind, m.Key = "places", e.Text
		default:
			continue
		}
		if !seen[m] {
			seen[m] = true
			mention(m)
		}
	}
	return nil
}

var badDates = beam.NewCounter("kashif", "bad_dates")

func orText(value, text string) string {
	if value != "" {
		return value
	}
	return text
}

func isPeople(m Mention) bool  { return m.Kind == "people" }
func isCountry(m Mention) bool { return m.Kind == "countries" }
func isPlace(m Mention) bool   { return m.Kind == "places" }

// mentionKey is the key counted: Kind and Key, with the month for places.
func mentionKey(m Mention) string {
	if m.Kind == "places" {
		return m.Kind + "\t" + m.Month + "\t" + m.Key
	}
	return m.Kind + "\t\t" + m.Key
}

func toRanked(key string, n int) Ranked { return Ranked{Key: key, N: n} }

// monthKey splits "places\tmonth\tkey" into month and the Ranked key.
func monthKey(r Ranked) (string, Ranked) {
	parts := strings.SplitN(r.Key, "\t", 3)
	return parts[0] + "\t" + parts[1], Ranked{Key: parts[2], N: r.N}
}

// lessRanked orders by count, then by key (reversed, so that on a tie the
// smaller key ranks first): rankings are deterministic.
func lessRanked(a, b Ranked) bool {
	if a.N != b.N {
		return a.N < b.N
	}
	return a.Key > b.Key
}

// formatTop emits a ranking as JSON lines.
func formatTop(rs []Ranked, emit func(string)) {
	formatRanking("", "", rs, emit)
}

// formatTopPerKey emits the ranking of one month as JSON lines.
func formatTopPerKey(kindMonth string, rs []Ranked, emit func(string)) {
	kind, month, _ := strings.Cut(kindMonth, "\t")
	formatRanking(kind, month, rs, emit)
}

func formatRanking(kind, month string, rs []Ranked, emit func(string)) {
	rs = append([]Ranked(nil), rs...)
	sort.Slice(rs, func(i, j int) bool { return lessRanked(rs[j], rs[i]) })
	for i, r := range rs {
		k, key := kind, r.Key
		if k == "" { // "kind\t\tkey"
			parts := strings.SplitN(r.Key, "\t", 3)
			k, key = parts[0], parts[2]
		}
		line, _ := json.Marshal(Count{Kind: k, Month: month, Rank: i + 1, Key: key, Docs: r.N})
		emit(string(line))
	}
}
