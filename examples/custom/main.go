// Command custom shows how to add one's own lists to Kashif: a list of
// local politicians (PERSON) and one of local organizations
// (ORGANIZATION), in the gazetteer file format, on top of the default lists.
//
// Usage:
//
//	go run ./examples/custom [-lists DIR] [FILE]
//
// It reads FILE, or the embedded sample article when there is none, and
// prints its entities. The lists are the embedded lists/*.tsv, or the *.tsv
// files of DIR with -lists. Each list is a UTF-8 file with one entry per
// line:
//
//	surface<TAB>CLASS<TAB>value
//
// The value is optional; # starts a comment. The entities a list finds have
// the Source "gazetteer:" followed by the file's name without extension.
// The people and organizations of the embedded lists and article are
// invented.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"text/tabwriter"

	"github.com/kashif-nlp/kashif/ner"
)

//go:embed lists/*.tsv
var lists embed.FS

//go:embed article.txt
var article string

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "custom:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("custom", flag.ContinueOnError)
	dir := flags.String("lists", "", "read the lists from the *.tsv files of `DIR` instead of the embedded ones")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 1 {
		return errors.New("at most one FILE")
	}
	text := article
	if flags.NArg() == 1 {
		b, err := os.ReadFile(flags.Arg(0))
		if err != nil {
			return err
		}
		text = string(b)
	}
	var fsys fs.FS = lists
	pattern := "lists/*.tsv"
	if *dir != "" {
		fsys, pattern = os.DirFS(*dir), "*.tsv"
	}
	x, err := newExtractor(fsys, pattern)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tTEXT\tSTART\tEND\tVALUE\tSOURCE")
	for _, e := range x.Extract(text) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", e.Type, e.Text, e.Start, e.End, e.Value, e.Source)
	}
	return tw.Flush()
}

// newExtractor returns an Extractor with the default lists and those of
// fsys that match pattern. A malformed line is an error naming the file and
// the line.
func newExtractor(fsys fs.FS, pattern string) (*ner.Extractor, error) {
	matches, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	if len(matches) == 0 {
		return nil, fmt.Errorf("no list matches %s", pattern)
	}
	return ner.New(ner.WithGazetteerFS(fsys, pattern))
}
