// Command check loads the embedded default lists, builds the gazetteer and
// reports the number of entries per class and every surface form listed
// under more than one class (or one class with different values), for
// spotting conflicts such as a word that is both COUNTRY and GIVEN.
//
// Usage (from the repository root):
//
//	go run ./gazetteer/internal/check [-all]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/kashif-nlp/kashif/gazetteer"
)

func main() {
	all := flag.Bool("all", false, "also list surfaces with one class and several values")
	flag.Parse()
	b, err := gazetteer.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	g, err := b.Build()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("entries: %d\n", g.Len())

	// Re-read the files to list surfaces by normalized key.
	norm := g.Normalizer()
	type rec struct{ class, value, source, surface string }
	byKey := map[string][]rec{}
	var keys []string
	count := map[string]int{}
	files, _ := fs.Glob(gazetteer.Data(), "data/*.tsv")
	for _, name := range files {
		f, _ := gazetteer.Data().Open(name)
		sc := bufio.NewScanner(f)
		src := strings.TrimSuffix(strings.TrimPrefix(name, "data/"), ".tsv")
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			fl := strings.Split(line, "\t")
			r := rec{class: strings.TrimSpace(fl[1]), source: src, surface: strings.TrimSpace(fl[0])}
			if len(fl) > 2 {
				r.value = strings.TrimSpace(fl[2])
			}
			k := strings.Join(strings.Fields(norm.String(r.surface)), " ")
			if _, ok := byKey[k]; !ok {
				keys = append(keys, k)
			}
			dup := false
			for _, o := range byKey[k] {
				if o.class == r.class && o.value == r.value {
					dup = true
				}
			}
			if !dup {
				byKey[k] = append(byKey[k], r)
				count[r.class]++
			}
		}
		f.Close()
	}
	var cls []string
	for c := range count {
		cls = append(cls, c)
	}
	sort.Strings(cls)
	for _, c := range cls {
		fmt.Printf("%-14s %6d\n", c, count[c])
	}
	fmt.Println("conflicts:")
	for _, k := range keys {
		rs := byKey[k]
		if len(rs) < 2 {
			continue
		}
		classes := map[string]bool{}
		for _, r := range rs {
			classes[r.class] = true
		}
		if len(classes) < 2 && !*all {
			continue
		}
		var parts []string
		for _, r := range rs {
			parts = append(parts, fmt.Sprintf("%s:%s=%s(%s)", r.source, r.class, r.value, r.surface))
		}
		fmt.Printf("  %s\t%s\n", k, strings.Join(parts, " "))
	}
}
