package ner_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/ner"
)

// sources lists the entities as "TYPE:text=value@source".
func sources(ents []ner.Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, string(e.Type)+":"+e.Text+"="+e.Value+"@"+e.Source)
	}
	return out
}

func TestWithGazetteerErrors(t *testing.T) {
	for _, tc := range []struct {
		list, want string
	}{
		{"# people\nسامر الخلايلة\tPERSON\nمجلس الزرقاء\n", "local.tsv:3: want 2 or 3 tab-separated fields"},
		{"سامر الخلايلة\tperson\n", "local.tsv:1: class \"person\""},
		{"\n\nسامر\tPERSON\tx\ty\n", "local.tsv:3: want 2 or 3"},
		{"\t\tPERSON\n", "local.tsv:1: empty surface form"},
		{"سامر\tPERSON\n\xff\xfe\tPERSON\n", "local.tsv:2: invalid UTF-8"},
		{"\u0651\tPERSON\n", "local.tsv:1: surface form \"\u0651\" has no word"},
		{strings.Repeat("ب", 2<<20) + "\tPERSON\n", "local.tsv:1:"},
	} {
		_, err := ner.New(ner.WithGazetteer(strings.NewReader(tc.list), "local.tsv"))
		if assert.Error(t, err, "%.40q", tc.list) {
			assert.Contains(t, err.Error(), tc.want)
		}
	}
}

func TestWithGazetteerFSErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"lists/a.tsv":   {Data: []byte("سامر الخلايلة\tPERSON\n")},
		"lists/bad.tsv": {Data: []byte("# comment\n\nمجلس الزرقاء ORGANIZATION\n")},
	}
	_, err := ner.New(ner.WithGazetteerFS(fsys, "lists/*.tsv"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad:3:")

	_, err = ner.New(ner.WithGazetteerFS(fsys, "lists/[.tsv"))
	assert.Error(t, err, "a malformed pattern is an error")
}

const localNews = "التقى رئيس البلدية سامر الخلايلة أعضاء مجلس مدينة الزرقاء في مصر، " +
	"وقال الخلايلة إن فرنسا ستمول المشروع."

func TestWithGazetteer(t *testing.T) {
	list := "# local politicians\n\uFEFFسامر الخلايلة\tPERSON\r\nمجلس مدينة الزرقاء\tORGANIZATION\n"
	x, err := ner.New(ner.WithGazetteer(strings.NewReader(list), "local"))
	require.NoError(t, err)
	got := sources(x.Extract(localNews))
	assert.Contains(t, got, "PERSON:سامر الخلايلة=سامر الخلايلة@gazetteer:local")
	assert.Contains(t, got, "ORGANIZATION:مجلس مدينة الزرقاء=@gazetteer:local")
	assert.Contains(t, got, "COUNTRY:مصر=EG@gazetteer:countries", "the defaults are still there")
}

func TestWithGazetteerFS(t *testing.T) {
	fsys := fstest.MapFS{
		"lists/politicians.tsv": {Data: []byte("سامر الخلايلة\tPERSON\n")},
		"lists/councils.tsv":    {Data: []byte("مجلس مدينة الزرقاء\tORGANIZATION\n")},
		"lists/README.md":       {Data: []byte("not a list")},
	}
	x, err := ner.New(ner.WithGazetteerFS(fsys, "lists/*.tsv"))
	require.NoError(t, err)
	got := sources(x.Extract(localNews))
	assert.Contains(t, got, "PERSON:سامر الخلايلة=سامر الخلايلة@gazetteer:politicians")
	assert.Contains(t, got, "ORGANIZATION:مجلس مدينة الزرقاء=@gazetteer:councils")
}

func TestWithEntry(t *testing.T) {
	x, err := ner.New(
		ner.WithEntry("مجلس مدينة الزرقاء", gazetteer.Organization, ""),
		ner.WithEntry("وادي السنابل", gazetteer.Location, "JO"),
	)
	require.NoError(t, err)
	got := sources(x.Extract(localNews + " وزار الوفد وادي السنابل."))
	assert.Contains(t, got, "ORGANIZATION:مجلس مدينة الزرقاء=@gazetteer:user")
	assert.Contains(t, got, "LOCATION:وادي السنابل=JO@gazetteer:user")
}

func TestWithoutEntry(t *testing.T) {
	text := "زار الوفد مصر وفرنسا."
	assert.Contains(t, find(extractor(t).Extract(text), ner.Country), "مصر=EG")

	x, err := ner.New(ner.WithoutEntry("مصر", gazetteer.Country))
	require.NoError(t, err)
	got := find(x.Extract(text), ner.Country)
	assert.NotContains(t, got, "مصر=EG")
	assert.Contains(t, got, "فرنسا=FR", "other entries stay")

	// Without a class, every reading of the surface goes.
	x, err = ner.New(ner.WithoutEntry("فرنسا", ""))
	require.NoError(t, err)
	for _, e := range x.Extract(text) {
		assert.NotEqual(t, "فرنسا", e.Text)
	}
}

func TestWithoutClassReplacesList(t *testing.T) {
	list := "مصر\tCOUNTRY\tEG\nأرض الأحلام\tCOUNTRY\tXX\n"
	x, err := ner.New(
		ner.WithoutClass(gazetteer.Country),
		ner.WithGazetteer(strings.NewReader(list), "mycountries"),
	)
	require.NoError(t, err)
	got := x.Extract("زار الوفد مصر وفرنسا ثم أرض الأحلام.")
	assert.Equal(t, []string{"مصر=EG", "أرض الأحلام=XX"}, find(got, ner.Country))
	for _, e := range got {
		if e.Type == ner.Country {
			assert.Equal(t, "gazetteer:mycountries", e.Source)
		}
	}
}

func TestWithoutRules(t *testing.T) {
	text := "وصل الوفد إلى مصر يوم الخميس 21 مارس 2024."
	assert.NotEmpty(t, find(extractor(t).Extract(text), ner.Date))

	x, err := ner.New(ner.WithoutRules(ner.RuleDates))
	require.NoError(t, err)
	got := x.Extract(text)
	assert.Empty(t, find(got, ner.Date))
	assert.Equal(t, []string{"مصر=EG"}, find(got, ner.Country))

	x, err = ner.New(ner.WithoutRules(ner.AllRules))
	require.NoError(t, err)
	assert.Empty(t, x.Extract(localNews+" "+text))

	x, err = ner.New(ner.WithoutRules(ner.RuleGazetteer))
	require.NoError(t, err)
	assert.Empty(t, find(x.Extract(text), ner.Country), "countries come from the lists")
}

func TestWithTypes(t *testing.T) {
	text := "قال وزير الخارجية المصري سامح شكري في القاهرة يوم الخميس إن مصر وفرنسا متفقتان."
	all := extractor(t).Extract(text)
	x, err := ner.New(ner.WithTypes(ner.Country, ner.Date))
	require.NoError(t, err)
	got := x.Extract(text)
	require.NotEmpty(t, got)
	var want []ner.Entity
	for _, e := range all {
		if e.Type == ner.Country || e.Type == ner.Date {
			want = append(want, e)
		}
	}
	assert.Equal(t, want, got, "the entities of those types, as without the option")
}

func TestWithReferenceDate(t *testing.T) {
	text := "وصل الوفد أمس إلى مصر."
	ref := time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)
	x, err := ner.New(ner.WithReferenceDate(ref))
	require.NoError(t, err)
	assert.Equal(t, []string{"أمس=2024-03-20"}, find(x.Extract(text), ner.Date))
	// ExtractAt overrides it; without either, no value.
	assert.Equal(t, []string{"أمس=2024-01-01"}, find(x.ExtractAt(text, time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)), ner.Date))
	assert.Equal(t, []string{"أمس"}, find(extractor(t).Extract(text), ner.Date))
}

// WithWords decides which words the person rules read as ordinary: with
// none, a noun after a title is taken for a name; with a list of one's own,
// a name the default dictionary does not know can be made a word.
func TestWithWords(t *testing.T) {
	const text = "وقال الرئيس السابق محاكمة أخرى تنتظره."
	def, err := ner.New()
	require.NoError(t, err)
	assert.Empty(t, render(def.Extract(text), ner.Person), "محاكمة is a word of the default dictionary")

	none, err := ner.New(ner.WithWords(nil))
	require.NoError(t, err)
	assert.Equal(t, []string{"PERSON:محاكمة"}, render(none.Extract(text), ner.Person))

	mine, err := gazetteer.ParseWords(strings.NewReader("محاكمة\tN\nزيلوترا\tN\n"))
	require.NoError(t, err)
	x, err := ner.New(ner.WithWords(mine))
	require.NoError(t, err)
	assert.Empty(t, render(x.Extract(text), ner.Person))
	assert.Empty(t, render(x.Extract("وقال الرئيس السابق زيلوترا إن الوضع صعب."), ner.Person))
	assert.Equal(t, []string{"PERSON:زيلوترا"}, render(def.Extract("وقال الرئيس السابق زيلوترا إن الوضع صعب."), ner.Person))
}
