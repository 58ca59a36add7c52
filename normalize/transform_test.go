package normalize

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestTransformString(t *testing.T) {
	for _, f := range allForms {
		n := New(f)
		for _, s := range samples {
			got, nSrc, err := transform.String(n, s)
			require.NoError(t, err)
			assert.Equal(t, len(s), nSrc)
			assert.Equal(t, n.String(s), got, "form %b, %q", f, s)

			b, _, err := transform.Bytes(n, []byte(s))
			require.NoError(t, err)
			assert.Equal(t, n.String(s), string(b))
		}
	}
}

func TestTransformReaders(t *testing.T) {
	readers := map[string]func(io.Reader) io.Reader{
		"OneByteReader": iotest.OneByteReader,
		"HalfReader":    iotest.HalfReader,
		"DataErrReader": iotest.DataErrReader,
	}
	long := strings.Repeat(samples[2]+samples[4]+samples[9], 200) // crosses the reader's buffer
	for name, wrap := range readers {
		for _, s := range append(samples, long) {
			n := New(Default)
			r := transform.NewReader(wrap(strings.NewReader(s)), n)
			got, err := io.ReadAll(r)
			require.NoError(t, err, name)
			assert.Equal(t, n.String(s), string(got), "%s: %q", name, s)
		}
	}
}

func TestTransformWriter(t *testing.T) {
	s := strings.Repeat(samples[3]+samples[5], 100)
	n := New(Default)
	var buf bytes.Buffer
	w := transform.NewWriter(&buf, n)
	for i := 0; i < len(s); i += 7 {
		_, err := io.WriteString(w, s[i:min(i+7, len(s))])
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	assert.Equal(t, n.String(s), buf.String())
}

// transformChunks runs n.Transform by hand, giving it src in chunks of at
// most srcChunk bytes and a destination of dstSize bytes.
func transformChunks(t testing.TB, n *Normalizer, s string, srcChunk, dstSize int) string {
	t.Helper()
	var out []byte
	dst := make([]byte, dstSize)
	src := []byte(s)
	for pos, end := 0, 0; ; {
		end = max(end, min(pos+srcChunk, len(src)))
		atEOF := end == len(src)
		nDst, nSrc, err := n.Transform(dst, src[pos:end], atEOF)
		out = append(out, dst[:nDst]...)
		pos += nSrc
		switch err {
		case nil:
			if atEOF {
				require.Equal(t, len(src), pos)
				return string(out)
			}
		case transform.ErrShortSrc:
			require.False(t, atEOF, "ErrShortSrc at EOF")
			end++ // give it one more byte
		case transform.ErrShortDst:
			require.True(t, nDst > 0 || nSrc > 0 || dstSize < maxCompat, "no progress with a large dst")
			if nDst == 0 && nSrc == 0 {
				dst = make([]byte, 2*len(dst))
			}
		default:
			t.Fatalf("unexpected error %v", err)
		}
	}
}

func TestTransformChunks(t *testing.T) {
	n := New(Default)
	for _, s := range samples {
		for _, chunk := range []int{1, 2, 3, 5, 64} {
			for _, dstSize := range []int{1, 3, 4, 40, 4096} {
				assert.Equal(t, n.String(s), transformChunks(t, n, s, chunk, dstSize),
					"%q chunk %d dst %d", s, chunk, dstSize)
			}
		}
	}
}

func TestTransformErrors(t *testing.T) {
	n := New(Default)
	dst := make([]byte, 100)

	nDst, nSrc, err := n.Transform(dst, []byte("ab\xd8"), false)
	assert.Equal(t, transform.ErrShortSrc, err, "incomplete character before EOF")
	assert.Equal(t, 2, nDst)
	assert.Equal(t, 2, nSrc)

	nDst, nSrc, err = n.Transform(dst, []byte("ab\xd8"), true)
	assert.NoError(t, err, "incomplete character at EOF")
	assert.Equal(t, "ab\uFFFD", string(dst[:nDst]))
	assert.Equal(t, 3, nSrc)

	nDst, nSrc, err = n.Transform(dst, []byte("\xd8a"), false)
	assert.NoError(t, err, "invalid, not incomplete")
	assert.Equal(t, "\uFFFDa", string(dst[:nDst]))
	assert.Equal(t, 2, nSrc)

	nDst, nSrc, err = n.Transform(dst[:10], []byte("aﷺ"), true)
	assert.Equal(t, transform.ErrShortDst, err, "the expansion of ﷺ does not fit")
	assert.Equal(t, 1, nDst)
	assert.Equal(t, 1, nSrc)

	nDst, nSrc, err = n.Transform(dst[:0], []byte("\u064e"), true)
	assert.NoError(t, err, "a dropped character needs no room")
	assert.Equal(t, 0, nDst)
	assert.Equal(t, 2, nSrc)
}

func TestSpanTransformer(t *testing.T) {
	n := New(Default)
	tests := []struct {
		in    string
		atEOF bool
		n     int
		err   error
	}{
		{"", true, 0, nil},
		{"abc قال", true, len("abc قال"), nil},
		{"غزة", true, len("غز"), transform.ErrEndOfSpan},
		{"ab\xff", true, 2, transform.ErrEndOfSpan},
		{"قال\xd9", false, len("قال"), transform.ErrShortSrc},
		{"قال\xd9", true, len("قال"), transform.ErrEndOfSpan},
		{"\uFFFD", true, 3, nil},
	}
	for _, tt := range tests {
		got, err := n.Span([]byte(tt.in), tt.atEOF)
		assert.Equal(t, tt.n, got, "%q", tt.in)
		assert.Equal(t, tt.err, err, "%q", tt.in)
	}
	for _, s := range samples {
		k, err := n.Span([]byte(s), true)
		assert.Equal(t, s[:k], n.String(s[:k]), "the span is normal")
		if err == nil {
			assert.Equal(t, s, n.String(s))
		} else {
			_, size := utf8.DecodeRuneInString(s[k:])
			c := s[k : k+size]
			assert.True(t, !utf8.ValidString(c) || n.String(c) != c,
				"%q: Span stops at %q, which is normal", s, c)
		}
	}
}

func TestTransformChain(t *testing.T) {
	// NFC first composes ا + U+0653 into آ, which FoldAlef then folds.
	n := New(Default)
	n.Reset()
	got, _, err := transform.String(transform.Chain(norm.NFC, n), "\u0627\u0653مال")
	require.NoError(t, err)
	assert.Equal(t, "امال", got)
}
