package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkOffsets checks the invariants of a Mapped: Start is in range and
// non-decreasing, End is in range and not before Start, and the whole text
// maps into the source.
func checkOffsets(t testing.TB, m *Mapped) {
	t.Helper()
	src := m.Source()
	prev := 0
	for i := 0; i <= len(m.Text); i++ {
		s := m.Start(i)
		if s < prev || s > len(src) {
			t.Fatalf("%q: Start(%d) = %d after %d, source length %d", src, i, s, prev, len(src))
		}
		prev = s
		if e := m.End(i); e < 0 || e > len(src) {
			t.Fatalf("%q: End(%d) = %d, source length %d", src, i, e, len(src))
		}
	}
	if s := m.Start(len(m.Text)); s != len(src) {
		t.Fatalf("%q: Start(len(Text)) = %d, want %d", src, s, len(src))
	}
	s, e := m.Span(0, len(m.Text))
	if s < 0 || s > e || e > len(src) {
		t.Fatalf("%q: Span(0, len(Text)) = %d, %d", src, s, e)
	}
	// Only characters that normalization drops (format characters) may lie
	// outside the span of the whole text.
	if rest := New(Default).String(src[e:]); rest != "" && len(m.Text) > 0 {
		t.Fatalf("%q: Span(0, len(Text)) = %d, %d leaves %q outside", src, s, e, rest)
	}
}

func TestOffsetsInvariants(t *testing.T) {
	for _, f := range allForms {
		n := New(f)
		for _, s := range samples {
			m := n.Map(s)
			checkOffsets(t, &m)
			assert.Equal(t, s, m.Source())
		}
	}
}

func TestSpanWord(t *testing.T) {
	n := New(Default)
	src := "قالت وزارة الصحة في غَزَّةَ، إنَّ الـمستشفى ﻻ يعمل"
	m := n.Map(src)
	require.Equal(t, "قالت وزاره الصحه في غزه، ان المستشفي لا يعمل", m.Text)
	tests := []struct {
		norm, orig string
	}{
		{"قالت", "قالت"},
		{"وزاره", "وزارة"},
		{"الصحه", "الصحة"},
		{"غزه", "غَزَّةَ"},
		{"ان", "إنَّ"},
		{"المستشفي", "الـمستشفى"},
		{"لا", "ﻻ"},
		{"يعمل", "يعمل"},
		{"غزه، ان", "غَزَّةَ، إنَّ"},
		{m.Text, src},
	}
	for _, tt := range tests {
		i := strings.Index(m.Text, tt.norm)
		require.GreaterOrEqual(t, i, 0, tt.norm)
		s, e := m.Span(i, i+len(tt.norm))
		assert.Equal(t, tt.orig, src[s:e], tt.norm)
	}
}

func TestSpanWholeWord(t *testing.T) {
	// Normalizing a word and mapping all of it back gives the original
	// bytes, diacritics included.
	for _, w := range []string{"غَزَّةَ", "مُحَمَّدٌ", "الـقـدس", "إسرائيلَ", "ﺍﻟﺴﻼﻡ", "٢٠٢٤م"} {
		m := New(Default).Map(w)
		s, e := m.Span(0, len(m.Text))
		assert.Equal(t, w, w[s:e])
	}
}

func TestSpanLeadingAndTrailingDropped(t *testing.T) {
	src := "\u200f\ufeffغزة\u200e"
	m := New(Default).Map(src)
	require.Equal(t, "غزه", m.Text)
	s, e := m.Span(0, len(m.Text))
	assert.Equal(t, "غزة", src[s:e], "format characters around a word are outside its span")
	assert.Equal(t, 6, m.Start(0))
	assert.Equal(t, 6, m.Start(-1))
}

func TestSpanInsideExpansion(t *testing.T) {
	// ﻻ expands to two letters; each maps back to the whole ligature.
	src := "ﻻعب"
	m := New(Default).Map(src)
	require.Equal(t, "لاعب", m.Text)
	assert.Equal(t, [2]int{0, 3}, span(&m, 0, 2))
	assert.Equal(t, [2]int{0, 3}, span(&m, 2, 4))
	assert.Equal(t, [2]int{0, 3}, span(&m, 0, 1), "an end inside a character")
	assert.Equal(t, [2]int{3, 7}, span(&m, 4, 8))
}

func TestSpanEmpty(t *testing.T) {
	m := New(Default).Map("")
	assert.Equal(t, "", m.Text)
	assert.Equal(t, 0, m.Start(0))
	assert.Equal(t, 0, m.End(0))
	assert.Equal(t, [2]int{0, 0}, span(&m, 0, 0))

	m = New(Default).Map("\u064e\u0640")
	assert.Equal(t, "", m.Text)
	assert.Equal(t, [2]int{4, 4}, span(&m, 0, 0))

	var zero Mapped
	assert.Equal(t, [2]int{0, 0}, span(&zero, 0, 0))
}

func TestSpanOutOfRange(t *testing.T) {
	src := "غزة"
	m := New(Default).Map(src)
	assert.Equal(t, [2]int{0, len(src)}, span(&m, -5, 100))
	assert.Equal(t, [2]int{len(src), len(src)}, span(&m, 100, 1))
}
