// Package normalize folds the spelling variation of Arabic text into one
// canonical form while keeping a map back to the original byte offsets.
//
// Arabic news text spells the same word in many ways: with or without
// diacritics (tashkeel), stretched with tatweel, with أ/إ/آ/ا, ى/ي, ة/ه,
// in Arabic-Indic or Persian digits, in presentation-form ligatures, and
// sprinkled with bidi and zero-width marks. A Normalizer removes that
// variation. Its Map method returns the normalized text together with an
// offset map, so that a match found in the normalized text can be reported on
// the original text, byte for byte. A Normalizer is also a
// transform.Transformer (golang.org/x/text/transform), so it normalizes
// streams and chains with the other transformers of golang.org/x/text.
//
// The package also splits words into tokens (Tokenize), finds where a word's
// stem may start after its proclitics (Proclitics), and stems words with a
// light Arabic stemmer (Stem).
package normalize

import (
	"slices"
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
//
// A Normalizer is a transform.SpanningTransformer: transform.NewReader and
// transform.NewWriter normalize streams with it, and transform.Chain
// combines it with other transformers, for example
//
//	t := transform.Chain(norm.NFC, normalize.New(normalize.Default))
//
// Its output is the same as String's however the input is split.
type Normalizer struct {
	form Form
}

// New returns a Normalizer that applies the steps in f.
func New(f Form) *Normalizer { return &Normalizer{form: f} }

// Form reports the steps n applies.
func (n *Normalizer) Form() Form { return n.form }

// String returns the normalized form of s.
func (n *Normalizer) String(s string) string {
	k := n.spanString(s)
	if k == len(s) {
		return s
	}
	out := make([]byte, k, len(s))
	copy(out, s[:k])
	out, _ = n.append(out, nil, s[k:], 0)
	return string(out)
}

// Map normalizes s and returns the result with its offset map. It makes a
// constant number of allocations whatever the length of s.
func (n *Normalizer) Map(s string) Mapped {
	out := make([]byte, 0, len(s))
	off := make([]int32, 0, len(s)+1)
	out, off = n.append(out, off, s, 0)
	off = append(off, int32(len(s)))
	return Mapped{Text: string(out), src: s, off: off}
}

// spanString returns the length of the longest prefix of s that n leaves
// unchanged.
func (n *Normalizer) spanString(s string) int {
	form := n.form
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if stepTable[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]&form != 0 {
				return i
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || step(r)&form != 0 {
			return i
		}
		i += size
	}
	return i
}

// append appends the normalized form of s to out. When off is not nil, it
// appends the source offset of each output byte to off, offset by base.
//
// This is the hot path of Map. Runs of ASCII and two-byte characters that n
// leaves unchanged (most Arabic letters) are copied without decoding them
// into runes.
func (n *Normalizer) append(out []byte, off []int32, s string, base int) ([]byte, []int32) {
	track := off != nil
	form := n.form
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, s[i:j]...)
			if track {
				off = appendRange(off, base+i, base+j)
			}
			i = j
			continue
		}
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 &&
			stepTable[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]&form == 0 {
			// A run of unchanged two-byte characters.
			j := i + 2
			for j+1 < len(s) {
				c := s[j]
				if c < 0xC2 || c >= 0xE0 || s[j+1]&0xC0 != 0x80 ||
					stepTable[rune(c&0x1F)<<6|rune(s[j+1]&0x3F)]&form != 0 {
					break
				}
				j += 2
			}
			out = append(out, s[i:j]...)
			if track {
				for k := base + i; k < base+j; k += 2 {
					off = append(off, int32(k), int32(k))
				}
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		start := len(out)
		if r == utf8.RuneError && size == 1 {
			// Invalid UTF-8: emit U+FFFD so the output stays valid, mapped
			// to the offending byte.
			out = append(out, "\uFFFD"...)
		} else {
			out = n.appendRune(out, r)
		}
		if track {
			for j := start; j < len(out); j++ {
				off = append(off, int32(base+i))
			}
		}
		i += size
	}
	return out, off
}

// appendRange appends the offsets from through to-1 to off.
func appendRange(off []int32, from, to int) []int32 {
	k := len(off)
	off = slices.Grow(off, to-from)[:k+to-from]
	for j, o := k, int32(from); j < len(off); j, o = j+1, o+1 {
		off[j] = o
	}
	return off
}

// appendRune appends what the valid rune r becomes under n.
func (n *Normalizer) appendRune(out []byte, r rune) []byte {
	st := step(r) & n.form
	if st == 0 {
		return utf8.AppendRune(out, r)
	}
	if st == CompatibilityForms {
		return n.appendCompat(out, r)
	}
	if f := fold(st, r); f != drop {
		out = utf8.AppendRune(out, f)
	}
	return out
}

// drop is what fold returns for a rune that is removed.
const drop rune = -1

// foldRune returns what r becomes under n, or drop, and whether that
// differs from r. It reports a rune of the CompatibilityForms step as
// unchanged: the caller expands it.
func (n *Normalizer) foldRune(r rune) (rune, bool) {
	st := step(r) & n.form
	if st == 0 || st == CompatibilityForms {
		return r, false
	}
	return fold(st, r), true
}

// step returns the step of the normalization that changes r, or 0 if no
// step does.
func step(r rune) Form {
	if r < rune(len(stepTable)) {
		return stepTable[r]
	}
	return stepOf(r)
}

// stepTable caches stepOf for the runes encoded in one or two bytes, which
// include the Arabic block.
var stepTable = func() (t [0x800]Form) {
	for r := range rune(len(t)) {
		t[r] = stepOf(r)
	}
	return t
}()

// stepOf returns the step of the normalization that changes r, or 0 if no
// step does.
func stepOf(r rune) Form {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670,
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E8, r >= 0x06EA && r <= 0x06ED:
		return StripDiacritics
	case r == 0x0640:
		return StripTatweel
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return FoldAlef
	case r == 'ى', r == 'ی':
		return FoldYa
	case r == 'ة':
		return FoldTehMarbuta
	case r == 'ؤ', r == 'ئ':
		return FoldHamza
	case r == 'ک':
		return FoldKaf
	case r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
		return FoldDigits
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2069,
		r == 0x061C, r == 0xFEFF, r == 0x00AD:
		return StripFormat
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE, r >= 0xFF00 && r <= 0xFFEF:
		return CompatibilityForms
	}
	return 0
}

// fold returns what the step st makes of r, or drop. st is stepOf(r) and
// is not CompatibilityForms.
func fold(st Form, r rune) rune {
	switch st {
	case FoldAlef:
		return 'ا'
	case FoldYa:
		return 'ي'
	case FoldTehMarbuta:
		return 'ه'
	case FoldHamza:
		if r == 'ؤ' {
			return 'و'
		}
		return 'ي'
	case FoldKaf:
		return 'ك'
	case FoldDigits:
		if r <= '٩' {
			return '0' + (r - '٠')
		}
		return '0' + (r - '۰')
	}
	return drop // StripDiacritics, StripTatweel, StripFormat
}

// maxCompat is the longest NFKC expansion of one character in bytes
// (U+FDFA expands to 33 bytes).
const maxCompat = 64

// appendCompat appends the NFKC form of the rune r, then folds the result
// again (a ligature may decompose into letters that fold further).
func (n *Normalizer) appendCompat(out []byte, r rune) []byte {
	var src [utf8.UTFMax]byte
	var buf [maxCompat]byte
	dec := norm.NFKC.Append(buf[:0], utf8.AppendRune(src[:0], r)...)
	for i := 0; i < len(dec); {
		r, size := utf8.DecodeRune(dec[i:])
		if f, changed := n.foldRune(r); !changed {
			out = append(out, dec[i:i+size]...)
		} else if f != drop {
			out = utf8.AppendRune(out, f)
		}
		i += size
	}
	return out
}
