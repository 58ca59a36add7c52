package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/ner"
)

// types lists the entity types in legend order, with their colours.
var types = []struct {
	typ    ner.Type
	label  string // Arabic name of the type
	colour string
}{
	{ner.Person, "شخص", "#ffd6a5"},
	{ner.Country, "دولة", "#a0c4ff"},
	{ner.Location, "مكان", "#9bf6ff"},
	{ner.Organization, "منظمة", "#caffbf"},
	{ner.Date, "تاريخ", "#ffc6ff"},
	{ner.Nationality, "جنسية", "#e4e4e4"},
}

// cleanText makes s safe for HTML and XML text: invalid bytes and the
// control characters XML forbids become U+FFFD, then it is escaped.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r >= 0x80 && r < 0xa0 ||
			r == 0xfffe || r == 0xffff {
			return '\uFFFD'
		}
		return r
	}, s)
	return html.EscapeString(s)
}

// title returns the document's title: the first line of text, shortened.
func title(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(strings.ToValidUTF8(text, "")), "\n")
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > 80 {
		line = string([]rune(line)[:80]) + "…"
	}
	if line == "" {
		line = "كاشف"
	}
	return line
}

// writeHTML writes a complete HTML5 document, also well-formed XML, with
// the text and its entities highlighted.
func writeHTML(w io.Writer, text string, ents []ner.Entity) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="kashif examples/extract"/>
<title>%s</title>
<style>
body { font-family: "Noto Naskh Arabic", "Amiri", "Arial", sans-serif; line-height: 2; max-width: 48em; margin: 2em auto; padding: 0 1em; }
article { white-space: pre-wrap; }
mark { border-radius: 0.3em; padding: 0.1em 0.2em; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5em; }
`, cleanText(title(text)))
	for _, t := range types {
		fmt.Fprintf(bw, "mark.%s { background: %s; }\n", t.typ, t.colour)
	}
	bw.WriteString(`</style>
</head>
<body>
<ul class="legend">
`)
	counts := make(map[ner.Type]int)
	for _, e := range ents {
		counts[e.Type]++
	}
	for _, t := range types {
		fmt.Fprintf(bw, "<li><mark class=\"%s\">%s (%s)</mark> %d</li>\n", t.typ, t.label, t.typ, counts[t.typ])
	}
	bw.WriteString("</ul>\n<article>")
	pos := 0
	for _, e := range ents {
		if e.Start < pos || e.End > len(text) || e.Start >= e.End {
			continue // never happens: entities are sorted and disjoint
		}
		bw.WriteString(cleanText(text[pos:e.Start]))
		tip := string(e.Type)
		if e.Value != "" {
			tip += ": " + e.Value
		}
		fmt.Fprintf(bw, `<mark class="%s" title="%s" data-start="%d" data-end="%d" data-source="%s">%s</mark>`,
			e.Type, cleanText(tip), e.Start, e.End, cleanText(e.Source), cleanText(e.Text))
		pos = e.End
	}
	bw.WriteString(cleanText(text[pos:]))
	bw.WriteString("</article>\n</body>\n</html>\n")
	return bw.Flush()
}
