// Command batch extracts the entities of many documents with all cores.
//
// Usage:
//
//	go run ./examples/batch [-workers N] [-o FILE] [-strict] [-ref YYYY-MM-DD] [INPUT]
//
// INPUT is a JSONL file, one document a line,
//
//	{"id":"a1","text":"…","date":"2024-03-21"}
//
// or a directory of .txt files (each file a document, its id the file
// name), or standard input when absent or "-". The date is the reference for
// relative dates (أمس، العام الماضي); documents without one use -ref. The
// output, to -o or standard output, has one line per document, in input
// order:
//
//	{"id":"a1","entities":[{"type":…,"text":…,"start":…,"end":…,"value":…,"source":…}]}
//
// A malformed line is reported on standard error with its line number and
// skipped; with -strict it stops the run (exit status 1) after the lines
// before it are written. Input of any size streams through in bounded
// memory. On a terminal, standard error shows a progress bar; at the end it
// gets a summary: documents, megabytes, throughput and entities per type.
//
// The collector runs when the heap reaches 256 MB (see tuneGC); set GOGC or
// GOMEMLIMIT to change that.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/kashif-nlp/kashif/ner"
)

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "batch:", err)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer, stderr io.Writer) (err error) {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	workers := fs.Int("workers", runtime.NumCPU(), "extracting goroutines")
	outPath := fs.String("o", "", "write the output to `FILE` instead of standard output")
	strict := fs.Bool("strict", false, "stop at the first malformed line (exit status 1)")
	refFlag := fs.String("ref", "", "reference date `YYYY-MM-DD` of documents without a date")
	quiet := fs.Bool("q", false, "no progress bar and no summary")
	window := fs.Int("window", 0, "most documents in flight, read and not yet written (default 32 × workers)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: batch [-workers N] [-o FILE] [-strict] [-ref YYYY-MM-DD] [-q] [INPUT.jsonl | DIR | -]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errors.New("at most one INPUT")
	}
	cfg := Config{Workers: *workers, Window: *window, Strict: *strict, Errors: stderr}
	if *refFlag != "" {
		t, err := time.Parse("2006-01-02", *refFlag)
		if err != nil {
			return fmt.Errorf("-ref: %w", err)
		}
		cfg.Ref = t
	}

	src, total, closeIn, err := openInput(fs.Arg(0), stdin)
	if err != nil {
		return err
	}
	defer closeIn()

	var w *bufio.Writer
	if *outPath == "" {
		w = bufio.NewWriterSize(stdout, 1<<16)
	} else {
		f, err := os.Create(*outPath)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
		w = bufio.NewWriterSize(f, 1<<16)
	}

	x, err := ner.New()
	if err != nil {
		return err
	}

	var bar *progressbar.ProgressBar
	if !*quiet && isTerminal(stderr) {
		bar = progressbar.DefaultBytes(total, "extracting")
		cfg.Progress = func(n int) { bar.Add(n) }
		cfg.Errors = barWriter{bar, stderr}
	}
	st, runErr := Run(ctx, x, src, w, cfg)
	if ferr := w.Flush(); runErr == nil {
		runErr = ferr
	}
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	if !*quiet {
		summary(stderr, st, cfg.Workers)
	}
	return runErr
}

// openInput returns the source of path ("" or "-" for stdin, a directory, or
// a JSONL file) with its size in bytes, -1 when unknown.
func openInput(path string, stdin io.Reader) (src source, size int64, closer func(), err error) {
	if path == "" || path == "-" {
		return newJSONLSource(stdin), -1, func() {}, nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, 0, nil, err
	}
	if fi.IsDir() {
		s, err := newDirSource(path)
		if err != nil {
			return nil, 0, nil, err
		}
		for _, name := range s.names {
			if fi, err := os.Stat(filepath.Join(path, name)); err == nil {
				size += fi.Size()
			}
		}
		return s, size, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, nil, err
	}
	return newJSONLSource(f), fi.Size(), func() { f.Close() }, nil
}

// tuneGC makes the collector run by a memory limit rather than by the
// growth of the heap, unless GOGC or GOMEMLIMIT says otherwise. The live heap
// of a run is small (the lists and the documents in flight) but Extract
// allocates several times each document's size, so with the default GOGC the
// collector would run every few megabytes of input and take a good part of
// a second core: with it, two workers do 1.6 times the work of one, with
// the limit 1.7 times.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(256 << 20)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// barWriter writes messages above the progress bar.
type barWriter struct {
	bar *progressbar.ProgressBar
	w   io.Writer
}

func (b barWriter) Write(p []byte) (int, error) {
	b.bar.Clear()
	return b.w.Write(p)
}

// summary writes the totals of a run.
func summary(w io.Writer, st Stats, workers int) {
	mb := float64(st.Bytes) / 1e6
	fmt.Fprintf(w, "batch: %d documents", st.Docs)
	if st.Skipped > 0 {
		fmt.Fprintf(w, " (%d malformed, skipped)", st.Skipped)
	}
	fmt.Fprintf(w, ", %.1f MB in %s, %.1f MB/s with %d workers\n",
		mb, st.Elapsed.Round(time.Millisecond), mb/st.Elapsed.Seconds(), workers)
	types := make([]ner.Type, 0, len(st.Entities))
	total := 0
	for t, n := range st.Entities {
		types = append(types, t)
		total += n
	}
	sort.Slice(types, func(i, j int) bool {
		a, b := st.Entities[types[i]], st.Entities[types[j]]
		return a > b || a == b && types[i] < types[j]
	})
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("%s %d", t, st.Entities[t])
	}
	fmt.Fprintf(w, "batch: %d entities: %s\n", total, strings.Join(parts, ", "))
}
