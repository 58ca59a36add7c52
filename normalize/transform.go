package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// The Normalizer implements transform.SpanningTransformer.
var _ transform.SpanningTransformer = (*Normalizer)(nil)

// Reset implements transform.Transformer. A Normalizer keeps no state, so
// Reset does nothing.
func (n *Normalizer) Reset() {}

// Transform implements transform.Transformer. It writes the normalized form
// of src to dst. It returns transform.ErrShortSrc when src ends inside a
// UTF-8 sequence and atEOF is false, and transform.ErrShortDst when dst
// cannot hold the output of the next character. At EOF, each byte of an
// incomplete or invalid sequence becomes U+FFFD, as in String.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var buf [maxCompat]byte
	for nSrc < len(src) {
		c := src[nSrc]
		if c < utf8.RuneSelf {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		var out []byte
		if r == utf8.RuneError && size == 1 {
			out = append(buf[:0], "\uFFFD"...)
		} else {
			out = n.appendRune(buf[:0], r)
		}
		if len(dst)-nDst < len(out) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// Span implements transform.SpanningTransformer. It returns the length of
// the longest prefix of src that n leaves unchanged, with
// transform.ErrEndOfSpan if n would change the byte that follows, or
// transform.ErrShortSrc if src ends inside a UTF-8 sequence and atEOF is
// false.
func (n *Normalizer) Span(src []byte, atEOF bool) (int, error) {
	i := 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if !atEOF && !utf8.FullRune(src[i:]) {
			return i, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 || step(r)&n.form != 0 {
			return i, transform.ErrEndOfSpan
		}
		i += size
	}
	return i, nil
}
