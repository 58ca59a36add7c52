package normalize

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// addSeeds adds the shared samples to a fuzz corpus.
func addSeeds(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
}

// FuzzMap checks Map and String: valid output, an offset map that is in
// range and monotonic, and idempotence.
func FuzzMap(f *testing.F) {
	addSeeds(f)
	n := New(Default)
	f.Fuzz(func(t *testing.T, s string) {
		m := n.Map(s)
		if !utf8.ValidString(m.Text) {
			t.Fatalf("Map(%q).Text = %q is not valid UTF-8", s, m.Text)
		}
		if str := n.String(s); str != m.Text {
			t.Fatalf("String(%q) = %q, Map gives %q", s, str, m.Text)
		}
		checkOffsets(t, &m)
		if twice := n.String(m.Text); twice != m.Text {
			t.Fatalf("String(String(%q)) = %q, want %q", s, twice, m.Text)
		}
		if !utf8.ValidString(s) {
			return
		}
		// Every form alone is idempotent too.
		for _, f := range allForms {
			g := New(f)
			once := g.String(s)
			if twice := g.String(once); twice != once {
				t.Fatalf("form %b: String(String(%q)) = %q, want %q", f, s, twice, once)
			}
		}
	})
}

// FuzzTokenize checks that tokens are non-empty, in order, within bounds
// and cut on rune boundaries.
func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Add(strings.Repeat("ﻻ", 100) + "\xff" + strings.Repeat("٣", 200))
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(nil, s) {
			start, end := int(tk.Start), int(tk.End)
			if start < prev || end <= start || end > len(s) {
				t.Fatalf("%q: token [%d, %d) after %d", s, start, end, prev)
			}
			if tk.Len() > MaxTokenLen {
				t.Fatalf("%q: token of %d bytes", s, tk.Len())
			}
			if tk.Kind < Word || tk.Kind > Punct {
				t.Fatalf("%q: token kind %d", s, tk.Kind)
			}
			if !boundary(s, start) || !boundary(s, end) {
				t.Fatalf("%q: token [%d, %d) not on rune boundaries", s, start, end)
			}
			prev = end
		}
	})
}

// boundary reports whether i is where a rune, or an invalid byte, of s
// starts, or len(s).
func boundary(s string, i int) bool {
	for j := 0; j < len(s); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	return i == len(s)
}

// FuzzTransform checks that the Transformer gives the output of String
// however its input is split.
func FuzzTransform(f *testing.F) {
	for i, s := range samples {
		f.Add(s, uint8(i))
	}
	n := New(Default)
	f.Fuzz(func(t *testing.T, s string, chunk uint8) {
		want := n.String(s)
		got, _, err := transform.String(n, s)
		if err != nil || got != want {
			t.Fatalf("transform.String(%q) = %q, %v, want %q", s, got, err, want)
		}
		r := transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), n)
		b, err := io.ReadAll(r)
		if err != nil || string(b) != want {
			t.Fatalf("one byte at a time: %q, %v, want %q", b, err, want)
		}
		size := int(chunk%16) + 1
		if got := transformChunks(t, n, s, size, size); got != want {
			t.Fatalf("chunks of %d bytes: %q, want %q", size, got, want)
		}
	})
}

// FuzzStem checks that Stem does not panic and returns a part of the
// normalized word of at least two letters.
func FuzzStem(f *testing.F) {
	for _, w := range []string{"والكتاب", "سياراتها", "للولايات", "مُعَلِّمَاتٌ", "وطني", "", "\xff"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkStem(t, w)
	})
}
