package gazetteer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseWords(t *testing.T) {
	ws, err := ParseWords(strings.NewReader("# a comment\nمحاكمة\tN\n\nتناول\tV\nعلى\tF\nكتاب\nمحاكمة\tN\n"))
	require.NoError(t, err)
	assert.Equal(t, 4, ws.Len(), "a repeated word counts once")
	tests := []struct {
		word string
		want WordKind
	}{
		{"محاكمه", Noun}, // stored normalized: ة reads as ه
		{"تناول", Verb},
		{"علي", Function}, // ى reads as ي
		{"كتاب", AnyKind}, // no kinds given: every kind
		{"كتب", 0},
		{"", 0},
		{"# a comment", 0},
		{"محاكم", 0}, // a prefix of a word is no word
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ws.Kind(tt.word), tt.word)
		assert.Equal(t, tt.want != 0, ws.Has(tt.word), tt.word)
	}
}

func TestDefaultWords(t *testing.T) {
	ws := DefaultWords()
	assert.Greater(t, ws.Len(), 90000)
	assert.Same(t, ws, DefaultWords(), "built once")
	for word, want := range map[string]WordKind{
		"قرار":   Noun,
		"استطاع": Verb,
		"محاكمه": Noun,
	} {
		assert.NotZero(t, ws.Kind(word)&want, word)
	}
	for _, name := range []string{"بايدن", "سوليفان", "غالانت", "اوستن"} {
		assert.False(t, ws.Has(name), "%s is no ordinary word", name)
	}
	var nilSet *Words
	assert.False(t, nilSet.Has("قرار"))
	assert.Zero(t, nilSet.Len())
}

func BenchmarkWordsKind(b *testing.B) {
	ws := DefaultWords()
	words := []string{"قرار", "بايدن", "استطاع", "محاكمه", "سوليفان"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ws.Kind(words[i%len(words)])
	}
}

func BenchmarkDefaultWordsBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		newWords(ayaspell, false)
	}
}

func TestWordsKindJoined(t *testing.T) {
	ws, err := ParseWords(strings.NewReader("اداره\tN\n"))
	require.NoError(t, err)
	assert.Equal(t, Noun, ws.KindJoined("ادار", "ه"))
	assert.Equal(t, Noun, ws.KindJoined("", "اداره"))
	assert.Zero(t, ws.KindJoined("ادار", "ت"))
	assert.Zero(t, ws.KindJoined("اداره", "ه"))
}
