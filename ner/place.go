package ner

import (
	"strings"

	"github.com/kashif-nlp/kashif/normalize"
)

// places adds LOCATION candidates after place triggers (مدينة، بلدة، مخيم،
// محافظة، العاصمة السورية …): the name after the trigger is a place even
// when no list has it. The trigger is outside the span (مدينة جنين → جنين),
// as are the nationality adjectives after it.
func (st *state) places() {
	c := &st.x.cls
	g := st.x.gaz
	for i := 0; i+1 < len(st.toks); i++ {
		if st.below[i]&c.locHead == 0 {
			continue
		}
		m, ok := g.MatchAt(st.m.Text, st.toks, i, c.locHead)
		if !ok {
			continue
		}
		j := m.End
		for j < len(st.toks) && st.is(j, c.nationality) {
			j++
		}
		if j >= len(st.toks) || st.toks[j].Flags&normalize.LineStart != 0 {
			continue
		}
		if l, ok := g.MatchAt(st.m.Text, st.toks, j, c.location|c.country); ok && l.Offset == 0 {
			// A listed place: the gazetteer reports it.
			i = l.End - 1
			continue
		}
		settlement := st.is(i, c.locTrigger) || st.has(i, c.locTrigger) && m.Offset > 0
		if !st.placeWord(j, settlement, true) {
			continue
		}
		if normalize.HasArticle(st.word(i)[m.Offset:]) && normalize.HasArticle(st.word(j)) {
			// المدينة المنكوبة: an unlisted word with the article after a
			// trigger with it is an adjective that agrees with the trigger;
			// a name follows a trigger in the construct (مدينة جنين).
			continue
		}
		e := j + 1
		if e < len(st.toks) && st.toks[e].Flags&normalize.LineStart == 0 && st.placeWord(e, settlement, false) && st.isLastWordOK(e+1) &&
			!(normalize.HasArticle(st.word(e)) && !normalize.HasArticle(st.word(j)) && !st.is(e, c.nameLike)) { // حصن أنيشة المنيع
			e++
		}
		if !st.isLastWordOK(e) && (st.is(e, c.nameLike) || st.commonLevel(e) == notCommon) {
			continue // the name may end before an ordinary word: مدينة قوانغتشو حاضرة
		}
		st.add(cand{s: j, e: e, typ: Location, src: "rule:place-trigger"})
		i = e - 1
	}
}

// placeWord reports whether token i, the name's first word when first is
// set, may be part of a place name after a trigger (a settlement's when
// settlement is set): a word that is no function word, verb, title or date word, nor
// an adjective (المنطقة الحدودية، مركز تجاري), nor a word with a pronoun
// suffix (طالتها).
func (st *state) placeWord(i int, settlement, first bool) bool {
	c := &st.x.cls
	if st.toks[i].Kind != normalize.Word || st.has(i, c.boundary|c.particle) {
		return false
	}
	w := st.word(i)
	if hasCliticArticle(w) && (!first || st.commonLevel(i) != notCommon) || strings.HasPrefix(w, "و") {
		// بالولايات is no place word, but a first word only looks like one
		// with a clitic and the article when the rest is a word: كالاماتا.
		return false
	}
	if strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي") && !st.is(i, c.nameLike) {
		// An adjective: المنطقة الحدودية، مركز تجاري.
		return false
	}
	if looksLikeVerb(w) || strings.HasSuffix(w, "ها") && len(w) >= 10 {
		return false // a verb or a noun with a pronoun: طالتها
	}
	// An unlisted ordinary word (مبلغ، نجحت، عظيمة) is no place, unless it
	// has the article and follows a settlement's trigger: towns and
	// quarters are often named by nouns (مدينة الحيرة، حي القصبة), while
	// after منطقة or ساحة such a noun is what the area is of (منطقة
	// الحدود، ساحة المعركة).
	switch st.commonLevel(i) {
	case commonInflected:
		return st.is(i, c.nameLike) || settlement && normalize.HasArticle(w) && strings.HasSuffix(w, "ه")
	case commonStem:
		return st.is(i, c.nameLike) || settlement && normalize.HasArticle(w)
	}
	return true
}
