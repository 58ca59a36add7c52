package gazetteer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

const testList = `# a small list
إسرائيل	COUNTRY	IL
الولايات المتحدة	COUNTRY	US
الولايات المتحدة الأمريكية	COUNTRY	US
غزة	LOCATION	PS
قطاع غزة	LOCATION	PS
حماس	ORGANIZATION
الأميركي	NATIONALITY	US
أحمد	GIVEN	m
عبد الرحمن	GIVEN	m
عبدالله الثاني	PERSON
`

func build(t *testing.T, list string) *gazetteer.Gazetteer {
	t.Helper()
	b := gazetteer.NewBuilder()
	require.NoError(t, b.Load(strings.NewReader(list), "test"))
	g, err := b.Build()
	require.NoError(t, err)
	return g
}

// match runs MatchAt on every token of text and returns the matched
// source texts with their first entry's class.
func match(g *gazetteer.Gazetteer, text string) []string {
	m := g.Normalizer().Map(text)
	toks := normalize.Tokenize(nil, m.Text)
	all := g.Classes(gazetteer.Country, gazetteer.Location, gazetteer.Organization, gazetteer.Nationality, gazetteer.GivenName, gazetteer.Person)
	var out []string
	for i := 0; i < len(toks); i++ {
		r, ok := g.MatchAt(m.Text, toks, i, all)
		if !ok {
			continue
		}
		s, e := m.Span(int(toks[r.Start].Start)+r.Offset, int(toks[r.End-1].End))
		out = append(out, string(r.Entries[0].Class)+":"+text[s:e])
		i = r.End - 1
	}
	return out
}

func TestMatchAt(t *testing.T) {
	g := build(t, testList)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "زار إسرائيل أمس", []string{"COUNTRY:إسرائيل"}},
		{"spelling variant", "زار اسرائيل", []string{"COUNTRY:اسرائيل"}},
		{"diacritics kept in span", "زار إِسْرَائِيلَ", []string{"COUNTRY:إِسْرَائِيلَ"}},
		{"conjunction outside", "مصر وإسرائيل", []string{"COUNTRY:إسرائيل"}},
		{"preposition outside", "دعوة لحماس", []string{"ORGANIZATION:حماس"}},
		{"conjunction and preposition", "وبغزة", []string{"LOCATION:غزة"}},
		{"longest match", "في قطاع غزة", []string{"LOCATION:قطاع غزة"}},
		{"longest multiword", "الولايات المتحدة الأمريكية", []string{"COUNTRY:الولايات المتحدة الأمريكية"}},
		{"article with conjunction", "والولايات المتحدة", []string{"COUNTRY:الولايات المتحدة"}},
		{"fused lam", "للولايات المتحدة", []string{"COUNTRY:لولايات المتحدة"}},
		{"no line crossing", "الولايات\nالمتحدة", nil},
		{"nationality", "الرئيس الاميركى", []string{"NATIONALITY:الاميركى"}},
		{"tatweel", "حمـــاس", []string{"ORGANIZATION:حمـــاس"}},
		{"unknown", "كلام عادي", nil},
		{"two-letter stem not stripped", "وحماس بغ", []string{"ORGANIZATION:حماس"}},
		{"عبد joined", "وعبدالرحمن", []string{"GIVEN:عبدالرحمن"}},
		{"عبد apart", "عبد الرحمن", []string{"GIVEN:عبد الرحمن"}},
		{"عبد split from the list's joined spelling", "الملك عبد الله الثاني", []string{"PERSON:عبد الله الثاني"}},
		{"عبد before no article", "عبد ربه", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, match(g, tc.text))
		})
	}
}

func TestEntriesAt(t *testing.T) {
	g := build(t, testList)
	country := g.Classes(gazetteer.Country)
	tests := []struct {
		name, text string
		s, e, off  int
		class      string // class of the first entry, or "" for none
	}{
		{"exact entry", "الولايات المتحدة الأمريكية", 0, 2, 0, "COUNTRY"},
		{"longer entry", "الولايات المتحدة الأمريكية", 0, 3, 0, "COUNTRY"},
		{"prefix of an entry is none", "الولايات المتحدة الأمريكية", 0, 1, 0, ""},
		{"after a proclitic", "والولايات المتحدة", 0, 2, len("و"), "COUNTRY"},
		{"proclitic not skipped", "والولايات المتحدة", 0, 2, 0, ""},
		{"class filtered out", "قطاع غزة", 0, 2, 0, ""},
		{"out of range", "مصر", 0, 3, 0, ""},
		{"offset past the token", "مصر", 0, 1, 99, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := g.Normalizer().Map(tc.text)
			toks := normalize.Tokenize(nil, m.Text)
			got := ""
			if en := g.EntriesAt(m.Text, toks, tc.s, tc.e, tc.off, country); en != nil {
				got = string(en[0].Class)
			}
			assert.Equal(t, tc.class, got)
		})
	}
}

func TestMatchAtClassFilter(t *testing.T) {
	g := build(t, testList+"قطاع\tSTOP\n")
	m := g.Normalizer().Map("قطاع غزة")
	toks := normalize.Tokenize(nil, m.Text)
	r, ok := g.MatchAt(m.Text, toks, 0, g.Classes("STOP"))
	require.True(t, ok)
	assert.Equal(t, 1, r.Len())
	r, ok = g.MatchAt(m.Text, toks, 0, g.Classes(gazetteer.Location))
	require.True(t, ok)
	assert.Equal(t, 2, r.Len())
	_, ok = g.MatchAt(m.Text, toks, 0, g.Classes(gazetteer.Country))
	assert.False(t, ok)
	_, ok = g.MatchAt(m.Text, toks, 5, g.Classes(gazetteer.Country))
	assert.False(t, ok, "out of range")
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, list, want string
	}{
		{"one field", "غزة\n", "list.tsv:1: want 2 or 3"},
		{"too many fields", "# c\nغزة\tLOCATION\tPS\tx\n", "list.tsv:2: want 2 or 3"},
		{"lower-case class", "غزة\tlocation\n", "list.tsv:1: class"},
		{"empty surface", "\tLOCATION\n", "list.tsv:1: empty surface"},
		{"punctuation only", "،\tLOCATION\n", ""},
		{"invalid utf-8", "\xff\tLOCATION\n", "list.tsv:1: invalid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := gazetteer.NewBuilder().Load(strings.NewReader(tc.list), "list.tsv")
			if tc.want == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestLoadAcceptsBOMAndCRLF(t *testing.T) {
	g := build(t, "\uFEFFغزة\tLOCATION\tPS\r\nحماس\tORGANIZATION\r\n")
	require.Len(t, g.Lookup("غزة"), 1)
	assert.Equal(t, gazetteer.Entry{Class: gazetteer.Location, Value: "PS", Source: "test"}, g.Lookup("غزة")[0])
	assert.Equal(t, gazetteer.Entry{Class: gazetteer.Organization, Source: "test"}, g.Lookup("حماس")[0])
}

func TestBuilderEdits(t *testing.T) {
	b := gazetteer.NewBuilder()
	require.NoError(t, b.Load(strings.NewReader(testList), "test"))
	b.Add("غزة", gazetteer.Entry{Class: gazetteer.Location, Value: "PS", Source: "test"}) // duplicate
	b.Add("رفح", gazetteer.Entry{Class: gazetteer.Location, Source: "user"})
	b.Remove("حماس", "")
	b.Remove("إسرائيل", gazetteer.Location) // no such entry: nothing removed
	b.RemoveClass(gazetteer.Nationality)
	g, err := b.Build()
	require.NoError(t, err)
	assert.Len(t, g.Lookup("غزه"), 1, "normalized lookup, no duplicate")
	assert.Equal(t, "user", g.Lookup("رفح")[0].Source)
	assert.Empty(t, g.Lookup("حماس"))
	assert.Len(t, g.Lookup("إسرائيل"), 1)
	assert.Empty(t, g.Lookup("الأميركي"))
	assert.Zero(t, g.Classes(gazetteer.Nationality))
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"lists/a.tsv": {Data: []byte("غزة\tLOCATION\tPS\n")},
		"lists/b.tsv": {Data: []byte("حماس\tORGANIZATION\nbad line\n")},
	}
	b := gazetteer.NewBuilder()
	err := b.LoadFS(fsys, "lists/*.tsv")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "b:2:")
	b = gazetteer.NewBuilder()
	require.NoError(t, b.LoadFS(fsys, "lists/a.tsv"))
	g, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, "a", g.Lookup("غزة")[0].Source)
}

func TestDefault(t *testing.T) {
	b, err := gazetteer.Default()
	require.NoError(t, err)
	g, err := b.Build()
	require.NoError(t, err)
	assert.Greater(t, g.Len(), 100)
	for _, tc := range []struct{ surface, value string }{
		{"مصر", "EG"}, {"الولايات المتحدة", "US"}, {"المجر", "HU"}, {"هنغاريا", "HU"},
		{"الدنمارك", "DK"}, {"الدانمرك", "DK"}, {"المملكة المتحدة", "GB"},
	} {
		var codes []string
		for _, e := range g.Lookup(tc.surface) {
			if e.Class == gazetteer.Country {
				codes = append(codes, e.Value)
			}
		}
		assert.Contains(t, codes, tc.value, tc.surface)
	}
}

func TestTooManyClasses(t *testing.T) {
	b := gazetteer.NewBuilder()
	for i := 0; i < 65; i++ {
		b.Add("كلمة", gazetteer.Entry{Class: gazetteer.Class("C" + strings.Repeat("X", i))})
	}
	_, err := b.Build()
	assert.Error(t, err)
}
