// Command extract prints the named entities of an Arabic text.
//
// Usage:
//
//	go run ./examples/extract [-json | -conll | -html] [-ref YYYY-MM-DD] [-lenient] [FILE]
//
// It reads FILE, or standard input when FILE is absent or "-". With no FILE
// and nothing piped in, it runs on a sample article embedded in the program.
// -ref sets the reference date that relative dates (أمس، العام الماضي)
// resolve against.
//
// # Output formats
//
// By default it prints a table: type, text, byte offsets, value and the
// rule or list that found the entity.
//
// -json prints one JSON object, a stable schema:
//
//	{"entities":[{"type":…,"text":…,"start":…,"end":…,"value":…,"source":…},…]}
//
// where start and end are byte offsets into the input bytes (input[start:end]
// is text), entities are in order of start and never overlap, value is ""
// when unknown, and "entities" is [] (never null) when there is none.
//
// -conll prints one token per line, "TOKEN TAG", with a blank line between
// sentences, for NLP pipelines. Tokens are the input cut on white space,
// with each punctuation or symbol character a token of its own; TAG is O,
// B-TYPE or I-TYPE with the entity types (B-PERSON, I-COUNTRY…). An entity
// tags every token it overlaps, so a word with a proclitic (وفرنسا) is
// tagged whole. A sentence ends after . ! ? ؟ … outside an entity and at a
// line break.
//
// -html prints a complete HTML5 document (right to left, lang="ar"): the
// text with every entity highlighted by type in a <mark> element whose title
// is the type and the value, and a legend of the types. Everything from the
// input is escaped; the document is also well-formed XML.
//
// Input that is not valid UTF-8 is an error (exit status 1) unless -lenient
// is given, in which case it is processed as it is: offsets still refer to
// the input bytes, and invalid bytes never belong to an entity's text.
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/ner"
)

//go:embed sample.txt
var sample string

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin *os.File, stdout io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	asCoNLL := fs.Bool("conll", false, "print CoNLL: a token and its BIO tag per line")
	asHTML := fs.Bool("html", false, "print an HTML document with the entities highlighted")
	refFlag := fs.String("ref", "", "reference date `YYYY-MM-DD` for relative dates")
	lenient := fs.Bool("lenient", false, "accept input that is not valid UTF-8")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: extract [-json | -conll | -html] [-ref YYYY-MM-DD] [-lenient] [FILE]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errors.New("at most one FILE")
	}
	if n := btoi(*asJSON) + btoi(*asCoNLL) + btoi(*asHTML); n > 1 {
		return errors.New("at most one of -json, -conll and -html")
	}
	var ref time.Time
	if *refFlag != "" {
		t, err := time.Parse("2006-01-02", *refFlag)
		if err != nil {
			return fmt.Errorf("-ref: %w", err)
		}
		ref = t
	}
	text, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		return err
	}
	if !*lenient && !utf8.ValidString(text) {
		return errors.New("input is not valid UTF-8 (use -lenient to process it anyway)")
	}
	x, err := ner.New()
	if err != nil {
		return err
	}
	ents := x.ExtractAt(text, ref)
	switch {
	case *asCoNLL:
		return writeCoNLL(stdout, text, ents)
	case *asHTML:
		return writeHTML(stdout, text, ents)
	}
	if *asJSON {
		if ents == nil {
			ents = []ner.Entity{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			Entities []ner.Entity `json:"entities"`
		}{ents})
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tTEXT\tSTART\tEND\tVALUE\tSOURCE")
	for _, e := range ents {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", e.Type, e.Text, e.Start, e.End, e.Value, e.Source)
	}
	return tw.Flush()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// readInput reads the named file, standard input, or the embedded sample
// when there is no file and standard input is a terminal.
func readInput(name string, stdin *os.File) (string, error) {
	if name != "" && name != "-" {
		b, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		return string(b), nil
	}
	if name == "" && stdin != nil {
		if fi, err := stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			return sample, nil
		}
	}
	b, err := io.ReadAll(stdin)
	if err != nil {
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	if name == "" && len(b) == 0 {
		return sample, nil
	}
	return string(b), nil
}
