package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // a run of letters (and marks)
	Number                 // a run of digits
	Punct                  // one punctuation or symbol character
)

// Token flags.
const (
	// LineStart marks a token that is the first on its line: a line break
	// lies between it and the previous token, or it opens the text.
	LineStart uint8 = 1 << iota
	// SpaceBefore marks a token preceded by white space.
	SpaceBefore
)

// A Token is a span [Start, End) of bytes in the text it was cut from.
// Tokens hold offsets, not strings, so that tokenizing a text allocates
// nothing per token.
type Token struct {
	Start, End int32
	Kind       Kind
	Flags      uint8
}

// Len returns the token's length in bytes.
func (t Token) Len() int { return int(t.End - t.Start) }

// Text returns the token's text in s, the text it was cut from.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Tokenize appends the tokens of s to dst and returns the extended slice.
// Letters and digits form separate tokens ("و2015" is "و" then "2015"), and
// so do ASCII letters and other letters ("mسوريا" is "m" then "سوريا"); each
// other visible character is a Punct token; white space and control
// characters separate tokens and are not tokens themselves. Tokens longer
// than MaxTokenLen bytes are cut into pieces, which keeps every rule that
// looks at a token's text bounded in time.
func Tokenize(dst []Token, s string) []Token {
	flags := LineStart
	var cur Token
	curASCII := false // the current word is in ASCII letters
	in := false
	flush := func(end int) {
		if in {
			cur.End = int32(end)
			dst = append(dst, cur)
			in = false
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		var k Kind
		switch {
		case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
			flush(i)
			flags |= LineStart | SpaceBefore
			i += size
			continue
		case c < utf8.RuneSelf && (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c < 0x20 || c == 0x7f):
			flush(i)
			flags |= SpaceBefore
			i += size
			continue
		case isDigit(r):
			k = Number
		case isLetter(r):
			k = Word
		case unicode.IsSpace(r) || unicode.IsControl(r):
			flush(i)
			flags |= SpaceBefore
			i += size
			continue
		default:
			k = Punct
		}
		ascii := r < utf8.RuneSelf
		if in && (k != cur.Kind || k == Punct || k == Word && ascii != curASCII || i+size-int(cur.Start) > MaxTokenLen) {
			flush(i)
		}
		if !in {
			cur = Token{Start: int32(i), Kind: k, Flags: flags}
			curASCII = ascii
			flags = 0
			in = true
		}
		i += size
	}
	flush(len(s))
	return dst
}

// MaxTokenLen is the longest token Tokenize makes, in bytes. Longer runs
// are cut on a character boundary, so a piece may be up to three bytes
// shorter.
const MaxTokenLen = 256

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹'
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if r >= 0x0621 && r <= 0x064A || r >= 0x066E && r <= 0x06D3 {
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
