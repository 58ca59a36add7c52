package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStemVocabulary checks Stem against testdata/stem_vocab.txt, in the
// manner of the vocabulary tests of github.com/kljensen/snowball.
func TestStemVocabulary(t *testing.T) {
	f, err := os.Open("testdata/stem_vocab.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		word, want, ok := strings.Cut(text, "\t")
		require.True(t, ok, "line %d: no tab in %q", line, text)
		assert.Equal(t, want, Stem(word), "line %d: Stem(%q)", line, word)
		n++
	}
	require.NoError(t, sc.Err())
	assert.GreaterOrEqual(t, n, 100, "vocabulary size")
}

func TestStemSteps(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{"article", "الكتاب", "كتاب"},
		{"conjunction and article", "والكتاب", "كتاب"},
		{"preposition and article", "بالكتاب", "كتاب"},
		{"ka and article", "كالكتاب", "كتاب"},
		{"fa and article", "فالكتاب", "كتاب"},
		{"fused lam", "للكتاب", "كتاب"},
		{"conjunction alone", "ومجلس", "مجلس"},
		{"other prepositions kept", "بمجلس", "بمجلس"},
		{"article needs two letters after it", "الم", "الم"},
		{"conjunction needs three letters after it", "ولد", "ولد"},
		{"pronoun", "كتابها", "كتاب"},
		{"dual", "كتابان", "كتاب"},
		{"feminine plural", "معلمات", "معلم"},
		{"masculine plural", "معلمون", "معلم"},
		{"oblique plural", "معلمين", "معلم"},
		{"nisba feminine", "العربية", "عرب"},
		{"teh marbuta", "مدرسة", "مدرس"},
		{"suffixes in sequence", "سياراتها", "سيار"},
		{"suffix needs two letters before it", "به", "به"},
		{"diacritics", "مُعَلِّمَاتٌ", "معلم"},
		{"alef forms", "الإمارات", "امار"},
		{"empty", "", ""},
		{"marks only", "\u064e\u0651", ""},
		{"Latin", "Reuters", "Reuters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Stem(tt.word))
		})
	}
}

// TestStemProperties checks that a stem is a part of the normalized word
// and keeps at least two letters of it.
func TestStemProperties(t *testing.T) {
	for _, s := range samples {
		for _, w := range strings.Fields(s) {
			checkStem(t, w)
		}
	}
}

func checkStem(t testing.TB, w string) {
	t.Helper()
	norm := New(Default).String(w)
	st := Stem(w)
	if !strings.Contains(norm, st) {
		t.Fatalf("Stem(%q) = %q, not part of %q", w, st, norm)
	}
	if n := utf8.RuneCountInString(st); n < min(2, utf8.RuneCountInString(norm)) {
		t.Fatalf("Stem(%q) = %q is too short", w, st)
	}
}
