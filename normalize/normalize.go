// Package normalize folds the spelling variation of Arabic text into one
// canonical form while keeping a map back to the original byte offsets.
//
// Arabic news text spells the same word in many ways: with or without
// diacritics (tashkeel), stretched with tatweel, with أ/إ/آ/ا, ى/ي, ة/ه,
// in Arabic-Indic or Persian digits, in presentation-form ligatures, and
// sprinkled with bidi and zero-width marks. A Normalizer removes that
// variation. Its Map method returns the normalized text together with an
// offset map, so that a match found in the normalized text can be reported on
// the original text, byte for byte.
//
// The package also splits words into tokens (Tokenize), finds where a word's
// stem may start after its proclitics (Proclitics), and stems words with a
// light Arabic stemmer (Stem).
package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Form is a set of normalization steps, combined with |.
type Form uint32

// The normalization steps. Each may be turned on independently.
const (
	// StripDiacritics removes tashkeel (U+064B–U+065F), the superscript
	// alef (U+0670) and Quranic annotation marks (U+06D6–U+06ED).
	StripDiacritics Form = 1 << iota
	// StripTatweel removes the tatweel (kashida, U+0640).
	StripTatweel
	// FoldAlef maps أ إ آ ٱ to bare alef ا.
	FoldAlef
	// FoldYa maps alef maqsura ى and Persian yeh ی to ya ي.
	FoldYa
	// FoldTehMarbuta maps ta marbuta ة to ha ه.
	FoldTehMarbuta
	// FoldHamza maps hamza carriers ؤ to و and ئ to ي.
	FoldHamza
	// FoldKaf maps Persian keheh ک to kaf ك.
	FoldKaf
	// FoldDigits maps Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII.
	FoldDigits
	// CompatibilityForms applies NFKC to presentation forms and other
	// compatibility characters (ligatures such as ﻻ become لا).
	CompatibilityForms
	// StripFormat removes bidi controls and zero-width characters
	// (U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+061C, U+FEFF, U+00AD).
	StripFormat
)

// Default is the form used for matching names: every step.
const Default = StripDiacritics | StripTatweel | FoldAlef | FoldYa | FoldTehMarbuta |
	FoldHamza | FoldKaf | FoldDigits | CompatibilityForms | StripFormat

// Normalizer applies a Form. The zero value applies no step; use New.
// A Normalizer is immutable and safe for concurrent use.
type Normalizer struct {
	form Form
}

// New returns a Normalizer that applies the steps in f.
func New(f Form) *Normalizer { return &Normalizer{form: f} }

// Form reports the steps n applies.
func (n *Normalizer) Form() Form { return n.form }

// String returns the normalized form of s.
func (n *Normalizer) String(s string) string {
	if n.isNormal(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	out, _ = n.append(out, nil, s)
	return string(out)
}

// Map normalizes s and returns the result with its offset map.
func (n *Normalizer) Map(s string) Mapped {
	out := make([]byte, 0, len(s))
	off := make([]int32, 0, len(s)+1)
	out, off = n.append(out, off, s)
	off = append(off, int32(len(s)))
	return Mapped{Text: string(out), src: s, off: off}
}

// isNormal reports whether s is left unchanged by n. It is a fast path for
// String.
func (n *Normalizer) isNormal(s string) bool {
	for _, r := range s {
		if r >= 0x80 {
			if r == utf8.RuneError {
				return false
			}
			if _, changed := n.foldRune(r); changed {
				return false
			}
		}
	}
	return true
}

// append appends the normalized form of s to out. When off is not nil, it
// appends the original offset of each output byte to off.
func (n *Normalizer) append(out []byte, off []int32, s string) ([]byte, []int32) {
	track := off != nil
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			if track {
				off = append(off, int32(i))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Invalid UTF-8: emit U+FFFD so the output stays valid, mapped
			// to the offending byte.
			out = utf8.AppendRune(out, utf8.RuneError)
			if track {
				off = append(off, int32(i), int32(i), int32(i))
			}
			i++
			continue
		}
		start := len(out)
		if f, changed := n.foldRune(r); !changed {
			out = append(out, s[i:i+size]...)
		} else if f >= 0 {
			out = utf8.AppendRune(out, f)
		} else if f == expand {
			out = n.appendCompat(out, s[i:i+size])
		}
		if track {
			for j := start; j < len(out); j++ {
				off = append(off, int32(i))
			}
		}
		i += size
	}
	return out, off
}

const (
	drop   rune = -1 // the rune is removed
	expand rune = -2 // the rune is replaced by its NFKC decomposition
)

// foldRune returns what r becomes under n: a single rune, drop or expand,
// and whether that differs from r.
func (n *Normalizer) foldRune(r rune) (rune, bool) {
	f := n.form
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670,
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E8, r >= 0x06EA && r <= 0x06ED:
		if f&StripDiacritics != 0 {
			return drop, true
		}
	case r == 0x0640:
		if f&StripTatweel != 0 {
			return drop, true
		}
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		if f&FoldAlef != 0 {
			return 'ا', true
		}
	case r == 'ى', r == 'ی':
		if f&FoldYa != 0 {
			return 'ي', true
		}
	case r == 'ة':
		if f&FoldTehMarbuta != 0 {
			return 'ه', true
		}
	case r == 'ؤ':
		if f&FoldHamza != 0 {
			return 'و', true
		}
	case r == 'ئ':
		if f&FoldHamza != 0 {
			return 'ي', true
		}
	case r == 'ک':
		if f&FoldKaf != 0 {
			return 'ك', true
		}
	case r >= '٠' && r <= '٩':
		if f&FoldDigits != 0 {
			return '0' + (r - '٠'), true
		}
	case r >= '۰' && r <= '۹':
		if f&FoldDigits != 0 {
			return '0' + (r - '۰'), true
		}
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2069,
		r == 0x061C, r == 0xFEFF, r == 0x00AD:
		if f&StripFormat != 0 {
			return drop, true
		}
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE, r >= 0xFF00 && r <= 0xFFEF:
		if f&CompatibilityForms != 0 {
			return expand, true
		}
	}
	return r, false
}

// appendCompat appends the NFKC form of the single character c, then folds
// the result again (a ligature may decompose into letters that fold further).
func (n *Normalizer) appendCompat(out []byte, c string) []byte {
	var buf [32]byte
	dec := norm.NFKC.AppendString(buf[:0], c)
	for i := 0; i < len(dec); {
		r, size := utf8.DecodeRune(dec[i:])
		if f, changed := n.foldRune(r); !changed || f == expand {
			out = append(out, dec[i:i+size]...)
		} else if f >= 0 {
			out = utf8.AppendRune(out, f)
		}
		i += size
	}
	return out
}
