package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tok is a token written for comparison: its text, kind and flags.
type tok struct {
	text  string
	kind  Kind
	flags uint8
}

func tokens(s string) []tok {
	var out []tok
	for _, t := range Tokenize(nil, s) {
		out = append(out, tok{t.Text(s), t.Kind, t.Flags})
	}
	return out
}

func TestTokenize(t *testing.T) {
	const (
		L  = LineStart
		S  = SpaceBefore
		LS = LineStart | SpaceBefore
	)
	tests := []struct {
		name string
		in   string
		want []tok
	}{
		{"empty", "", nil},
		{"spaces only", " \t\n ", nil},
		{"words", "قال الرئيس", []tok{{"قال", Word, L}, {"الرئيس", Word, S}}},
		{"leading space", "  قال", []tok{{"قال", Word, LS}}},
		{"letters then digits", "و2015", []tok{{"و", Word, L}, {"2015", Number, 0}}},
		{"digits then letters", "2015م", []tok{{"2015", Number, L}, {"م", Word, 0}}},
		{"Arabic-Indic digits", "في ١٤ آذار", []tok{{"في", Word, L}, {"١٤", Number, S}, {"آذار", Word, S}}},
		{"Persian digits", "۱۴۰۲", []tok{{"۱۴۰۲", Number, L}}},
		{"punctuation", "غزة، (رويترز)؟!", []tok{
			{"غزة", Word, L}, {"،", Punct, 0}, {"(", Punct, S}, {"رويترز", Word, 0},
			{")", Punct, 0}, {"؟", Punct, 0}, {"!", Punct, 0}}},
		{"each punctuation character alone", "...", []tok{{".", Punct, L}, {".", Punct, 0}, {".", Punct, 0}}},
		{"line breaks", "أ\nب\r\nج\u2028د \u2029 هـ", []tok{
			{"أ", Word, L}, {"ب", Word, LS}, {"ج", Word, LS}, {"د", Word, LS}, {"هـ", Word, LS}}},
		{"diacritics stay in the word", "غَزَّةَ", []tok{{"غَزَّةَ", Word, L}}},
		{"no-break space separates", "a\u00a0b", []tok{{"a", Word, L}, {"b", Word, S}}},
		{"control characters separate", "a\x00b\x7fc\u0085d", []tok{{"a", Word, L}, {"b", Word, S}, {"c", Word, S}, {"d", Word, S}}},
		{"Latin and Arabic", "AFP وكالة", []tok{{"AFP", Word, L}, {"وكالة", Word, S}}},
		{"invalid UTF-8", "a\xffب", []tok{{"a", Word, L}, {"\xff", Punct, 0}, {"ب", Word, 0}}},
		{"truncated character", "ب\xd8", []tok{{"ب", Word, L}, {"\xd8", Punct, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokens(tt.in))
		})
	}
}

func TestTokenizeAppends(t *testing.T) {
	dst := []Token{{Start: 7, End: 9, Kind: Word}}
	dst = Tokenize(dst, "قال")
	require.Len(t, dst, 2)
	assert.Equal(t, Token{Start: 7, End: 9, Kind: Word}, dst[0])
	assert.Equal(t, Token{Start: 0, End: 6, Kind: Word, Flags: LineStart}, dst[1])
	assert.Equal(t, 6, dst[1].Len())
}

func TestTokenizeMaxLen(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
	}{
		{"ASCII", strings.Repeat("a", 1000)},
		{"two-byte letters", strings.Repeat("ب", 300)},
		{"three-byte letters", strings.Repeat("ﻻ", 300)},
		{"four-byte letters", strings.Repeat("𐌰", 300)},
		{"mixed", strings.Repeat("بﻻ𐌰", 100)},
		{"digits", strings.Repeat("٣", 300)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(nil, tt.in)
			require.Greater(t, len(toks), 1)
			end := int32(0)
			for i, tk := range toks {
				assert.Equal(t, end, tk.Start, "pieces are contiguous")
				assert.LessOrEqual(t, tk.Len(), MaxTokenLen)
				assert.True(t, utf8.ValidString(tk.Text(tt.in)), "cut on a rune boundary")
				if i == len(toks)-1 {
					break
				}
				assert.Greater(t, tk.Len(), MaxTokenLen-utf8.UTFMax, "cut as late as possible")
				assert.True(t, utf8.ValidString(tk.Text(tt.in)), "cut on a rune boundary")
				end = tk.End
			}
			assert.Equal(t, len(tt.in), int(toks[len(toks)-1].End))
		})
	}
}

func TestTokenizeAllocs(t *testing.T) {
	s := strings.Repeat("قال الرئيس، في 2015: ", 50)
	dst := make([]Token, 0, 1000)
	assert.Zero(t, testing.AllocsPerRun(10, func() { dst = Tokenize(dst[:0], s) }))
}

func TestTokenizeSplitsScripts(t *testing.T) {
	s := "mسوريا abcعربي 12ab"
	var got []string
	for _, tk := range Tokenize(nil, s) {
		got = append(got, tk.Text(s))
	}
	assert.Equal(t, []string{"m", "سوريا", "abc", "عربي", "12", "ab"}, got)
}
