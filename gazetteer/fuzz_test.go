package gazetteer_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// FuzzLoad checks that Builder.Load, given any bytes, returns an error that
// names the list or loads entries that Build then indexes: never a panic,
// and the Builder stays usable after an error.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"",
		"\n\n# only a comment\n",
		"مصر\tCOUNTRY\tEG\n",
		"\uFEFFالولايات المتحدة\tCOUNTRY\tUS\r\nأمريكا\tCOUNTRY\tUS\r\n",
		"سامر الخلايلة\tPERSON\n\tPERSON\n",
		"مصر\tcountry\n",
		"مصر\tCOUNTRY\tEG\textra\n",
		"مصر COUNTRY EG\n",
		"\xff\xfe\tPERSON\n",
		"\u0651\u064e\tPERSON\n",
		"ـــ\tPERSON\n",
		"للولايات\tCOUNTRY\tUS\nال\tSTOP\n",
		"مصر\tA_1\nفرنسا\tB\n" + strings.Repeat("x\tC\n", 3),
		strings.Repeat("ب", 300) + "\tPERSON\n",
		"وغزة\tLOCATION\tPS\nو\tSTOP\n",
		"a\tA\nb\tB\nc\tC\nd\tD\ne\tE\nf\tF\ng\tG\nh\tH\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := gazetteer.NewBuilder()
		b.Add("مصر", gazetteer.Entry{Class: gazetteer.Country, Value: "EG", Source: "seed"})
		err := b.Load(bytes.NewReader(data), "fuzz.tsv")
		if err != nil && !strings.Contains(err.Error(), "fuzz.tsv:") {
			t.Fatalf("error %q does not name the list and line", err)
		}
		// Usable after an error, or after success: more entries, a build.
		b.Add("فرنسا", gazetteer.Entry{Class: gazetteer.Country, Value: "FR", Source: "seed"})
		g, err2 := b.Build()
		if err2 != nil {
			// Only too many classes fails a build.
			if !strings.Contains(err2.Error(), "classes") {
				t.Fatalf("Build: %v", err2)
			}
			return
		}
		if len(g.Lookup("فرنسا")) == 0 {
			t.Fatalf("entry added after Load is missing")
		}
		if err != nil {
			return
		}
		// Every line Load accepted can be looked up by its surface form
		// with its class.
		for i, line := range strings.Split(string(data), "\n") {
			if i == 0 {
				line = strings.TrimPrefix(line, "\uFEFF")
			}
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" || line[0] == '#' {
				continue
			}
			fields := strings.Split(line, "\t")
			surface, class := strings.TrimSpace(fields[0]), gazetteer.Class(strings.TrimSpace(fields[1]))
			found := false
			for _, e := range g.Lookup(surface) {
				found = found || e.Class == class
			}
			if !found {
				t.Fatalf("line %d %q: Lookup(%q) = %v, no entry of class %s", i+1, line, surface, g.Lookup(surface), class)
			}
			// Matching the surface in a text does not panic either.
			norm := g.Normalizer().String(surface)
			toks := normalize.Tokenize(nil, norm)
			for j := range toks {
				g.MatchAt(norm, toks, j, g.Classes(class))
			}
		}
	})
}

// FuzzParseWords checks that any bytes make a word list without a panic,
// and that every word of it is then found, in normalized form, with the
// kinds its line gives.
func FuzzParseWords(f *testing.F) {
	for _, s := range []string{
		"",
		"# comment\nقرار\tN\n",
		"استطاع\tV\nعلى\tF\nكتاب\n",
		"\xff\xfe\tN\n\n\r\n",
		"قرار\tNVF\nقرار\tX\n",
		strings.Repeat("ب", 700) + "\n",
		"a b\tN\n\t\tV\n",
	} {
		f.Add([]byte(s))
	}
	n := normalize.New(normalize.Default)
	f.Fuzz(func(t *testing.T, data []byte) {
		ws, err := gazetteer.ParseWords(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		count := 0
		for line := range strings.Lines(string(data)) {
			w, _, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
			w = strings.TrimSpace(n.String(w))
			if w == "" || w[0] == '#' || strings.ContainsAny(w, "\t\n") {
				continue
			}
			count++
			if !ws.Has(w) {
				t.Fatalf("%q is not found", w)
			}
		}
		if ws.Len() > count {
			t.Fatalf("%d words from %d lines", ws.Len(), count)
		}
	})
}
