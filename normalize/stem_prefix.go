package normalize

import "github.com/kljensen/snowball/snowballword"

// Step 1 of Stem: prefixes.

// articlePrefixes are the definite article and its fused forms, longest
// first, in normalized spelling. لل is ل followed by ال with its alef
// dropped.
var articlePrefixes = []string{"وال", "بال", "كال", "فال", "لل", "ال"}

// stemPrefix removes the first matching article prefix when at least two
// letters remain, or else a conjunction و when at least three letters
// remain. It reports whether it removed anything.
func stemPrefix(w *snowballword.SnowballWord) bool {
	if p := w.FirstPrefix(articlePrefixes...); p != "" {
		n := len([]rune(p))
		if len(w.RS) >= n+2 {
			removeFirstNRunes(w, n)
			return true
		}
	}
	if len(w.RS) >= 4 && w.RS[0] == 'و' {
		removeFirstNRunes(w, 1)
		return true
	}
	return false
}

// removeFirstNRunes removes the first n runes of w. snowballword only
// trims suffixes, which is all its European stemmers need.
func removeFirstNRunes(w *snowballword.SnowballWord, n int) {
	w.RS = w.RS[n:]
	w.R1start = max(w.R1start-n, 0)
	w.R2start = max(w.R2start-n, 0)
	w.RVstart = max(w.RVstart-n, 0)
}
