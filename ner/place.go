package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

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

// knownPlace is a place that the trigger rule read in a document: its name,
// tokens [s, e) of its first mention, and the first tokens of all its
// mentions.
type knownPlace struct {
	s, e int
	val  string
	at   []int
}

// propagatePlaces finds again, within an article's length of a mention
// (propagationWindow tokens), the places that only a trigger made known:
// after بلدة بريانة, بريانة alone is the town too, also behind a proclitic
// (وبريانة). Names that are ordinary words, have the article or are
// shorter than three letters are not carried, as a trigger reads them as
// names only in its own phrase (مدينة الزيتون).
//
// Organizations are not carried so: the name after a head or trigger is
// too often a word of the body's description (شركة النقل، هيئة تنظيم).
func (st *state) propagatePlaces() {
	var byFirst map[string][]*knownPlace
	for _, ci := range st.acc {
		cd := &st.cands[ci]
		s := cd.s
		if cd.typ != Location || cd.src != "rule:place-trigger" ||
			st.commonLevel(s) != notCommon || normalize.HasArticle(st.word(s)) || utf8.RuneCountInString(st.word(s)) < 3 {
			continue
		}
		if byFirst == nil {
			byFirst = make(map[string][]*knownPlace)
		}
		w := st.word(s)
		k := slices.IndexFunc(byFirst[w], func(n *knownPlace) bool { return n.e-n.s == cd.e-s && st.wordsAt(n, s, 0) })
		if k < 0 {
			byFirst[w] = append(byFirst[w], &knownPlace{s: s, e: cd.e, val: cd.val})
			k = len(byFirst[w]) - 1
		}
		byFirst[w][k].at = append(byFirst[w][k].at, s)
	}
	if byFirst == nil {
		return
	}
	for _, ns := range byFirst {
		for _, n := range ns {
			slices.Sort(n.at)
		}
	}
	for i := 0; i < len(st.toks); i++ {
		if st.owner[i] != 0 || st.toks[i].Kind != normalize.Word {
			continue
		}
		w := st.word(i)
		st.offs = normalize.Proclitics(st.offs[:0], w)
	find:
		for _, off := range st.offs {
			for _, n := range byFirst[w[off:]] {
				e := i + n.e - n.s
				if !near(n.at, i) || !st.wordsAt(n, i, off) || slices.ContainsFunc(st.owner[i:e], owned) || st.unknownWord(e) {
					continue // بروتان انتيرناسيونال: a longer name goes on
				}
				st.cands = append(st.cands, cand{s: i, e: e, off: off, typ: Location, val: n.val, src: "rule:propagation", prio: priority(Location)})
				st.accept(len(st.cands) - 1)
				i = e - 1
				break find
			}
		}
	}
}

// owned reports whether a token owner o is a candidate.
func owned(o int32) bool { return o != 0 }

// wordsAt reports whether the words of n are those of the tokens from i
// on, the first without its first off bytes.
func (st *state) wordsAt(n *knownPlace, i, off int) bool {
	if i+n.e-n.s > len(st.toks) || st.word(i)[off:] != st.word(n.s) {
		return false
	}
	for d := 1; d < n.e-n.s; d++ {
		if st.word(i+d) != st.word(n.s+d) {
			return false
		}
	}
	return true
}
