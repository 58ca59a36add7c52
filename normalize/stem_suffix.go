package normalize

import "github.com/kljensen/snowball/snowballword"

// Step 2 of Stem: suffixes.

// stemSuffixes are the suffixes of Light10 in the order they are tried, in
// normalized spelling: ية and ة of the published list are spelled يه and ه
// after FoldTehMarbuta.
var stemSuffixes = [][]rune{
	[]rune("ها"), // her, its
	[]rune("ان"), // dual
	[]rune("ات"), // sound feminine plural
	[]rune("ون"), // sound masculine plural
	[]rune("ين"), // sound masculine plural, dual (oblique)
	[]rune("يه"), // nisba, feminine (ية)
	[]rune("ه"),  // his, its; feminine (ة)
	[]rune("ي"),  // nisba, my
}

// stemSuffix removes, in turn, each suffix of stemSuffixes that ends the
// word when at least two letters remain. It reports whether it removed
// anything.
func stemSuffix(w *snowballword.SnowballWord) bool {
	removed := false
	for _, s := range stemSuffixes {
		if len(w.RS) >= len(s)+2 && w.HasSuffixRunes(s) {
			w.RemoveLastNRunes(len(s))
			removed = true
		}
	}
	return removed
}
