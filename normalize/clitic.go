package normalize

import "unicode/utf8"

// Proclitics appends to dst the byte offsets in word at which its stem may
// start once proclitics are removed, and returns the extended slice. The
// offsets are in increasing order and the first is always 0 (the whole word).
//
// The proclitics recognized are a conjunction (و، ف) optionally followed by
// a preposition (ب، ل، ك), or a preposition alone. The definite article ال is
// not removed: it belongs to names such as الولايات المتحدة. Where the
// preposition ل fuses with the article (للولايات = ل + الولايات), the stem
// offset is after the first ل, so the stem reads لولايات; gazetteers index
// that fused spelling of names that carry the article (see package
// gazetteer). A proclitic is only removed when at least two letters remain.
//
// word is expected in normalized form (see Default); the letters of the
// proclitics are the same in every form.
func Proclitics(dst []int, word string) []int {
	dst = append(dst, 0)
	i := 0
	if r, size := firstRune(word); r == 'و' || r == 'ف' {
		if runesAtLeast(word[size:], 2) {
			i = size
			dst = append(dst, i)
		} else {
			return dst
		}
	}
	if r, size := firstRune(word[i:]); r == 'ب' || r == 'ل' || r == 'ك' {
		if runesAtLeast(word[i+size:], 2) {
			dst = append(dst, i+size)
		}
	}
	return dst
}

// HasArticle reports whether word starts with the definite article ال
// followed by at least two letters.
func HasArticle(word string) bool {
	return len(word) > len("ال") && word[:len("ال")] == "ال" && runesAtLeast(word[len("ال"):], 2)
}

func firstRune(s string) (rune, int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s)
}

func runesAtLeast(s string, n int) bool {
	for i := range s {
		_ = i
		n--
		if n <= 0 {
			return true
		}
	}
	return n <= 0
}
