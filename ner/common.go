package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// Ordinary words. The rules tell a name from a word of the language with
// the dictionary of WithWords (gazetteer.DefaultWords by default): a word
// is ordinary as it is, or once a proclitic, the article or an ending that
// fits its part of speech is removed (commonLevel). A word that neither
// the lists nor the dictionary know (unknownWord) is, in a name's place,
// most often a foreign name.

// Word endings that commonLevel removes to find a word's stem: pronouns
// and the feminine plural on nouns, person endings on verbs.
var (
	nounSuffixes = [...]string{"ه", "ها", "هم", "هما", "هن", "كم", "نا", "ات"}
	verbSuffixes = [...]string{"ت", "وا", "تم", "تا", "ه", "ها", "هم", "نا"}
	// pluralSuffixes end many transliterated names too (جونسون): they are
	// removed only when four letters remain.
	pluralSuffixes = [...]string{"ون", "ين"}
	// nisbaSuffixes make adjectives of nouns. Many names end in ي too
	// (صبري، الحوثي): only unknownWord reads them.
	nisbaSuffixes = [...]string{"ي", "يه", "يا", "يين", "يون", "يات"}
)

// Levels of commonness (see commonLevel).
const (
	notCommon       = iota
	commonStem      // an ordinary word as it is, or with the article
	commonInflected // an ordinary word with a proclitic or a suffix
)

// commonLevel tells whether token i is an ordinary word of the language
// (see WithWords): as it is or a noun with the article (commonStem), or
// once a proclitic (a preposition only before a noun), the future prefix س
// of a verb or an ending is removed (commonInflected), leaving three
// letters or more. The article is only removed where the text writes it
// ال: أليكس is no ال + يكس.
func (st *state) commonLevel(i int) int {
	if c := st.common[i]; c != 0 {
		return int(c) - 1
	}
	level := st.readCommon(i)
	st.common[i] = int8(level + 1)
	return level
}

// readCommon computes commonLevel, which caches it.
func (st *state) readCommon(i int) int {
	ws := st.x.cfg.words
	if ws == nil || st.toks[i].Kind != normalize.Word {
		return notCommon
	}
	w := st.word(i)
	if len(w) >= 6 && ws.Has(w) {
		return commonStem
	}
	rest, article := strings.CutPrefix(w, "ال")
	article = article && st.srcHasArticle(i, 0)
	if article && len(rest) >= 6 && ws.Kind(rest)&gazetteer.Noun != 0 {
		return commonStem
	}
	form := bareForm
	if !article {
		form = indefiniteForm
	}
	if stemKind(ws, w, form) != 0 || article && stemKind(ws, rest, definiteForm)&gazetteer.Noun != 0 {
		return commonInflected
	}
	st.offs = normalize.Proclitics(st.offs[:0], w)
	for _, off := range st.offs[1:] {
		s := w[off:]
		want := gazetteer.AnyKind
		if strings.ContainsAny(w[:off], "بلك") {
			want = gazetteer.Noun | gazetteer.Function // a preposition: بمرض، بأنه, never بايدن
		}
		if w[:off] == "ف" && len(s) < 10 {
			// ف is the first letter of many transliterations (فريست،
			// فرانك): a stem of fewer than five letters after it is no
			// evidence of an ordinary word.
			continue
		}
		if len(s) >= 6 && ws.Kind(s)&want != 0 || stemKind(ws, s, bareForm)&want != 0 {
			return commonInflected
		}
		if r, ok := strings.CutSuffix(s, "ات"); ok && want&gazetteer.Verb == 0 && len(r) >= 6 && ws.KindJoined(r, "ه")&gazetteer.Noun != 0 {
			return commonInflected // لبطاقات: a plural of a noun in ة after a preposition
		}
		if rest, ok := strings.CutPrefix(s, "ال"); ok && (ws.Kind(rest)|stemKind(ws, rest, definiteForm))&gazetteer.Noun != 0 {
			return commonInflected // بالنسبة
		}
		if strings.HasSuffix(w[:off], "ل") && strings.HasPrefix(s, "ل") && (ws.Kind(s[len("ل"):])|stemKind(ws, s[len("ل"):], definiteForm))&gazetteer.Noun != 0 {
			return commonInflected // للأسف: ل + ال fused
		}
	}
	if rest, ok := strings.CutPrefix(w, "س"); ok && len(rest) >= 6 && strings.ContainsAny(rest[:2], "يتنا") && ws.Kind(rest)&gazetteer.Verb != 0 {
		return commonInflected // سيقاطع
	}
	return notCommon
}

// srcHasArticle reports whether the source of token i writes ال at byte
// off of the normalized word.
func (st *state) srcHasArticle(i, off int) bool {
	t := st.toks[i]
	s, _ := st.m.Span(int(t.Start)+off, int(t.End))
	return strings.HasPrefix(st.src[s:], "ال")
}

// nounStem reports whether s is a noun of ws, reading a final ت as the ta
// marbuta it is before a suffix (ادارت → اداره of ادارته).
func nounStem(ws *gazetteer.Words, s string) bool {
	if ws.Kind(s)&gazetteer.Noun != 0 {
		return true
	}
	t, ok := strings.CutSuffix(s, "ت")
	if !ok || len(t) < 4 {
		return false
	}
	// خارجيت of خارجيتها: the feminine of a nisba the dictionary lists.
	return ws.KindJoined(t, "ه")&gazetteer.Noun != 0 || strings.HasSuffix(t, "ي") && len(t) >= 8 && ws.Kind(t)&gazetteer.Noun != 0
}

// Forms of a word that stemKind reads.
const (
	bareForm       = iota // no article: pronoun and verb endings may follow
	indefiniteForm        // no article and no preposition: the accusative ا too
	definiteForm          // after the article: no pronoun, no verb ending
)

// stemKind returns the kinds of the stem of s without an ending that fits
// the stem's part of speech and the word's form, or without a plural
// ending leaving four letters (مراقبون) or, on an indefinite word, the
// accusative ending ا (قرارا); 0 when there is none. A word with the
// article takes no pronoun: الخلايلة is no ال + خلايل + ه.
func stemKind(ws *gazetteer.Words, s string, form int) gazetteer.WordKind {
	if form == indefiniteForm && len(s) >= 8 && strings.HasSuffix(s, "ا") && ws.Kind(s[:len(s)-len("ا")])&gazetteer.Noun != 0 {
		return gazetteer.Noun
	}
	for _, suf := range pluralSuffixes {
		if len(s) >= len(suf)+8 && strings.HasSuffix(s, suf) && ws.Kind(s[:len(s)-len(suf)])&gazetteer.Noun != 0 {
			return gazetteer.Noun // مراقبون
		}
	}
	if form == definiteForm {
		if r, ok := strings.CutSuffix(s, "ات"); ok && len(r) >= 6 && (nounStem(ws, r) || ws.KindJoined(r, "ه")&gazetteer.Noun != 0) {
			return gazetteer.Noun // الإجراءات، الولايات (of ولاية)
		}
		if len(s) >= len("ه")+8 && strings.HasSuffix(s, "ه") && ws.Kind(s[:len(s)-len("ه")])&gazetteer.Noun != 0 {
			return gazetteer.Noun // المعروفة: the feminine of an adjective
		}
		return 0
	}
	for _, suf := range nounSuffixes {
		if len(s) >= len(suf)+6 && strings.HasSuffix(s, suf) && nounStem(ws, s[:len(s)-len(suf)]) {
			return gazetteer.Noun
		}
	}
	for _, suf := range [...]string{"تين", "تان"} {
		// The stem has three letters, or is مر or سن (مرتين، سنتين): two
		// letters and ة make few nouns and many names (بوتين).
		if r, ok := strings.CutSuffix(s, suf); ok && (len(r) >= 6 || r == "مر" || r == "سن") && ws.KindJoined(r, "ه")&gazetteer.Noun != 0 {
			return gazetteer.Noun // مرتين: the dual of a noun in ة
		}
	}
	if len(s) >= len("تي")+6 && strings.HasSuffix(s, "تي") && nounStem(ws, s[:len(s)-len("ي")]) {
		return gazetteer.Noun // شركتي
	}
	for _, suf := range [...]string{"ه", "ها", "هم"} {
		if r, ok := strings.CutSuffix(s, suf); ok && len(r) >= len("ات")+6 && strings.HasSuffix(r, "ات") && nounStem(ws, r[:len(r)-len("ات")]) {
			return gazetteer.Noun // حواراته
		}
	}
	if r, ok := strings.CutSuffix(s, "ون"); ok && len(r) >= 8 && strings.ContainsAny(r[:2], "يت") && ws.Kind(r)&gazetteer.Verb != 0 {
		return gazetteer.Verb // يطلقون
	}
	for _, suf := range verbSuffixes {
		if len(s) >= len(suf)+6 && strings.HasSuffix(s, suf) && ws.Kind(s[:len(s)-len(suf)])&gazetteer.Verb != 0 {
			return gazetteer.Verb
		}
	}
	return 0
}

// unknownWord reports whether token i is an Arabic word that no list and
// no dictionary knows, without the article and not read as a verb: after a
// verb of saying and before a verb, such a word is most often a foreign
// name (وقال هاولز "…").
func (st *state) unknownWord(i int) bool {
	if i >= len(st.toks) || st.breakBefore(i) || st.lex[i]|st.stem[i] != 0 {
		return false
	}
	w := st.word(i)
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x0600 || r > 0x06FF || utf8.RuneCountInString(w) < 3 {
		return false
	}
	if normalize.HasArticle(w) || strings.HasPrefix(w, "و") || looksLikeVerb(w) || st.hasTanween(i) {
		return false
	}
	return st.commonLevel(i) == notCommon && !nisbaOfNoun(st.x.cfg.words, w)
}

// nisbaOfNoun reports whether w is an adjective made of a noun of ws with a
// nisba ending, four letters or more remaining (ميداني، إعدادية).
func nisbaOfNoun(ws *gazetteer.Words, w string) bool {
	for _, suf := range nisbaSuffixes {
		if len(w) >= len(suf)+8 && strings.HasSuffix(w, suf) && nounStem(ws, w[:len(w)-len(suf)]) {
			return true
		}
	}
	return false
}

// subjectEnd reports whether token i is what follows a clause's subject:
// punctuation, قد or a negation, a verb of saying, a verb, or a relative
// pronoun.
func (st *state) subjectEnd(i int) bool {
	c := &st.x.cls
	if i >= len(st.toks) || st.toks[i].Flags&normalize.LineStart != 0 {
		return true
	}
	if st.toks[i].Kind != normalize.Word {
		return true
	}
	switch w := st.word(i); w {
	case "قد", "لم", "لن", "لا", "الذي", "التي":
		return true
	default:
		if st.has(i, c.speech|c.verb) || looksLikeVerb(w) {
			return true
		}
	}
	ws := st.x.cfg.words
	k := ws.Kind(st.word(i))
	return k&gazetteer.Verb != 0 && k&gazetteer.Noun == 0
}
