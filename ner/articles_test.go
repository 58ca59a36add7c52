package ner_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/ner"
)

// goldEntity is one line of a gold file: TYPE<TAB>text<TAB>value, in the
// order the entities appear in the article.
type goldEntity struct {
	typ   ner.Type
	text  string
	value string
}

func readGold(t *testing.T, path string) []goldEntity {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var gold []goldEntity
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := append(strings.Split(line, "\t"), "", "")
		gold = append(gold, goldEntity{typ: ner.Type(fields[0]), text: fields[1], value: fields[2]})
	}
	require.NoError(t, sc.Err())
	return gold
}

// scoredTypes are the types a gold file lists; NATIONALITY is optional.
var scoredTypes = map[ner.Type]bool{ner.Person: true, ner.Country: true, ner.Location: true, ner.Organization: true, ner.Date: true}

// checkArticle extracts the entities of article and compares them with the
// gold list: same entities at the same offsets (gold texts are located in
// order in the article), and the gold value where the gold gives one.
func checkArticle(t *testing.T, x *ner.Extractor, article string, gold []goldEntity) {
	t.Helper()
	type key struct {
		typ        ner.Type
		start, end int
	}
	want := make(map[key]goldEntity)
	pos := 0
	for _, g := range gold {
		i := strings.Index(article[pos:], g.text)
		require.GreaterOrEqual(t, i, 0, "gold text %q not found in order", g.text)
		s := pos + i
		want[key{g.typ, s, s + len(g.text)}] = g
		pos = s + len(g.text)
	}
	got := make(map[key]ner.Entity)
	for _, e := range x.Extract(article) {
		require.Equal(t, article[e.Start:e.End], e.Text)
		if scoredTypes[e.Type] {
			got[key{e.Type, e.Start, e.End}] = e
		}
	}
	for k, g := range want {
		e, ok := got[k]
		if !assert.True(t, ok, "missed %s %q at %d", k.typ, g.text, k.start) {
			continue
		}
		if g.value != "" {
			assert.Equal(t, g.value, e.Value, "value of %s %q at %d", k.typ, g.text, k.start)
		}
	}
	for k, e := range got {
		_, ok := want[k]
		assert.True(t, ok, "spurious %s %q at %d (source %s)", k.typ, e.Text, k.start, e.Source)
	}
}

// TestArticles runs the extractor over the articles written for the
// project (testdata/articles): the seed article's style, with people,
// places and dates no list names.
func TestArticles(t *testing.T) {
	x, err := ner.New()
	require.NoError(t, err)
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			gold := readGold(t, strings.TrimSuffix(p, ".txt")+".tsv")
			checkArticle(t, x, string(b), gold)
			assertPeopleUnlisted(t, x.Gazetteer(), gold, false)
		})
	}
}

// TestSeed checks the article the project started from, when the shared
// evaluation folder is beside the repository.
func TestSeed(t *testing.T) {
	const dir = "../../shared/seed"
	article, err := os.ReadFile(filepath.Join(dir, "000_2ef85dfcf069c233.txt"))
	if err != nil {
		t.Skipf("seed article not available (%v)", err)
	}
	x, err := ner.New()
	require.NoError(t, err)
	gold := readGold(t, filepath.Join(dir, "gold.tsv"))
	checkArticle(t, x, string(article), gold)
	assertPeopleUnlisted(t, x.Gazetteer(), gold, true)
}

// assertPeopleUnlisted checks that no list names the articles' people: the
// rules must find them as they would find unseen people. With surnames set,
// their surnames must not be listed as family names either.
func assertPeopleUnlisted(t *testing.T, g *gazetteer.Gazetteer, gold []goldEntity, surnames bool) {
	t.Helper()
	for _, e := range gold {
		if e.typ != ner.Person {
			continue
		}
		for _, entry := range g.Lookup(e.text) {
			assert.NotEqual(t, gazetteer.Person, entry.Class, "%q is listed: %v", e.text, entry)
		}
		if !surnames {
			continue
		}
		words := strings.Fields(e.text)
		last := words[len(words)-1]
		for _, entry := range g.Lookup(last) {
			assert.NotContains(t, []gazetteer.Class{gazetteer.Person, gazetteer.FamilyName}, entry.Class,
				fmt.Sprintf("surname %q is listed: %v", last, entry))
		}
	}
}
