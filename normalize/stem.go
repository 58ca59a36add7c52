package normalize

import "github.com/kljensen/snowball/snowballword"

// Stem returns the light stem of the Arabic word: the word normalized with
// Default, then stripped of one prefix (a conjunction and the definite
// article, or a conjunction alone) and of common suffixes (pronouns, dual
// and plural endings, the feminine ending and the nisba ending).
//
// The algorithm is Light10 (Larkey, Ballesteros and Connell, "Light
// Stemming for Arabic Information Retrieval", 2007), written in the shape of
// the Snowball stemmers of github.com/kljensen/snowball, on their rune word
// type:
//
//   - normalization (stem.go): Default, so أ إ آ become ا, ى becomes ي,
//     ة becomes ه and diacritics and tatweel disappear;
//   - step 1, prefixes (stem_prefix.go): the first of وال بال كال فال لل ال
//     is removed when at least two letters remain, else a leading و is
//     removed when at least three letters remain;
//   - step 2, suffixes (stem_suffix.go): each of ها ان ات ون ين يه ه ي, in
//     that order, is removed when at least two letters remain.
//
// A light stemmer does not find roots: كتاب and كتب keep different stems,
// and broken plurals are not reduced to their singular. It conflates the
// inflected and cliticized forms of one word, which is what matching names
// and keywords needs. Words that are not Arabic pass through the same
// steps, which leave them alone unless they end or start with Arabic
// affixes.
func Stem(word string) string {
	w := snowballword.New(stemNormalizer.String(word))
	stemPrefix(w)
	stemSuffix(w)
	return w.String()
}

// stemNormalizer is the normalization step of Stem.
var stemNormalizer = New(Default)
