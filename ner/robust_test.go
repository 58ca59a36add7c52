package ner_test

// Tests of the behaviour documented in README.md, section "Bad input": what
// Extract does with empty, invalid, odd or very large input.

import (
	"bufio"
	"context"
	"errors"
	"io/fs"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/ner"
)

// checkSpans asserts the invariants every result keeps: entities sorted,
// non-overlapping, inside the text, with text[Start:End] == Text, and Text
// and Value valid UTF-8.
func checkSpans(t *testing.T, text string, ents []ner.Entity) {
	t.Helper()
	prevEnd := 0
	for _, e := range ents {
		require.GreaterOrEqual(t, e.Start, prevEnd, "entity %+v overlaps or is out of order", e)
		require.Greater(t, e.End, e.Start, "empty entity %+v", e)
		require.LessOrEqual(t, e.End, len(text), "entity %+v past the end", e)
		require.Equal(t, text[e.Start:e.End], e.Text, "entity %+v", e)
		require.True(t, utf8.ValidString(e.Text), "entity text %q is not valid UTF-8", e.Text)
		require.True(t, utf8.ValidString(e.Value), "entity value %q is not valid UTF-8", e.Value)
		prevEnd = e.End
	}
}

// find returns the entities of type typ, as "text=value" (or "text" when
// the value is empty).
func find(ents []ner.Entity, typ ner.Type) []string {
	var out []string
	for _, e := range ents {
		if e.Type == typ {
			s := e.Text
			if e.Value != "" {
				s += "=" + e.Value
			}
			out = append(out, s)
		}
	}
	return out
}

func TestEmptyInput(t *testing.T) {
	x := extractor(t)
	assert.Nil(t, x.Extract(""))
	assert.Nil(t, x.ExtractAt("", time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)))
	ents, err := x.ExtractContext(context.Background(), "", time.Time{})
	assert.NoError(t, err)
	assert.Nil(t, ents)
	for _, s := range []string{" ", "\n\n\t", "،.؟!", "\u200f\u200e\u200c", "ـــ"} {
		assert.Empty(t, x.Extract(s), "%q", s)
	}
}

// Invalid bytes never belong to an entity and never hide the entities around
// them; offsets are offsets of the input bytes.
func TestInvalidUTF8(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want []string // COUNTRY entities
	}{
		{"\xffمصر\xfe", []string{"مصر=EG"}},
		{"زار \xc3مصر و\xe2\x82فرنسا\xff", []string{"مصر=EG", "فرنسا=FR"}},
		{"\xed\xa0\x80الأردن \xc0\xafسوريا", []string{"الأردن=JO", "سوريا=SY"}},
		{"مصر\x80\x80\x80\x80\x80\x80\x80\x80فرنسا", []string{"مصر=EG", "فرنسا=FR"}},
		// A truncated last character.
		{"وصل إلى فرنسا ثم مص" + "\xd8", []string{"فرنسا=FR"}},
		// Invalid bytes between the words of a multi-word name.
		{"الولايات \xff المتحدة", nil},
	} {
		ents := x.Extract(tc.text)
		checkSpans(t, tc.text, ents)
		assert.Equal(t, tc.want, find(ents, ner.Country), "%q", tc.text)
	}
}

func TestControlCharacters(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"مصر\x00فرنسا", []string{"مصر=EG", "فرنسا=FR"}},
		{"\x00\x01\x02 الأردن\x07\x08\x1b[31m سوريا\x7f", []string{"الأردن=JO", "سوريا=SY"}},
		{"زار\tمصر\vو\fفرنسا\r\nثم\u0085لبنان", []string{"مصر=EG", "فرنسا=FR", "لبنان=LB"}},
		// Bidi controls, zero-width characters and the BOM before a name.
		{"\ufeff\u202bمصر \u200fفرنسا \u2066لبنان", []string{"مصر=EG", "فرنسا=FR", "لبنان=LB"}},
		{strings.Repeat("\x00", 1000) + "مصر" + strings.Repeat("\x00", 1000), []string{"مصر=EG"}},
	} {
		ents := x.Extract(tc.text)
		checkSpans(t, tc.text, ents)
		assert.Equal(t, tc.want, find(ents, ner.Country), "%q", tc.text)
	}
}

// Invisible format characters (bidi marks and embeddings, zero-width
// joiners) after a name are not part of its span, as they are not before it.
func TestFormatCharactersOutsideSpans(t *testing.T) {
	x := extractor(t)
	text := "\u202bمصر\u202c \u200fفرنسا\u200f \u2066لبنان\u2069 الأردن\u200d."
	ents := x.Extract(text)
	checkSpans(t, text, ents)
	assert.Equal(t, []string{"مصر=EG", "فرنسا=FR", "لبنان=LB", "الأردن=JO"}, find(ents, ner.Country))
}

// A change of script ends a word: an Arabic name glued to Latin letters
// (الأردنJordan, the "m" of an ANSI colour code) is still found.
func TestScriptChangeEndsWord(t *testing.T) {
	x := extractor(t)
	text := "الأردنJordan و\x1b[31mسوريا\x1b[0m وEgyptمصر"
	ents := x.Extract(text)
	checkSpans(t, text, ents)
	assert.Equal(t, []string{"الأردن=JO", "سوريا=SY", "مصر=EG"}, find(ents, ner.Country))
}

func TestLatinAndMixedScript(t *testing.T) {
	x := extractor(t)
	latin := "The United Nations said on Monday that Joe Biden met Egypt's president in Cairo. " +
		"Paris, London and New York; e-mail: news@example.com <b>bold</b> & co."
	ents := x.Extract(latin)
	checkSpans(t, latin, ents)
	assert.Empty(t, ents, "Latin-only text names nothing Kashif knows")
	// Numeric dates are dates in any script.
	iso := "Published 2024-03-21 in English."
	ents = x.Extract(iso)
	checkSpans(t, iso, ents)
	assert.Equal(t, []string{"2024-03-21=2024-03-21"}, find(ents, ner.Date))

	mixed := "قال مراسل Reuters إن وفد France 24 وصل إلى مصر (Egypt) قادما من فرنسا،" +
		" ونشرت BBC العربية الخبر عن الأردن Jordan والعراق123."
	ents = x.Extract(mixed)
	checkSpans(t, mixed, ents)
	// (Egypt) glosses مصر: the same country in Latin script.
	assert.Equal(t, []string{"مصر=EG", "Egypt=EG", "فرنسا=FR", "الأردن=JO", "العراق=IQ"}, find(ents, ner.Country))

	// Other scripts: Cyrillic, CJK, emoji, Hebrew, Persian letters.
	other := "Москва 北京 🇪🇬 ירושלים مصر 😀👍🏽 گزارش ایران"
	ents = x.Extract(other)
	checkSpans(t, other, ents)
	assert.Contains(t, find(ents, ner.Country), "مصر=EG")
}

// stripMarks removes the Arabic diacritics and the tatweel.
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 {
			return -1
		}
		return r
	}, s)
}

// Diacritics change nothing but the spans, which cover them.
func TestDiacritics(t *testing.T) {
	x := extractor(t)
	voweled := "قَالَ وَزِيرُ الخَارِجِيَّةِ المِصْرِيُّ إِنَّ مِصْرَ وَفَرَنْسَا وَالأُرْدُنَّ " +
		"اِتَّفَقَتْ فِي القَاهِرَةِ عَلَى دَعْمِ الأُمَمِ المُتَّحِدَةِ. وَزَارَ جُو بَايْدَنْ السُّعُودِيَّةَ " +
		"يَوْمَ الخَمِيسِ ١٥ مَارِسَ ٢٠٢٤."
	plain := stripMarks(voweled)
	require.NotEqual(t, voweled, plain)

	got := x.Extract(voweled)
	want := x.Extract(plain)
	checkSpans(t, voweled, got)
	require.NotEmpty(t, want)
	require.Len(t, got, len(want), "voweled: %v\nplain: %v", got, want)
	for i := range want {
		g, w := got[i], want[i]
		assert.Equal(t, w.Type, g.Type, "entity %d", i)
		assert.Equal(t, w.Text, stripMarks(g.Text), "entity %d: %q without its marks", i, g.Text)
		assert.Equal(t, stripMarks(w.Value), stripMarks(g.Value), "entity %d", i)
		// The span takes in the marks of its last letter.
		if g.End < len(voweled) {
			r, _ := utf8.DecodeRuneInString(voweled[g.End:])
			assert.False(t, r >= 0x064B && r <= 0x065F, "entity %d %q stops before the mark %U", i, g.Text, r)
		}
	}
	assert.Contains(t, find(got, ner.Country), "مِصْرَ=EG")
	assert.Contains(t, find(got, ner.Country), "فَرَنْسَا=FR")

	// Marks alone, and marks with no letter before them.
	for _, s := range []string{"\u064e\u064f\u0650\u0651\u0652", strings.Repeat("\u0651", 5000), "\u064eمصر"} {
		checkSpans(t, s, x.Extract(s))
	}
}

// countryNames are names of countries with their codes, none of which is
// part of a longer name when listed one after the other.
var countryNames = []struct{ name, code string }{
	{"مصر", "EG"}, {"فرنسا", "FR"}, {"الأردن", "JO"}, {"ألمانيا", "DE"},
	{"اليابان", "JP"}, {"البرازيل", "BR"}, {"المملكة المتحدة", "GB"}, {"تركيا", "TR"},
	{"إيطاليا", "IT"}, {"الهند", "IN"}, {"كندا", "CA"}, {"السعودية", "SA"},
	{"الولايات المتحدة", "US"}, {"روسيا", "RU"}, {"الصين", "CN"}, {"إسبانيا", "ES"},
	{"المغرب", "MA"}, {"تونس", "TN"}, {"الجزائر", "DZ"}, {"العراق", "IQ"},
}

// An article that lists 5,000 countries: every one is found, at its offset.
func TestManyEntities(t *testing.T) {
	const n = 5000
	x := extractor(t)
	var b strings.Builder
	b.WriteString("شاركت في القمة الدول التالية: ")
	type want struct {
		start int
		name  string
		code  string
	}
	wants := make([]want, 0, n)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString("، ")
		}
		c := countryNames[i%len(countryNames)]
		wants = append(wants, want{b.Len(), c.name, c.code})
		b.WriteString(c.name)
	}
	b.WriteString(".")
	text := b.String()

	ents := x.Extract(text)
	checkSpans(t, text, ents)
	var countries []ner.Entity
	for _, e := range ents {
		if e.Type == ner.Country {
			countries = append(countries, e)
		}
	}
	require.Len(t, countries, n, "all %d countries", n)
	for i, w := range wants {
		e := countries[i]
		if e.Start != w.start || e.Text != w.name || e.Value != w.code {
			t.Fatalf("country %d: got %q=%s at %d, want %q=%s at %d", i, e.Text, e.Value, e.Start, w.name, w.code, w.start)
		}
	}
}

// allocated runs f and returns the bytes it allocated in all.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// 10 MB without a space or a line break: Extract finishes (in linear time:
// a quadratic pass would not finish within the test timeout) and allocates
// O(n) bytes. The constant is per token: about 6 bytes per input byte for a
// text of long words, up to about 150 for one-byte tokens (invalid bytes,
// punctuation), entities included.
func TestHugeToken(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB inputs; skipped with -short")
	}
	x := extractor(t)
	const size = 10 << 20
	for _, tc := range []struct {
		name string
		unit string
	}{
		{"one letter", "ب"},
		{"country names glued", "مصر"},
		{"names and commas", "مصر،فرنسا،"},
		{"digits", "٢٠٢٤"},
		{"marks", "\u0651"},
		{"nul", "\x00"},
		{"invalid", "\xff"},
		{"full stops", "."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Repeat(tc.unit, size/len(tc.unit))
			var ents []ner.Entity
			total := allocated(func() { ents = x.Extract(text) })
			checkSpans(t, text, ents)
			t.Logf("%d bytes in, %d entities, %d bytes allocated (%.1f per input byte)",
				len(text), len(ents), total, float64(total)/float64(len(text)))
			// A generous bound: normalized text, offset map, tokens and
			// per-token tables, grown by append, and the entities.
			assert.Less(t, total, uint64(256*len(text)), "allocation is not O(n) with a sane constant")
		})
	}
}

// Cancelling the context stops Extract on a long text, with ctx.Err().
func TestExtractContextCancelled(t *testing.T) {
	x := extractor(t)
	text := strings.Repeat("أكد وزير الخارجية المصري سامح شكري في القاهرة يوم الخميس أن مصر وفرنسا تدعمان الحل. ", 50000) // ~4.5 MB

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ents, err := x.ExtractContext(ctx, text, time.Time{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, ents)

	// A cancelled context does less than the work of a full run. (It
	// still normalizes and tokenizes the text before it first looks at
	// ctx: about half of a full run's allocation.)
	full := allocated(func() { x.Extract(text) })
	cancelled := allocated(func() { _, _ = x.ExtractContext(ctx, text, time.Time{}) })
	t.Logf("full run %d bytes, cancelled %d bytes", full, cancelled)
	assert.Less(t, cancelled, full, "a cancelled run does all the work")

	ctx, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	_, err = x.ExtractContext(ctx, text, time.Time{})
	assert.ErrorIs(t, err, context.DeadlineExceeded)

	// Cancelled while running: the call returns ctx.Err(), not entities.
	ctx, cancel3 := context.WithCancel(context.Background())
	started := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		close(started)
		_, err := x.ExtractContext(ctx, text+text, time.Time{})
		done <- err
	}()
	<-started
	cancel3()
	err = <-done
	if err != nil {
		assert.True(t, errors.Is(err, context.Canceled), "err = %v", err)
	}

	// Not cancelled: the same result as Extract.
	ents, err = x.ExtractContext(context.Background(), text[:5000], time.Time{})
	require.NoError(t, err)
	assert.Equal(t, x.Extract(text[:5000]), ents)
}

// Every list entry alone, at the very start and the very end of a text and
// next to punctuation, is read without panicking: the rules look one or two
// tokens around a word, and the edges of a text are where they may fall off.
func TestListEntriesAtTextEdges(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every list entry")
	}
	x := extractor(t)
	surfaces, err := listSurfaces()
	require.NoError(t, err)
	for _, surface := range surfaces {
		for _, text := range []string{surface, "و" + surface, surface + " .", "( " + surface, "قال " + surface, surface + " قال"} {
			checkSpans(t, text, x.Extract(text))
		}
	}
	require.Greater(t, len(surfaces), 10000, "the lists were read")
}

// listSurfaces returns the surface form of every entry of the embedded
// lists, in file order.
func listSurfaces() ([]string, error) {
	data := gazetteer.Data()
	names, err := fs.Glob(data, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, name := range names {
		f, err := data.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			surface, _, _ := strings.Cut(line, "\t")
			out = append(out, surface)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
