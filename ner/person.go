package ner

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// Person rules find names from their context, not from a list of people:
//
//   - a title or role, then optional modifiers, nationality adjectives, a
//     country or organization it is of, a comma and an honorific, then the
//     name: وزير الدفاع الأميركي، لويد أوستن — أمير قطر الشيخ تميم بن حمد آل ثاني;
//   - an honorific: الشيخ، السيد، الدكتور; a credit or a title with a
//     pronoun: إخراج، رئيسها;
//   - a counterpart word and its nationality: نظيره الإسرائيلي يوآف غالانت;
//   - a nationality standing for a person: والفرنسي ليليان تورام;
//   - a verb of saying: وقال كارلوس مينديز;
//   - a kunya or nasab: أبو مازن، عبد اللطيف القرقاوي;
//   - a listed given name followed by name-like words: جمال عبد الناصر.
//
// A name runs over words until a boundary: punctuation, a line break, a
// function word or verb, a date word, a title, a listed entity, an
// ordinary word of the dictionary (see common.go), or a word with a
// proclitic that no name carries (للتوصل، والرئيس). Name particles (بن،
// آل، أبو، عبد) bind the word after them. Beyond its first word a name only
// grows by a word that is a listed given or family name, or that is itself
// followed by a boundary — so that a name followed by an unknown verb
// (بايدن يدعو …) stops before it.

// maxNameWords bounds a name's length, counting a particle and the word it
// binds as one.
const maxNameWords = 4

// people adds PERSON candidates found by context.
func (st *state) people(ctx context.Context) error {
	c := &st.x.cls
	r := st.x.cfg.rules
	for i := 0; i < len(st.toks); i++ {
		if i%ctxCheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if st.toks[i].Kind != normalize.Word {
			if r&RuleTitles != 0 && st.isComma(i) {
				if e := st.commaApposition(i); e > i+1 {
					st.addPerson(i+1, e, "rule:title")
					i = e - 1
				}
			} else if r&RuleTitles != 0 && st.bylineColon(i) {
				// A byline: بيروت: سمير شمس, the reporter's name after the
				// dateline.
				if e := st.parseName(i+1, true); e >= i+3 {
					st.addPerson(i+1, e, "rule:title")
					i = e - 1
				}
			}
			continue
		}
		switch {
		case st.below[i]&c.titleStart != 0 && r&(RuleTitles|RuleCounterparts) != 0:
			if j, ok := st.afterTitle(i); ok {
				if e := st.parseName(j, true); e > j {
					st.addPerson(j, e, "rule:title")
					i = e - 1
				}
			}
		case r&RuleTitles != 0 && st.nationalityNoun(i):
			// A nationality standing for a person: والفرنسي ليليان تورام.
			j := i + 1
			if st.is(j, c.honorific) {
				j++ // الاسكتلندي سير أليكس فيرغسون
			}
			if e := st.parseName(j, true); e >= j+2 || e == j+1 && (st.unknownWord(j) || st.is(j, c.nameLike) && !st.riskyGiven(j)) && st.subjectEnd(e) {
				// One word only where the clause plainly goes on after it:
				// البرازيلي إيمرسون: …، الفرنسي جيولي صاحب الهدف.
				st.addPerson(j, e, "rule:title")
				i = e - 1
			}
		case r&RuleTitles != 0 && st.has(i, c.speech) && i+1 < len(st.toks):
			// A verb of saying: وقال كارلوس مينديز إن …
			j := i + 1
			if st.toks[j].Flags&normalize.LineStart != 0 {
				continue
			}
			if st.is(j, c.date) && !st.breakBefore(j+1) && !st.has(j+1, c.date) && st.toks[j+1].Kind == normalize.Word {
				j++ // وقال أمس كارلوس بيريرا: a date word between verb and speaker
			}
			if w := st.word(j); strings.HasPrefix(w, "ل") && st.lex[j] == 0 {
				continue // أكد لأوتينو: the one spoken to, not the speaker
			} else if w == "علي" && !st.is(j+1, c.nameLike) && !st.unknownWord(j+1) {
				continue // شدد علي أنه: على, spelled with ي
			} else if normalize.HasArticle(w) && strings.HasSuffix(w, "ي") && !st.is(j, c.nameLike) && st.is(j+1, c.given) {
				j++ // وكتب الفيزيائي ماكس بورن: a description before the name
			} else if !st.is(j, c.nameLike) && st.commonLevel(j) != notCommon {
				continue // أكد حاجة صدام: the verb's object, not its speaker
			}
			if e := st.parseName(j, true); e >= j+2 || e == j+1 && (st.isSpeechEnd(e) || st.is(j, c.given) || st.unknownWord(j) && st.subjectEnd(e)) {
				st.addPerson(j, e, "rule:speech")
				i = e - 1
			}
		case r&RuleTitles != 0 && st.word(i) == "عن" && i+2 < len(st.toks):
			// One quoted by name: نقلت الوكالة عن رمضان قوله إن …
			if e := st.parseName(i+1, true); e > i+1 && e < len(st.toks) && st.is(e, c.saying) && (st.is(i+1, c.nameLike) || st.commonLevel(i+1) == notCommon) {
				st.addPerson(i+1, e, "rule:speech")
				i = e - 1
			}
		case r&RuleGivenNames != 0 && st.isKunya(i):
			// أبو مازن، ابن خلدون: a kunya or a nasab opens a name.
			if e := st.parseName(i, true); e >= i+2 {
				st.addPerson(i, e, "rule:kunya")
				i = e - 1
			}
		case r&RuleGivenNames != 0 && st.givenStart(i):
			// A given name that is also a word is a name in a list, or
			// before عبد (فتحي عبد الوهاب) — not before ابن or أبو, which
			// follow nouns too (روضة ابن …، خليفة أبو حمزة).
			if st.riskyGiven(i) && !st.nextInList(i) && !st.abdNext(i) && !st.nameNext(i) || st.givenHasArticle(i) {
				continue
			}
			if e := st.parseName(i, false); e > i {
				st.addPerson(i, e, "rule:given-name")
				i = e - 1
			}
		}
	}
	return nil
}

// afterTitle matches a title, honorific or counterpart at i and what may
// follow it before a name, and returns where the name would start.
func (st *state) afterTitle(i int) (int, bool) {
	g, c := st.x.gaz, &st.x.cls
	r := st.x.cfg.rules
	m, ok := g.MatchAt(st.m.Text, st.toks, i, c.titleStart)
	if !ok {
		return 0, false
	}
	kind := st.x.gaz.ClassesOf(m.Entries)
	if kind&c.counterpart != 0 && r&RuleCounterparts == 0 || kind&(c.title|c.honorific|c.credit) != 0 && kind&c.counterpart == 0 && r&RuleTitles == 0 {
		return 0, false
	}
	j := m.End
	// A one-word title without the article (ملك، أمير، وزير) is in the
	// construct state: a complement names what it is of (ملك الأردن، أمير
	// قطر) before any name.
	w := st.word(i)
	article := normalize.HasArticle(w[m.Offset:]) || m.Offset > 0 && strings.HasPrefix(w[m.Offset-len("ل"):], "لل") // للرئيس
	construct := m.Len() == 1 && kind&c.title != 0 && kind&c.credit == 0 && !article
	// Modifiers, nationality adjectives, the country or body the title is
	// of, more title words: وزير الدفاع الأميركي السابق، رئيس وزراء إسرائيل.
	complements := 0
	for steps := 0; steps < 6 && j < len(st.toks); steps++ {
		if st.toks[j].Flags&normalize.LineStart != 0 {
			return 0, false
		}
		if st.is(j, c.titleMod|c.nationality) {
			j++
			continue
		}
		if w := st.word(j); normalize.HasArticle(w) && strings.HasSuffix(w, "ي") && st.has(j+1, c.given) && st.lex[j]&(c.nameLike|c.stop|c.relative) == 0 {
			// An adjective before a given name: الخبير الاقتصادي أمين فارس
			// (but التي is no adjective: الملكة التي حكمت).
			j++
			continue
		}
		if complements > 0 && complements < 3 && st.word(j) == "لدي" && st.srcEndsWith(j, "ى") {
			// Where the envoy serves: سفير فرنسا لدى الأمم المتحدة جان
			// مارك.
			if m, ok := g.MatchAt(st.m.Text, st.toks, j+1, c.country|c.org); ok && m.Offset == 0 {
				j = m.End
				complements++
				continue
			}
		}
		if complements < 2 {
			// The body may take ل (of): رئيس المكتب السياسي لحماس خالد مشعل.
			if m, ok := g.MatchAt(st.m.Text, st.toks, j, c.country|c.org|c.location|c.title); ok && (m.Offset == 0 || st.word(j)[:m.Offset] == "ل") {
				j = m.End
				complements++
				continue
			}
		}
		break
	}
	if construct && complements == 0 {
		// An unlisted complement (ملك أراجون): a name may only follow it
		// with a given name or an honorific.
		if j+1 >= len(st.toks) || !st.has(j+1, c.given|c.honorific) {
			return 0, false
		}
		j++
	}
	if j < len(st.toks) && st.isComma(j) {
		j++
	}
	if j < len(st.toks) && st.is(j, c.honorific) {
		if m, ok := g.MatchAt(st.m.Text, st.toks, j, c.honorific); ok && m.Offset == 0 {
			j = m.End
		}
	}
	if j >= len(st.toks) || st.toks[j].Flags&normalize.LineStart != 0 {
		return 0, false
	}
	if w := st.word(j); startsWithConj(w) && st.lex[j]&c.nameLike == 0 && (strings.HasPrefix(w, "و") || st.commonLevel(j) != notCommon) {
		// الرئيس السوري وأمين عام …: a new phrase, not a name — but ف
		// starts many names (الفنانة فيفي عبده).
		return 0, false
	}
	return j, true
}

// bylineColon reports whether token i is the colon or dash of a
// dateline: a listed place that opens a line (بيروت: …، تل أبيب - …).
func (st *state) bylineColon(i int) bool {
	if w := st.word(i); w != ":" && w != "-" || i == 0 || i+2 >= len(st.toks) || st.toks[i+1].Flags&normalize.LineStart != 0 {
		return false
	}
	c := &st.x.cls
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if st.toks[k].Kind != normalize.Word {
			return false
		}
		if st.toks[k].Flags&normalize.LineStart != 0 {
			m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.location|c.country)
			return ok && m.Offset == 0 && m.End == i
		}
	}
	return false
}

// maxTitlePhrase bounds how far before a comma commaApposition looks for
// a title.
const maxTitlePhrase = 8

// commaApposition matches a name set off by commas after a title phrase
// that afterTitle cannot read through (زعيم الغالبية في مجلس الشيوخ، بيل
// فريست، …) at the comma i, and returns where the name ends (i+1 when there
// is none): the phrase starts with a title no more than maxTitlePhrase
// words back in the same clause, and a comma closes the name.
func (st *state) commaApposition(i int) int {
	c := &st.x.cls
	found := false
	for k := i - 1; k >= 0 && k >= i-maxTitlePhrase; k-- {
		if st.toks[k].Kind != normalize.Word {
			break
		}
		if st.below[k]&c.titleStart != 0 && st.has(k, c.title) {
			found = true
			break
		}
		if (st.lex[k]|st.stem[k])&(c.verb|c.speech) != 0 || st.toks[k].Flags&normalize.LineStart != 0 {
			break
		}
	}
	j := i + 1
	if !found || st.breakBefore(j) || startsWithConj(st.word(j)) && !st.is(j, c.nameLike) {
		return j
	}
	e := st.parseName(j, true)
	if e < j+2 || e >= len(st.toks) || !st.isComma(e) {
		return j
	}
	return e
}

// nationalityNoun reports whether token i is a nationality with the
// article that stands alone, as a noun, and not after a noun it describes:
// it opens a phrase (after punctuation, a function word, a verb or the
// conjunction it carries), as in وقال البرتغالي مانويل كاجودا.
func (st *state) nationalityNoun(i int) bool {
	c := &st.x.cls
	if i+2 >= len(st.toks) || !st.has(i, c.nationality) || st.toks[i+1].Flags&normalize.LineStart != 0 {
		return false
	}
	w := st.word(i)
	if !normalize.HasArticle(w) && !hasCliticArticle(w) {
		return false
	}
	if startsWithConj(w) || i == 0 || st.breakBefore(i) {
		return true
	}
	if (st.lex[i-1]|st.stem[i-1])&(c.stop|c.verb|c.speech) != 0 {
		return true
	}
	if strings.HasSuffix(w, "ي") && st.srcEndsWith(i-1, "ة") {
		// A masculine nisba cannot describe the feminine noun before it:
		// وسيكتب القصة الكويتي طالب الدوسري.
		return true
	}
	// After a verb the dictionary knows, or a word that may be one and
	// opens a clause with و (وسجل الفرنسي لودوفيك جيولي).
	w = st.word(i - 1)
	conj := startsWithConj(w)
	if conj {
		w = w[len("و"):]
	}
	k := st.x.cfg.words.Kind(w)
	return k&gazetteer.Verb != 0 && (conj || k&gazetteer.Noun == 0)
}

// isSpeechEnd reports whether token i is what follows the speaker after a
// verb of saying: إن، أن، a comma or a colon.
func (st *state) isSpeechEnd(i int) bool {
	if i >= len(st.toks) {
		return false
	}
	switch st.word(i) {
	case "ان", "انه", ":", "،", ",":
		return true
	}
	return false
}

func (st *state) isComma(i int) bool {
	if st.toks[i].Kind != normalize.Punct {
		return false
	}
	w := st.word(i)
	return w == "،" || w == ","
}

// parseName reads a name starting at token j and returns where it ends (j
// when there is none). It sets st.weakName when the name took a surname
// with no evidence that the name ends there. strong is set after a title or honorific, where any
// name-like word may start a name; otherwise the first word must be a listed
// given name.
func (st *state) parseName(j int, strong bool) int {
	c := &st.x.cls
	st.weakName = false
	if m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, j, c.person); ok && m.Offset == 0 {
		return m.End // a listed person: the list knows where the name ends
	}
	k := j
	for words := 0; words < maxNameWords && k < len(st.toks); words++ {
		if k > j && st.toks[k].Flags&normalize.LineStart != 0 {
			break
		}
		if st.is(k, c.particle) || k == j && st.cliticParticle(k) {
			// A particle binds the word after it, and a chain of them binds
			// on (محمد بن عبد الكريم); a particle that binds nothing ends
			// the name.
			if !st.particleBinds(k + 1) {
				break
			}
			k += 2
			for k < len(st.toks) && st.is(k-1, c.particle) && st.particleBinds(k) {
				k++
			}
			if st.is(k-1, c.particle) {
				k-- // a chain that binds nothing at its end ends before it: سعد ابن أبي + وقاص
				break
			}
			continue
		}
		if st.lex[k]&c.link != 0 {
			// A foreign particle joins two words of a name (رود فان
			// نيستلروي، جان مارك دو لا سابليير) and never ends one.
			e := st.linkEnd(k)
			if e == k || k == j && !strong {
				break
			}
			k = e + 1 // the word linkEnd found to follow it
			continue
		}
		if strong && k == j+1 && st.has(j, c.given) && st.surnameSlot(k) {
			k++ // الرئيس جون كندي رفض، القس سعد سيروب بعد
			continue
		}
		if !st.nameWord(k, false, k == j) && !st.familyAfterGiven(j, k) && !(strong && st.nisbaSurname(j, k)) {
			break
		}
		if st.ordinaryWord(j, k, strong) {
			break // الرئيس محاكمة، مبارك تناولت
		}
		if k > j && st.blessingAt(k) {
			break // الملك حسين رحمة الله عليه، الملك الحسين طيب الله ثراه
		}
		if k > j && st.below[k]&c.family != 0 {
			// A family name of two words: كامل عطا الله، محمد فضل الله.
			if m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.family); ok && m.Offset == 0 && m.Len() >= 2 {
				k = m.End
				continue
			}
		}
		if k > j && st.below[k]&(c.location|c.country|c.org) != 0 {
			// A listed place of several words starts here: علي الصالح تل أبيب.
			if m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.location|c.country|c.org); ok && m.Offset == 0 && m.Len() >= 2 {
				break
			}
		}
		if k == j && st.opensNoName(k) {
			break // العراقيون يطلقون، اللبناني بأنه
		}
		if k == j && !strong && !st.has(k, c.given) {
			break
		}
		if !strong && k >= j+2 && normalize.HasArticle(st.word(k)) && !st.is(k, c.family) && !(k == j+2 && st.is(j+1, c.given) && st.familyAfterGiven(j, k)) {
			break // حصة الغاز الطبيعي: without a title, no adjective-like third word
		}
		// Beyond the first word a name grows by a listed name, by a surname
		// right after a listed given name (جورج بوش), or by a word where a
		// name may end.
		surname := k == j+1 && st.has(j, c.given)
		if k > j && !st.is(k, c.nameLike) && !st.isLastWordOK(k+1) && !st.is(k+1, c.particle) && st.linkEnd(k+1) == k+1 {
			if !surname {
				break
			}
			st.weakName = true
		}
		k++
	}
	if k == j {
		return j
	}
	if k < len(st.toks) && (st.has(j, c.given) || strong) && st.toks[k].Flags&normalize.LineStart == 0 {
		// A regnal number after a given name or a title's name: محمد
		// السادس، عبد الله الثاني، ملك أراغون خايمي الأول.
		if m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.ordinal); ok && m.Offset == 0 && m.Len() <= 2 {
			return m.End
		}
	}
	if k == j+1 && !st.is(j, c.nameLike) && (looksLikeVerb(st.word(j)) || st.hasTanween(j) || normalize.HasArticle(st.word(j))) {
		// A lone unlisted word that reads as a verb, carries tanween or
		// has the article (الملك يعلم، الرئيس عزماً، الرئيس الديمقراطي) is
		// no name; a surname with the article is found when the full name
		// is (propagation).
		return j
	}
	if k == j+1 && st.has(j, c.given) && st.initialAt(k) {
		// A given name and the initial of a surname, as the press writes
		// the accused: محمد ب. The full stop belongs to the initial.
		return k + 2
	}
	if !strong && k == j+1 && !st.loneGiven(j) {
		// A lone given name is too often an ordinary word (حلا، سارة،
		// يزيد): without a title or a verb of saying before it, it is no
		// name. Propagation still finds it when the document names the
		// person in full.
		return j
	}
	return k
}

// blessingAt reports whether token k opens a formula of blessing after a
// name — a word and الله (رحمه الله، رحمة الله عليه، طيب الله ثراه) that
// no list has as a compound name (عبد الله، نصر الله، رحمة الله are
// names).
func (st *state) blessingAt(k int) bool {
	c := &st.x.cls
	if k+1 >= len(st.toks) || st.word(k+1) != "الله" || st.is(k, c.particle) || st.breakBefore(k+1) || normalize.HasArticle(st.word(k)) {
		return false // رضا العبد الله: a family name
	}
	if k+2 < len(st.toks) && !st.breakBefore(k+2) {
		switch st.word(k + 2) {
		case "عليه", "عليها", "عنه", "عنها", "ثراه", "روحه", "مثواه":
			return true // رحمة الله عليه, though رحمة الله is also a name
		}
	}
	m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.nameLike)
	return !ok || m.Offset != 0 || m.End <= k+1
}

// linkEnd returns the end of a foreign name particle at token k (فان، دي،
// فون دير) that joins the name to a name word after it, which starts
// there, or k if there is no such particle. The particle is read only as
// written: فإن is no فان.
func (st *state) linkEnd(k int) int {
	c := &st.x.cls
	if k >= len(st.toks) || st.lex[k]&c.link == 0 {
		return k
	}
	m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.link)
	if !ok || m.Offset > 0 || m.End >= len(st.toks) || st.breakBefore(m.End) {
		return k
	}
	for i := k; i < m.End; i++ {
		if s, e := st.m.Span(int(st.toks[i].Start), int(st.toks[i].End)); strings.ContainsAny(st.src[s:e], "إأ") {
			return k
		}
	}
	n := m.End
	if st.is(n, c.nameLike) {
		return n
	}
	w := st.word(n)
	if st.toks[n].Kind != normalize.Word || w[0] < utf8.RuneSelf || utf8.RuneCountInString(w) < 3 || startsWithConj(w) ||
		st.isBoundaryWord(n) || st.commonLevel(n) != notCommon {
		return k
	}
	return n // لافيغا after دي is a name, though it starts like ل + ال
}

// initialAt reports whether token k is an initial: one Arabic letter
// followed by a full stop (ب.).
func (st *state) initialAt(k int) bool {
	if k+1 >= len(st.toks) || st.toks[k].Kind != normalize.Word || st.word(k+1) != "." {
		return false
	}
	r, n := utf8.DecodeRuneInString(st.word(k))
	return n == len(st.word(k)) && unicode.Is(unicode.Arabic, r)
}

// loneGiven reports whether the given name at token j is a name even
// alone: a listed given name not marked as also a word (عثمان، معاوية),
// not a function word spelled alike (علي), right after a verb, or after a
// function word when no dictionary has it either.
func (st *state) loneGiven(j int) bool {
	c := &st.x.cls
	if !st.is(j, c.given) || st.riskyGiven(j) || (st.lex[j]|st.stem[j])&(c.stop|c.verb|c.date|c.boundary) != 0 ||
		st.hasTanween(j) || strings.HasSuffix(st.word(j), "ا") {
		return false
	}
	// The subject right after a verb (تولى عثمان الخلافة), and not a word
	// of a longer name the rules did not read.
	if j == 0 || st.breakBefore(j-1) {
		return false
	}
	afterVerb := st.has(j-1, c.verb|c.speech) || st.isVerb(j-1) && st.commonLevel(j-1) != notCommon
	// After a function word (مع، بين، عن), only a name no dictionary
	// has: مع معاوية، بين صبري.
	afterStop := st.is(j-1, c.stop) && st.commonLevel(j) == notCommon && st.x.cfg.words.Kind(st.word(j)) == 0
	if !afterVerb && !afterStop || st.is(j-1, c.nameLike) {
		return false
	}
	n := j + 1
	return st.breakBefore(n) || !st.is(n, c.nameLike) && !st.unknownWord(n) && !st.is(n, c.particle)
}

// isVerb reports whether token i reads as a verb: an imperfect in ي or
// س, or a verb of the dictionary that is no noun.
func (st *state) isVerb(i int) bool {
	w := st.word(i)
	if startsWithConj(w) && st.commonLevel(i) != notCommon {
		w = w[len("و"):]
	}
	if looksLikeVerb(w) {
		return true
	}
	k := st.x.cfg.words.Kind(w)
	return k&gazetteer.Verb != 0 && k&gazetteer.Noun == 0
}

// surnameSlot reports whether token k, right after a title and a listed
// given name, is the surname though it reads like something else (a
// verb's prefix, و, a plural ending, a nationality: سعد سيروب، جان ونر،
// عمرو عابدين، جون كندي): a word that no list gives another role and the
// dictionary does not have as it is, where the clause plainly goes on
// after it.
func (st *state) surnameSlot(k int) bool {
	c := &st.x.cls
	if st.breakBefore(k) || st.lex[k]&(c.boundary&^(c.nationality|c.location)) != 0 || st.stem[k]&c.boundary != 0 ||
		st.lex[k]&(c.nationality|c.location) != 0 && normalize.HasArticle(st.word(k)) {
		return false
	}
	if st.lex[k]&c.location != 0 {
		// A town's name as a surname (كارلوس بيريرا), not a place of
		// several words or a country's.
		if m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.location|c.country|c.org); !ok || m.Len() > 1 || st.x.gaz.ClassesOf(m.Entries)&(c.country|c.org) != 0 {
			return false
		}
	}
	w := st.word(k)
	if hasCliticArticle(w) || utf8.RuneCountInString(w) < 3 || st.commonLevel(k) == commonStem || st.hasTanween(k) ||
		startsWithConj(w) && st.commonLevel(k) != notCommon { // الإمام علي ورجاله
		return false
	}
	n := k + 1
	if st.breakBefore(n) || st.word(n)[0] < utf8.RuneSelf || (st.lex[n]|st.stem[n])&(c.stop|c.speech|c.verb|c.date) != 0 || st.isVerb(n) && st.commonLevel(n) != notCommon {
		return true
	}
	// A title in apposition follows the name (اللورد جون بيرت المدير
	// العام), or a third word no dictionary has: the word that only
	// looked inflected is the middle of a foreign name (فيليب دوست بلازي).
	return st.lex[n]&c.title != 0 || st.unknownWord(n) && st.commonLevel(k) == commonInflected
}

// opensNoName reports whether token k, an unlisted ordinary word, is a
// known imperfect verb or a function word behind a proclitic: no name
// starts with it, even before a word that may be a name.
func (st *state) opensNoName(k int) bool {
	if st.is(k, st.x.cls.nameLike) {
		return false
	}
	w := st.word(k)
	if r, ok := strings.CutPrefix(w, "ل"); ok && len(r) >= 8 && strings.ContainsAny(r[:2], "يتن") && st.x.cfg.words.Kind(r[2:])&gazetteer.Verb != 0 {
		return true // لتضرب: ل before an imperfect verb (so that it strike)
	}
	if st.commonLevel(k) == notCommon {
		return false
	}
	if strings.HasPrefix(w, "ي") && looksLikeVerb(w) && st.x.cfg.words.Kind(w)&gazetteer.Noun == 0 {
		return true
	}
	return st.functionWord(k)
}

// functionWord reports whether token i is a function word of the
// dictionary, as it is or after a proclitic (بأنه، لأن).
func (st *state) functionWord(i int) bool {
	ws := st.x.cfg.words
	w := st.word(i)
	if ws.Kind(w)&gazetteer.Function != 0 {
		return true
	}
	st.offs = normalize.Proclitics(st.offs[:0], w)
	for _, off := range st.offs[1:] {
		if len(w)-off >= 4 && ws.Kind(w[off:])&gazetteer.Function != 0 {
			return true
		}
	}
	return false
}

// hasTanween reports whether the source of token i carries tanween, the
// mark of an indefinite noun or adjective, never of a name.
func (st *state) hasTanween(i int) bool {
	s, e := st.m.Span(int(st.toks[i].Start), int(st.toks[i].End))
	w := st.src[s:e]
	return strings.ContainsRune(w, '\u064B') || strings.ContainsRune(w, '\u064C') || strings.ContainsRune(w, '\u064D')
}

// particleBinds reports whether token i may follow a name particle: any
// word but a function word, a verb, a date word or a preposition spelled
// with ى (أبو جبل، عبد الرحمن، آل خليفة).
func (st *state) particleBinds(i int) bool {
	c := &st.x.cls
	if i >= len(st.toks) || st.toks[i].Kind != normalize.Word || st.toks[i].Flags&normalize.LineStart != 0 {
		return false
	}
	if st.is(i, c.nameLike) && !st.srcEndsWith(i, "ى") {
		return true
	}
	if (st.lex[i]|st.stem[i])&(c.stop|c.verb|c.date|c.speech) != 0 || st.lex[i]&c.title != 0 {
		return false
	}
	w := st.word(i)
	if strings.HasPrefix(w, "و") {
		// Mostly the conjunction; a name whole only when it reads as no
		// word with it or without it (ابن أبي وقاص).
		return st.lex[i]|st.stem[i] == 0 && st.commonLevel(i) == notCommon && st.x.cfg.words.Kind(w) == 0
	}
	return !hasCliticArticle(w)
}

// nameWord reports whether token i may be part of a name. first allows a
// proclitic on the first word (وأحمد، لغالانت are names after their clitic);
// afterParticle allows words with the article (عبد الفتاح).
func (st *state) nameWord(i int, afterParticle, first bool) bool {
	c := &st.x.cls
	if i < 0 || i >= len(st.toks) || st.toks[i].Kind != normalize.Word {
		return false
	}
	if st.functionWithYa(i) {
		return false // على، إلى: prepositions, though علي is also a name
	}
	if st.is(i, c.nameLike) || first && st.stem[i]&c.nameLike != 0 {
		return true
	}
	if st.isBoundaryWord(i) {
		return false
	}
	w := st.word(i)
	if utf8.RuneCountInString(w) < 2 || w[0] < utf8.RuneSelf {
		return false // a Latin word after an Arabic name is a gloss: ميلفا ماريك Mileva Maric
	}
	if hasCliticArticle(w) && (st.commonLevel(i) != notCommon || !translitStart(w)) || !first && looksLikeVerb(w) {
		return false
	}
	if strings.HasPrefix(w, "و") {
		// Mostly the conjunction: a name after it is another name. Inside a
		// name, an unlisted word in وي is a transliteration (ويلمور،
		// ويلسون) unless it reads as a listed word without و.
		if first || st.stem[i] != 0 || !strings.HasPrefix(w, "وي") {
			return false
		}
	}
	if normalize.HasArticle(w) && st.srcHasArticle(i, 0) && !afterParticle {
		// Words with the article are names only as nisba surnames
		// (السيسي، الحوثي); other ال words are adjectives or nouns.
		return strings.HasSuffix(w, "ي") && utf8.RuneCountInString(w) >= 5
	}
	return true
}

// familyAfterGiven reports whether token k, right after a listed given
// name at j or after two of them, is an unlisted word with the article: a
// family name such as الصرايرة or المجالي (نادر الصرايرة).
func (st *state) familyAfterGiven(j, k int) bool {
	c := &st.x.cls
	if !st.has(j, c.given) || st.toks[k].Kind != normalize.Word || st.lex[k]|st.stem[k] != 0 {
		return false
	}
	switch {
	case k == j+1:
	case k == j+2 && st.is(j+1, c.given):
		// After two given names (محمد ماجد العيطان), an unknown word only.
		if st.commonLevel(k) != notCommon {
			return false
		}
	default:
		return false
	}
	w := st.word(k)
	return normalize.HasArticle(w) && !hasCliticArticle(w) && utf8.RuneCountInString(w) >= 5
}

// nisbaSurname reports whether token k, right after a listed given name or
// a kunya at j, is a nationality nisba used as a family name (السيد ماهر
// المصري، أبو حمزة المصري): the masculine singular with the article, where
// a name may end after it.
func (st *state) nisbaSurname(j, k int) bool {
	c := &st.x.cls
	kunya := k >= j+2 && k <= j+3 && (st.is(j, c.particle) || st.cliticParticle(j)) && (k == j+2 || st.is(j+1, c.particle)) // أبو حمزة المصري، أبو عبد الله التركي
	if !kunya && (k != j+1 || !st.is(j, c.given)) || !st.is(k, c.nationality) {
		return false
	}
	w := st.word(k)
	return normalize.HasArticle(w) && strings.HasSuffix(w, "ي") && st.isLastWordOK(k+1)
}

// isBoundaryWord reports whether token i is a word that ends a name: a
// word of a boundary class as it is, or once its proclitics are removed —
// except an entity that only appears by removing the proclitics: بايدن is
// no ب + a town ايدن in a name.
func (st *state) isBoundaryWord(i int) bool {
	c := &st.x.cls
	if st.lex[i]&c.boundary != 0 {
		return true
	}
	if st.stem[i]&(c.country|c.nationality) != 0 {
		return true // بإسرائيل، بباريس is no name
	}
	// Read without its proclitics, the word ends a name when the stem is a
	// boundary word — except a function or date word behind a preposition,
	// which is too often a name's first letters: باول is no ب + أول.
	b := st.stem[i] & (c.boundary &^ c.entity)
	if !startsWithConj(st.word(i)) {
		b &^= c.stop | c.date
	}
	return b != 0
}

// breakBefore reports whether token i is past the text, starts a line or
// is not a word: every name ends before it.
func (st *state) breakBefore(i int) bool {
	if i >= len(st.toks) {
		return true
	}
	t := st.toks[i]
	return t.Flags&normalize.LineStart != 0 || t.Kind != normalize.Word
}

// isLastWordOK reports whether a name may end before token i.
func (st *state) isLastWordOK(i int) bool {
	c := &st.x.cls
	if st.breakBefore(i) {
		return true
	}
	if st.isBoundaryWord(i) && (!st.is(i, c.nameLike) || st.srcEndsWith(i, "ى")) {
		return true // على is no علي
	}
	w := st.word(i)
	if hasCliticArticle(w) || startsWithConj(w) || looksLikeVerb(w) || w[0] < utf8.RuneSelf {
		return true // … or a Latin word: a gloss
	}
	return !st.is(i, c.nameLike) && st.commonLevel(i) != notCommon // مع الرئيس كوستاس ميتروبولوس تناولت
}

// looksLikeVerb reports whether an unlisted word reads as an imperfect or
// future verb (يدعو، سيزور، ستعقد): after a name, such a word is the
// sentence's verb, not the name's next word.
func looksLikeVerb(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست") || strings.HasPrefix(w, "سن")
}

// hasCliticArticle reports whether w starts with a proclitic and the
// article (وال، بال، فال، كال، لل): such a word is no name.
func hasCliticArticle(w string) bool {
	for _, p := range [...]string{"وال", "بال", "فال", "كال", "لل", "وبال", "ولل", "فلل", "فبال"} {
		// Two letters after لل (للحل), three after بال (بالاك is a name).
		rest := 4
		if strings.HasSuffix(p, "لل") {
			rest = 2
		}
		if strings.HasPrefix(w, p) && len(w) > len(p)+rest {
			return true
		}
	}
	return false
}

// translitStart reports whether w starts as many transliterated names do
// and a preposition with the article does too (كالديرون، بالاسيوس): read
// as a name when the rest is no word.
func translitStart(w string) bool {
	return strings.HasPrefix(w, "كال") || strings.HasPrefix(w, "بال")
}

// startsWithConj reports whether w starts with the conjunction و or ف.
func startsWithConj(w string) bool {
	return strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")
}

// stemWord returns token i without the proclitics that make it a listed
// word, or the whole word.
func (st *state) stemWord(i int) string {
	w := st.word(i)
	if st.lex[i] != 0 {
		return w
	}
	st.offs = normalize.Proclitics(st.offs[:0], w)
	for _, off := range st.offs[1:] {
		if st.x.gaz.WordClasses(w[off:]) != 0 {
			return w[off:]
		}
	}
	return w
}

// addPerson adds a PERSON candidate over tokens [s, e), skipping the
// proclitic of its first word when the word is only a name without it
// (وأحمد).
func (st *state) addPerson(s, e int, src string) {
	off := 0
	if c := &st.x.cls; st.lex[s]&c.nameLike == 0 && st.stem[s]&c.nameLike != 0 || st.cliticParticle(s) {
		off = len(st.word(s)) - len(st.stemWord(s))
	}
	st.add(cand{s: s, e: e, off: off, typ: Person, src: src, weak: st.weakName})
}

// functionWithYa reports whether token i is a function word or a verb
// written with a final ى (على، إلى), which normalizes like a name (علي).
func (st *state) functionWithYa(i int) bool {
	return st.lex[i]&(st.x.cls.stop|st.x.cls.verb) != 0 && st.srcEndsWith(i, "ى")
}

// cliticParticle reports whether token i is a name particle behind one
// proclitic, و، ف، ل or ب (وابو عبد الله، لأبي خليل القباني), which opens a
// name as the particle alone does.
func (st *state) cliticParticle(i int) bool {
	c := &st.x.cls
	if st.lex[i]&c.particle != 0 || st.stem[i]&c.particle == 0 {
		return false
	}
	r, n := utf8.DecodeRuneInString(st.word(i))
	return len(st.word(i))-len(st.stemWord(i)) == n && strings.ContainsRune("وفلب", r)
}

// isKunya reports whether token i is أبو، ابن or عبد (after an optional و)
// followed by a word that may be bound into a name, and after أبو or ابن
// not by a word with a possessive pronoun (ابن عمه: his cousin).
func (st *state) isKunya(i int) bool {
	w, clitic := st.word(i), st.cliticParticle(i)
	if clitic {
		w = st.stemWord(i)
	}
	if (w == "ابي" || w == "ابا") && (st.is(i, st.x.cls.particle) || clitic) {
		// أبي and أبا, the other cases of أبو, are also my father and a
		// father: a kunya only before a listed given name (أبي زكريا),
		// with the article or without (أبي الحسن).
		if st.breakBefore(i + 1) {
			return false
		}
		nw := st.word(i + 1)
		return st.is(i+1, st.x.cls.given) || normalize.HasArticle(nw) && st.x.gaz.WordClasses(nw[len("ال"):])&st.x.cls.given != 0 // أبي الحسن
	}
	if w != "ابو" && w != "ابن" && w != "عبد" || !st.is(i, st.x.cls.particle) && !st.has(i, st.x.cls.particle) {
		return false
	}
	if !st.particleBinds(i+1) || st.has(i+1, st.x.cls.entity) {
		return false
	}
	if w == "عبد" {
		return true // عبد الله، عبد الإله، عبد ربه: no pronoun after عبد
	}
	nw := st.word(i + 1)
	return !st.srcEndsWith(i+1, "ه") && !strings.HasSuffix(nw, "ها") && !strings.HasSuffix(nw, "هم") && !strings.HasSuffix(nw, "نا")
}

// givenStart reports whether token i is a listed given name that may start
// a name: whole, or after the conjunction و/ف (وأحمد) — not after a
// preposition, which too often hides another word (لجان is ل + جان,
// كبرى is ك + برى).
func (st *state) givenStart(i int) bool {
	c := &st.x.cls
	if b := (st.lex[i] | st.stem[i]) & c.boundary; b != 0 {
		// A given name spelled like a verb (تامر) is a name before a listed
		// name: وتامر عبدالحميد.
		if b&^c.verb != 0 || !st.is(i+1, c.nameLike) || st.breakBefore(i+1) {
			return false
		}
	}
	if st.lex[i]&c.given != 0 {
		return true
	}
	if st.stem[i]&c.given == 0 {
		return false
	}
	w := st.word(i)
	stem := st.stemWord(i)
	return len(w)-len(stem) == len("و") && startsWithConj(w)
}

// nameNext reports whether a listed given name that is no ordinary word,
// or a listed family name, follows token i, a given name that is also a
// noun (حسن يوسف، سعيد شيرازي).
func (st *state) nameNext(i int) bool {
	n := i + 1
	if st.breakBefore(n) || startsWithConj(st.word(n)) && !st.is(n, st.x.cls.nameLike) {
		return false
	}
	if st.is(n, st.x.cls.given) && !st.riskyGiven(n) {
		return true
	}
	// A family name that no dictionary reads as a word (شيرازي, not العمر).
	return st.is(n, st.x.cls.family) && !normalize.HasArticle(st.word(n)) && st.commonLevel(n) == notCommon
}

// abdNext reports whether a compound name in عبد follows token i, apart
// or joined (عبد الوهاب، عبدالحميد).
func (st *state) abdNext(i int) bool {
	if st.breakBefore(i + 1) {
		return false
	}
	w := st.word(i + 1)
	return (w == "عبد" || w == "بن") && st.isKunya(i+1) || strings.HasPrefix(w, "عبد") && st.is(i+1, st.x.cls.given)
}

// givenHasArticle reports whether the given name at token i is written
// with the article (الحسن): alone, such a name is too often a word. The
// source decides, as normalization spells ألكسندر with ال too.
func (st *state) givenHasArticle(i int) bool {
	w, stem := st.word(i), st.stemWord(i)
	return normalize.HasArticle(stem) && st.srcHasArticle(i, len(w)-len(stem))
}

// nextInList reports whether token i carries the conjunction و right
// after a person found by the rules: the next name of a list (أحمد البكري
// وعادل فتحي), where even a given name that is also a word is a name.
func (st *state) nextInList(i int) bool {
	if !strings.HasPrefix(st.word(i), "و") || len(st.cands) == 0 {
		return false
	}
	last := &st.cands[len(st.cands)-1]
	return last.typ == Person && (last.e == i || last.e == i-1 && st.isComma(i-1)) // أحمد البكري، وعادل فتحي
}

// riskyGiven reports whether token i is a given name that is also a common
// word (its entries say so with a value ending in "?", such as أمل or
// جمال): such names start a name only after a title.
func (st *state) riskyGiven(i int) bool {
	risky := false
	for _, e := range st.x.gaz.WordEntries(st.stemWord(i)) {
		if e.Class != "GIVEN" {
			continue
		}
		if !strings.HasSuffix(e.Value, "?") {
			return false
		}
		risky = true
	}
	return risky
}

// ordinaryWord reports whether token k, in a name starting at j, is an
// unlisted ordinary word that ends the name (see commonLevel). A first word
// may be one when the next word is a name (القاضية آنا ديغز); after a title
// (strong), a word right after a listed given name may be one as it is
// (سعيد صيام، فايز السعيد); a nisba with the article (العظمي) may be one
// anywhere.
func (st *state) ordinaryWord(j, k int, strong bool) bool {
	c := &st.x.cls
	if st.is(k, c.nameLike) || k == j && st.stem[k]&c.nameLike != 0 {
		return false
	}
	level := st.commonLevel(k)
	switch {
	case level == notCommon:
		return false
	case k == j:
		n := k + 1
		if st.is(n, c.particle) && st.particleBinds(n+1) {
			return false // زهية أبو الهيجا
		}
		return st.breakBefore(n) || (!st.is(n, c.nameLike) || st.srcEndsWith(n, "ى")) && (!st.nameWord(n, false, false) || st.commonLevel(n) != notCommon)
	case level == commonInflected:
		return true
	case k == j+1 && st.has(j, c.given) && strong:
		// A function word or a verb of five letters or more after a given
		// name is the clause's (وأفاد أنطونيو بأن، وتوقع فارس تزايد) — but
		// not a verb in the dual's ان, which ends many foreign surnames
		// (توماس برينان).
		w := st.word(k)
		kind := st.x.cfg.words.Kind(w)
		return kind&gazetteer.Function != 0 || kind&gazetteer.Verb != 0 && utf8.RuneCountInString(w) >= 5 && !strings.HasSuffix(w, "ان")
	}
	w := st.word(k)
	return !(normalize.HasArticle(w) && strings.HasSuffix(w, "ي"))
}
