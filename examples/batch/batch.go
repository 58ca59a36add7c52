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
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kashif-nlp/kashif/ner"
)

// A doc is one input document on its way through the pipeline.
type doc struct {
	seq  int    // position in the input, from 0
	line int    // input line, for JSONL
	raw  []byte // the JSONL line, parsed by a worker; nil when parsed
	id   json.RawMessage
	text string
	ref  time.Time // reference date for relative dates; zero: none
	size int       // bytes of input it came from, for progress
	bad  error     // a *BadInput: reported in order by the writer
}

// A result is a document's output line.
type result struct {
	seq   int
	line  []byte // {"id":…,"entities":[…]}\n
	types map[ner.Type]int
	size  int
	bad   error // a *BadInput
	err   error // the run cannot go on
}

// A BadInput is a line (or file) that is not a document. It is reported and
// skipped, or stops the run under -strict.
type BadInput struct {
	Where string // "line 12" or "file a.txt"
	Err   error
}

func (e *BadInput) Error() string { return e.Where + ": " + e.Err.Error() }
func (e *BadInput) Unwrap() error { return e.Err }

// A source yields documents in input order. Next returns io.EOF at the end
// and any other error when it cannot go on; a document that cannot be read
// comes with its bad field set.
type source interface {
	Next() (doc, error)
}

// Config sets how a run goes.
type Config struct {
	Workers int // extracting goroutines; at least 1
	// Window is the most documents read and not yet written: it bounds the
	// memory of a run whatever the input's size (Window documents at most,
	// plus the one being read). Default 32 × Workers.
	Window int
	Strict bool      // stop at the first bad line instead of skipping it
	Ref    time.Time // reference date of documents that have none
	// Progress, if set, is called by the writer with the input bytes of
	// each document written.
	Progress func(bytes int)
	// Errors receives one line per skipped input. Default: discarded.
	Errors io.Writer
}

// Stats sums up a run.
type Stats struct {
	Docs     int   // documents written
	Skipped  int   // bad lines or files
	Bytes    int64 // text bytes of the documents written
	Entities map[ner.Type]int
	Elapsed  time.Duration
	// MaxPending is the largest number of results held back to restore
	// the input order: at most Window.
	MaxPending int
}

// Run extracts the entities of every document of src with cfg.Workers
// goroutines and writes one JSON line per document to out, in input order.
// Documents flow through bounded channels and at most cfg.Window of them
// are in flight, so memory does not grow with the input.
func Run(ctx context.Context, x *ner.Extractor, src source, out io.Writer, cfg Config) (Stats, error) {
	start := time.Now()
	if cfg.Workers < 1 {
		cfg.Workers = 1
	}
	if cfg.Window < cfg.Workers {
		cfg.Window = 32 * cfg.Workers
	}
	if cfg.Errors == nil {
		cfg.Errors = io.Discard
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// A token of slots is taken before a document is read and given back
	// when its line is written: at most Window documents are in flight.
	slots := make(chan struct{}, cfg.Window)
	jobs := make(chan doc, cfg.Workers)
	results := make(chan result, cfg.Workers)

	var readErr error // read after readDone
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		defer close(jobs)
		for seq := 0; ; seq++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			d, err := src.Next()
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
			d.seq = seq
			jobs <- d // never blocks for long: workers drain jobs
		}
	}()

	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for d := range jobs {
				results <- work(ctx, x, d, cfg.Ref, &buf)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	st := Stats{Entities: make(map[ner.Type]int)}
	pending := make(map[int]result, cfg.Window)
	next := 0
	var err error
	for r := range results {
		pending[r.seq] = r
		st.MaxPending = max(st.MaxPending, len(pending))
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.bad != nil {
				st.Skipped++
				if cfg.Strict {
					err = r.bad
					cancel()
					break
				}
				fmt.Fprintf(cfg.Errors, "batch: %v (skipped)\n", r.bad)
				<-slots
				continue
			}
			if r.err != nil {
				err = r.err
				cancel()
				break
			}
			if _, werr := out.Write(r.line); werr != nil {
				err = werr
				cancel()
				break
			}
			st.Docs++
			st.Bytes += int64(r.size)
			for t, n := range r.types {
				st.Entities[t] += n
			}
			if cfg.Progress != nil {
				cfg.Progress(r.size)
			}
			<-slots
		}
		if err != nil {
			// Let the workers end without waiting for them: the reader
			// may be blocked on an input that will never come.
			go func() {
				for range results {
				}
			}()
			break
		}
	}
	if err == nil {
		<-readDone
		err = readErr
	}
	st.Elapsed = time.Since(start)
	return st, err
}

// work parses d if it is a JSONL line and extracts its entities.
func work(ctx context.Context, x *ner.Extractor, d doc, ref time.Time, buf *bytes.Buffer) result {
	r := result{seq: d.seq, size: d.size, bad: d.bad}
	if d.raw != nil && d.bad == nil {
		if err := d.parse(); err != nil {
			r.bad = &BadInput{Where: fmt.Sprintf("line %d", d.line), Err: err}
		}
	}
	if r.bad != nil {
		return r
	}
	if d.ref.IsZero() {
		d.ref = ref
	}
	ents, err := x.ExtractContext(ctx, d.text, d.ref)
	if err != nil {
		r.err = err
		return r
	}
	if ents == nil {
		ents = []ner.Entity{}
	}
	buf.Reset()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		ID       json.RawMessage `json:"id"`
		Entities []ner.Entity    `json:"entities"`
	}{d.id, ents}); err != nil {
		r.err = err
		return r
	}
	r.line = bytes.Clone(buf.Bytes())
	if len(ents) > 0 {
		r.types = make(map[ner.Type]int, 4)
		for _, e := range ents {
			r.types[e.Type]++
		}
	}
	return r
}

// jsonlSource reads documents from JSON lines:
// {"id":…,"text":…,"date":"2024-03-21"}. The id may be any JSON value and is
// written back as it is; without one, the line number is the id. The date
// (YYYY-MM-DD or RFC 3339) is the reference for relative dates. Blank lines
// are skipped.
type jsonlSource struct {
	r    *bufio.Reader
	line int
}

func newJSONLSource(r io.Reader) *jsonlSource {
	return &jsonlSource{r: bufio.NewReaderSize(r, 1<<16)}
}

func (s *jsonlSource) Next() (doc, error) {
	for {
		// ReadBytes, not a Scanner: a line may be any length.
		b, err := s.r.ReadBytes('\n')
		if len(b) == 0 && err != nil {
			return doc{}, err // io.EOF at the end
		}
		if err != nil && err != io.EOF {
			return doc{}, err
		}
		s.line++
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		return doc{line: s.line, raw: b, size: len(b)}, nil
	}
}

// parse fills d from its JSONL line.
func (d *doc) parse() error {
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Date string          `json:"date"`
	}
	if err := json.Unmarshal(d.raw, &in); err != nil {
		return err
	}
	if in.Text == nil {
		return errors.New(`no "text"`)
	}
	if in.Date != "" {
		t, err := parseDate(in.Date)
		if err != nil {
			return fmt.Errorf("date %q: want YYYY-MM-DD", in.Date)
		}
		d.ref = t
	}
	d.id, d.text, d.raw = in.ID, *in.Text, nil
	if d.id == nil {
		d.id = json.RawMessage(strconv.Itoa(d.line))
	}
	return nil
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// dirSource reads the .txt files of a directory in name order, each file a
// document whose id is its name.
type dirSource struct {
	dir   string
	names []string
}

func newDirSource(dir string) (*dirSource, error) {
	names, err := txtFiles(dir)
	if err != nil {
		return nil, err
	}
	return &dirSource{dir: dir, names: names}, nil
}

// txtFiles lists the regular .txt files of dir, sorted.
func txtFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

func (s *dirSource) Next() (doc, error) {
	if len(s.names) == 0 {
		return doc{}, io.EOF
	}
	name := s.names[0]
	s.names = s.names[1:]
	b, err := os.ReadFile(filepath.Join(s.dir, name))
	if err != nil {
		return doc{bad: &BadInput{Where: "file " + name, Err: err}}, nil
	}
	id, _ := json.Marshal(name)
	return doc{id: id, text: string(b), size: len(b)}, nil
}
