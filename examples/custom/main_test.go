package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/ner"
)

// entities lists the entities of the embedded article as
// "TYPE:text@source".
func entities(t *testing.T, x *ner.Extractor, text string) []string {
	t.Helper()
	var out []string
	for _, e := range x.Extract(text) {
		require.Equal(t, text[e.Start:e.End], e.Text)
		out = append(out, string(e.Type)+":"+e.Text+"@"+e.Source)
	}
	return out
}

func TestCustomLists(t *testing.T) {
	x, err := newExtractor(lists, "lists/*.tsv")
	require.NoError(t, err)
	got := entities(t, x, article)
	for _, want := range []string{
		"PERSON:سامر الخلايلة@gazetteer:politicians",
		"PERSON:رنا العتوم@gazetteer:politicians",
		"PERSON:نضال أبو زيتون@gazetteer:politicians",
		"PERSON:هالة الشرمان@gazetteer:politicians",
		"ORGANIZATION:مجلس مدينة الزرقاء@gazetteer:local_orgs",
		"ORGANIZATION:شركة مياه الزرقاء الجديدة@gazetteer:local_orgs",
		"ORGANIZATION:جمعية أصدقاء وادي السنابل@gazetteer:local_orgs",
		"ORGANIZATION:نادي شباب السنابل@gazetteer:local_orgs",
		// The default lists still work.
		"COUNTRY:ألمانيا@gazetteer:countries",
	} {
		assert.Contains(t, got, want)
	}

	// Without the lists, the local bodies are not found.
	plain, err := ner.New()
	require.NoError(t, err)
	for _, e := range entities(t, plain, article) {
		assert.NotContains(t, e, "@gazetteer:politicians")
		assert.NotContains(t, e, "ORGANIZATION:شركة مياه الزرقاء الجديدة")
	}
}

// A surname alone, once the list has named the person, is the same person.
func TestCustomSurnames(t *testing.T) {
	x, err := newExtractor(lists, "lists/*.tsv")
	require.NoError(t, err)
	got := entities(t, x, article)
	assert.Contains(t, got, "PERSON:العتوم@rule:propagation")
	assert.Contains(t, got, "PERSON:الخلايلة@rule:propagation")
}

func TestRun(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(nil, &buf))
	out := buf.String()
	assert.Contains(t, out, "TYPE")
	assert.Contains(t, out, "gazetteer:politicians")
	assert.Contains(t, out, "gazetteer:local_orgs")

	// Lists from a directory, and a file.
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mine.tsv"), []byte("عمر الفلاحي\tPERSON\n"), 0o644))
	file := filepath.Join(dir, "news.txt")
	require.NoError(t, os.WriteFile(file, []byte("صرح عمر الفلاحي أمس."), 0o644))
	buf.Reset()
	require.NoError(t, run([]string{"-lists", dir, file}, &buf))
	assert.Contains(t, buf.String(), "gazetteer:mine")
}

func TestBadList(t *testing.T) {
	fsys := fstest.MapFS{"lists/broken.tsv": {Data: []byte("# ok\nسامر الخلايلة PERSON\n")}}
	_, err := newExtractor(fsys, "lists/*.tsv")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "broken:2:")

	_, err = newExtractor(fsys, "nothing/*.tsv")
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "no list matches"))
}
