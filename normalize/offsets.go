package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Mapped is a normalized text with a map back to the text it came from.
type Mapped struct {
	// Text is the normalized text. It is valid UTF-8 even when the source
	// is not: each invalid byte becomes U+FFFD.
	Text string
	src  string
	off  []int32 // off[i]: source offset of the character that produced Text[i]; off[len(Text)] == len(src)
}

// Source returns the text that was normalized.
func (m *Mapped) Source() string { return m.src }

// Start returns the source offset where the character at normalized byte
// offset i begins. Start(len(Text)) is len(Source()). Characters that
// normalization dropped before the first kept one (a leading byte order mark
// or bidi mark) are not part of the span that starts at 0.
func (m *Mapped) Start(i int) int {
	if i < 0 {
		i = 0
	}
	if len(m.off) == 0 {
		return 0 // the zero Mapped
	}
	if i >= len(m.off) {
		return len(m.src)
	}
	return int(m.off[i])
}

// End returns the source offset just past the character that produced the
// normalized byte end-1, together with the marks that normalization dropped
// after it (diacritics, tatweel, zero-width characters). It is the end of
// the source span of the normalized span [start, end).
func (m *Mapped) End(end int) int {
	if end <= 0 || len(m.off) == 0 {
		return m.Start(0)
	}
	if end > len(m.off)-1 {
		end = len(m.off) - 1
	}
	last := int(m.off[end-1])
	_, size := utf8.DecodeRuneInString(m.src[last:])
	e := last + size
	limit := int(m.off[end])
	// Extend over the marks dropped after the last character (diacritics,
	// tatweel), but not over dropped format characters such as bidi
	// controls, which belong to no word.
	for e < limit {
		r, size := utf8.DecodeRuneInString(m.src[e:])
		if r != 0x0640 && !unicode.Is(unicode.Mn, r) {
			break
		}
		e += size
	}
	return e
}

// Span maps the normalized byte span [start, end) to the source span.
func (m *Mapped) Span(start, end int) (int, int) {
	s := m.Start(start)
	e := m.End(end)
	if e < s {
		e = s
	}
	return s, e
}
