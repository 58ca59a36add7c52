// Command evaluate scores the extractor against a CoNLL file such as
// ANERcorp or Wojood.
//
// Usage:
//
//	go run ./examples/evaluate [flags] FILE
//
// It rebuilds the text of FILE (tokens joined by single spaces, one sentence
// per line, exactly as shared/tools/score.py does), runs the extractor once
// over the whole text as one document, projects every entity onto the
// tokens it covers, and prints two conlleval-style tables, exact-entity and
// overlap (one-to-one), with precision, recall, F1, tp, fp and fn per label
// and micro-averaged, then the time the extraction took and its speed. The
// last line, "micro-F1 0.xxxx", is the exact micro F1, as score.py prints it.
//
// The extractor's types become the file's labels as in ANNOTATION.md:
// PERSON→PERS, COUNTRY and LOCATION→LOC, ORGANIZATION→ORG, DATE→DATE;
// NATIONALITY is not scored. Only the labels of -types are scored.
//
// Flags:
//
//	-types PERS,LOC,ORG  labels to score (use -types DATE for Wojood)
//	-part all            which sentences to evaluate: all, dev (the first
//	                     half of the file's sentences), test (the second
//	                     half), or K/N for the K-th of N consecutive equal
//	                     parts (dev is 1/2, test is 2/2)
//	-ref YYYY-MM-DD      reference date for relative dates
//	-errors              list the false negatives and false positives,
//	                     grouped by cause, with context and the Source of
//	                     each prediction
//	-context 4           tokens of context on either side in that list
//	-map TYPE=LABEL,…    change the type-to-label map, e.g.
//	                     -map COUNTRY=GPE,LOCATION=GPE for Wojood's GPE;
//	                     TYPE= with no label stops scoring that type
//
// The split is by sentences (blank-line separated blocks): with S
// sentences, part K of N is sentences [(K-1)·S/N, K·S/N), rounded down. We
// develop rules on -part dev of ANERcorp and measure on -part test. A part
// is rebuilt as a text of its own, so offsets, chunks and the extractor's
// document-wide rules (name propagation) see only that part.
//
// Causes in the error list: boundary (a prediction and a gold chunk of the
// same label overlap but cover different tokens), type (same tokens,
// different label, including unscored ones such as NATIONALITY or MISC),
// boundary+type (only a span of another label and other tokens overlaps),
// missed (no prediction of any type overlaps the gold chunk), spurious (no
// gold chunk of any label overlaps the prediction). Every line starts with
// FN or FP and the cause, so `grep '^FP spurious'` finds one kind, and
// every prediction shows its Source, the rule or list to grep for.
//
// Examples:
//
//	go run ./examples/evaluate ../shared/eval/anercorp/train.txt
//	go run ./examples/evaluate -part dev -errors ../shared/eval/anercorp/train.txt
//	go run ./examples/evaluate -types DATE -ref 2024-03-21 ../shared/eval/wojood/val.txt
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kashif-nlp/kashif/internal/conll"
	"github.com/kashif-nlp/kashif/ner"
)

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr, nil)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

// extractFunc is the extractor under test; tests replace it.
type extractFunc func(text string, ref time.Time) []ner.Entity

func run(args []string, stdout, stderr io.Writer, extract extractFunc) error {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	typesFlag := fs.String("types", "PERS,LOC,ORG", "comma-separated `labels` to score")
	partFlag := fs.String("part", "all", "sentences to evaluate: all, dev (first half), test (second half) or K/N")
	refFlag := fs.String("ref", "", "reference date `YYYY-MM-DD` for relative dates")
	showErrors := fs.Bool("errors", false, "list false negatives and false positives grouped by cause")
	ctxFlag := fs.Int("context", 4, "`tokens` of context on either side in the error list")
	mapFlag := fs.String("map", "", "`TYPE=LABEL,...` changes to the type-to-label map, e.g. COUNTRY=GPE (TYPE= drops a type)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: evaluate [-types PERS,LOC,ORG] [-part all|dev|test|K/N] [-ref YYYY-MM-DD] [-errors] [-context N] [-map TYPE=LABEL,...] FILE")
		fs.PrintDefaults()
		fmt.Fprintln(fs.Output(), "\n-part splits by sentences: K/N is sentences [(K-1)*S/N, K*S/N) of S; dev is 1/2, test is 2/2.")
	}
	withoutFlag := fs.String("without", "", "rule families to turn off, for ablation: comma list of titles,counterparts,given,propagation,orgs,places,dates,gazetteer")
	if err := fs.Parse(args); err != nil {
		return err
	}
	without, err := parseRules(*withoutFlag)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("want exactly one FILE")
	}
	labels := conll.ParseLabels(*typesFlag)
	if len(labels) == 0 {
		return errors.New("-types: no labels")
	}
	k, n, err := parsePart(*partFlag)
	if err != nil {
		return err
	}
	var ref time.Time
	if *refFlag != "" {
		if ref, err = time.Parse("2006-01-02", *refFlag); err != nil {
			return fmt.Errorf("-ref: %w", err)
		}
	}
	typeMap, err := parseMap(*mapFlag)
	if err != nil {
		return err
	}

	path := fs.Arg(0)
	full, err := conll.ReadFile(path)
	if err != nil {
		return err
	}
	doc, err := full.Part(k, n)
	if err != nil {
		return err
	}

	if extract == nil {
		x, err := ner.New(ner.WithoutRules(without))
		if err != nil {
			return err
		}
		extract = x.ExtractAt
	}
	t0 := time.Now()
	ents := extract(doc.Text, ref)
	took := time.Since(t0)

	preds := make([]conll.Prediction, len(ents))
	for i, e := range ents {
		preds[i] = conll.Prediction{Type: string(e.Type), Start: e.Start, End: e.End, Text: e.Text, Source: e.Source}
	}
	res := conll.Score(doc, preds, labels, typeMap)

	first := 0
	if len(doc.Sents) > 0 {
		first = (k - 1) * len(full.Sents) / n
	}
	fmt.Fprintf(stdout, "%s: part %s, sentences %d–%d of %d, %d tokens, %d bytes, %d entities\n",
		path, *partFlag, first+1, first+len(doc.Sents), len(full.Sents), len(doc.Tokens), len(doc.Text), len(ents))
	if len(res.BadOffsets) > 0 {
		e := res.BadOffsets[0]
		fmt.Fprintf(stdout, "offset mismatches: %d (e.g. %s %d:%d %q)\n", len(res.BadOffsets), e.Type, e.Start, e.End, e.Text)
	}
	fmt.Fprintln(stdout)
	if err := table(stdout, "exact", res.Labels, res.Exact, res.MicroExact()); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	if err := table(stdout, "overlap", res.Labels, res.Overlap, res.MicroOverlap()); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	mb := float64(len(doc.Text)) / 1e6
	speed := 0.0
	if took > 0 {
		speed = mb / took.Seconds()
	}
	fmt.Fprintf(stdout, "extract: %.2f MB in %s (%.2f MB/s)\n", mb, took.Round(time.Millisecond), speed)
	fmt.Fprintf(stdout, "micro-F1 %.4f\n", res.MicroExact().F1())

	if *showErrors {
		fmt.Fprintln(stdout)
		listErrors(stdout, doc, conll.Errors(doc, res), *ctxFlag)
	}
	return nil
}

// parsePart reads -part: all, dev, test or K/N.
func parsePart(s string) (k, n int, err error) {
	switch s {
	case "all", "":
		return 1, 1, nil
	case "dev":
		return 1, 2, nil
	case "test":
		return 2, 2, nil
	}
	a, b, ok := strings.Cut(s, "/")
	if ok {
		k, err1 := strconv.Atoi(a)
		n, err2 := strconv.Atoi(b)
		if err1 == nil && err2 == nil && n >= 1 && k >= 1 && k <= n {
			return k, n, nil
		}
	}
	return 0, 0, fmt.Errorf("-part %q: want all, dev, test or K/N with 1 ≤ K ≤ N", s)
}

// parseMap applies TYPE=LABEL changes to a copy of the default map.
func parseMap(s string) (map[string]string, error) {
	m := make(map[string]string, len(conll.DefaultMap))
	for k, v := range conll.DefaultMap {
		m[k] = v
	}
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		typ, lab, ok := strings.Cut(f, "=")
		if !ok || typ == "" {
			return nil, fmt.Errorf("-map %q: want TYPE=LABEL", f)
		}
		if lab == "" {
			delete(m, typ)
		} else {
			m[typ] = lab
		}
	}
	return m, nil
}

func table(w io.Writer, title string, labels []string, m map[string]conll.Counts, micro conll.Counts) error {
	width := len(title)
	for _, l := range append([]string{"micro"}, labels...) {
		width = max(width, len(l))
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%-*s\tP\tR\tF1\ttp\tfp\tfn\t\n", width, title)
	row := func(name string, c conll.Counts) {
		fmt.Fprintf(tw, "%-*s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n", width, name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, l := range labels {
		row(l, m[l])
	}
	row("micro", micro)
	return tw.Flush()
}

var causeHelp = map[conll.Cause]string{
	conll.Boundary:     "same label, overlapping, different tokens",
	conll.TypeError:    "same tokens, different label",
	conll.BoundaryType: "only a span of another label and other tokens overlaps",
	conll.Missed:       "no prediction of any type overlaps",
	conll.Spurious:     "no gold chunk of any label overlaps",
}

// listErrors prints the errors grouped by cause, one per line:
//
//	FN boundary  LOC «قطاع غزة» ~ LOCATION «غزة» [gazetteer:places] | … في [قطاع غزة] …
//	FP spurious  PERS PERSON «الحرب» [rule:title] | … [الحرب] …
func listErrors(w io.Writer, doc *conll.Doc, errs []conll.Error, ctx int) {
	for _, c := range conll.Causes {
		var fn, fp int
		for _, e := range errs {
			if e.Cause == c {
				if e.FalsePositive {
					fp++
				} else {
					fn++
				}
			}
		}
		fmt.Fprintf(w, "== %s (%s): %d fn, %d fp\n", c, causeHelp[c], fn, fp)
		for _, e := range errs {
			if e.Cause != c {
				continue
			}
			var b strings.Builder
			if e.FalsePositive {
				fmt.Fprintf(&b, "FP %s  %s %s", c, e.Span.Label, pred(e.Span))
				if e.Other != nil {
					fmt.Fprintf(&b, " ~ gold %s «%s»", e.Other.Label, doc.Words(e.Other.Span))
				}
			} else {
				fmt.Fprintf(&b, "FN %s  %s «%s»", c, e.Span.Label, doc.Words(e.Span.Span))
				if e.Other != nil {
					fmt.Fprintf(&b, " ~ %s", pred(*e.Other))
				}
			}
			fmt.Fprintf(&b, " | %s", doc.Context(e.Span.Span, ctx))
			fmt.Fprintln(w, b.String())
		}
	}
}

// pred shows a prediction: its type, its text as extracted and its source.
func pred(p conll.Pred) string {
	return fmt.Sprintf("%s «%s» [%s]", p.Type, p.Text, p.Source)
}

// parseRules reads the -without flag.
func parseRules(s string) (ner.Rules, error) {
	names := map[string]ner.Rules{
		"titles": ner.RuleTitles, "counterparts": ner.RuleCounterparts, "given": ner.RuleGivenNames,
		"propagation": ner.RulePropagation, "orgs": ner.RuleOrganizations, "places": ner.RuleLocations,
		"dates": ner.RuleDates, "gazetteer": ner.RuleGazetteer,
	}
	var r ner.Rules
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		v, ok := names[f]
		if !ok {
			return 0, fmt.Errorf("-without: unknown rule family %q", f)
		}
		r |= v
	}
	return r, nil
}
