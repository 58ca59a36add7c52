package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// Document-level propagation. Once a person's name is found in a document,
// its surname names that person everywhere within an article's length of
// that mention (propagationWindow tokens), before the full name too (a headline often names أوستن before the text
// introduces لويد أوستن). Every mention of a person gets as its value the
// fullest form of the name found in the document.
//
// The surname is the name's last word, with the particle that binds it
// (آل ثاني, not ثاني). A one-word name found after a title (الرئيس بايدن)
// propagates too, unless it is a listed given name: a lone محمد is no key
// to the person.

// person is a group of mentions of one person.
type person struct {
	key   []string // the surname's words, normalized
	best  int      // the candidate with the most words
	words int
	// names: the distinct full names of the group (at most maxFullNames),
	// longer than its key: two people of one family share a surname (جون
	// بيرت، يحيى بيرت).
	names []fullName
	// spread: the surname is safe to look for everywhere.
	spread bool
	// at: the first tokens of the mentions that found the person.
	at []int
}

// A fullName is a mention of a person longer than the group's key.
type fullName struct {
	ci    int      // the candidate
	words []string // its words, normalized
}

// maxFullNames bounds the distinct full names a group keeps, so that
// propagation stays linear in the mentions whatever the text.
const maxFullNames = 8

// addName records the words of candidate ci as one of p's full names
// unless p has them already.
func (p *person) addName(ci int, words []string) {
	if len(p.names) >= maxFullNames {
		return
	}
	for _, n := range p.names {
		if slices.Equal(n.words, words) {
			return
		}
	}
	p.names = append(p.names, fullName{ci, words})
}

// propagationWindow is how many tokens from a mention found by a rule or a
// list its surname is looked for: a news article's length. Texts that
// join many articles (a day's feed) would otherwise carry a name from one
// story into another.
const propagationWindow = 1000

// near reports whether token i is within propagationWindow tokens of a
// mention of p. p.at is sorted.
func (p *person) near(i int) bool { return near(p.at, i) }

// near reports whether token i is within propagationWindow tokens of one
// of the sorted tokens at.
func near(at []int, i int) bool {
	k, _ := slices.BinarySearch(at, i-propagationWindow)
	return k < len(at) && at[k] <= i+propagationWindow
}

// keyOK reports whether the surname of person candidate cd, last, is safe
// to mark everywhere in the document: a word that no list knows as anything
// but a name, not a preposition spelled with ى (على), not a given name that
// is also a common word (باسم), with the article only as a listed family
// name, at least three letters long, from a name that ends at a hard
// boundary (see hardEnd) or before an ordinary word (see wordEnd), and of
// two words or more unless a title or a verb of saying introduced it.
func (st *state) keyOK(cd *cand, words int, last string) bool {
	c := &st.x.cls
	t := cd.e - 1
	if cd.weak {
		return false
	}
	if utf8.RuneCountInString(last) < 3 || st.lex[t]&^c.nameLike != 0 || st.stem[t]&(c.boundary&^c.entity) != 0 {
		return false
	}
	if st.srcEndsWith(t, "ى") && (st.has(t, c.stop) || st.x.cfg.words.Kind(last)&gazetteer.Function != 0) {
		return false // على، إلى, though علي is a name; not موسى
	}
	strong := cd.src == "rule:title" || cd.src == "rule:speech"
	listed := strings.HasPrefix(cd.src, "gazetteer:") && st.commonLevel(t) != commonInflected
	if normalize.HasArticle(last) && st.lex[t]&c.family == 0 && !listed && !(strong && strings.HasSuffix(last, "ي")) {
		// الملكي، الديمقراطي: adjectives more often than surnames, unless
		// a title introduced the name (الرئيس العراقي سلام الحمداني) or a
		// list of people has it and it is no inflected ordinary word (رنا
		// العتوم، فيصل المقداد).
		return false
	}
	if st.riskyGiven(t) || !st.hardEnd(cd.e) && !st.wordEnd(cd.e, t) {
		return false
	}
	return words >= 2 || strong
}

// firstNameKeyOK reports whether the first word of person candidate cd,
// a name of two words or more, names the person alone elsewhere: a listed
// given name that is no ordinary word (فايز of فايز السعيد, not محمد or
// أمل), not a particle, with nothing before it in the name. A compound
// given name (نور الدين) names the person with both its words, whatever
// its first word means alone.
func (st *state) firstNameKeyOK(cd *cand) bool {
	c := &st.x.cls
	return st.is(cd.s, c.given) && !st.is(cd.s, c.particle) && (!st.riskyGiven(cd.s) || st.compoundGiven(cd.s))
}

// compoundGiven reports whether the given name at token i is the first
// word of a compound one: صلاح of صلاح الدين, نصر of نصر الله.
func (st *state) compoundGiven(i int) bool {
	if i+1 >= len(st.toks) || st.breakBefore(i+1) {
		return false
	}
	if w := st.word(i + 1); w == "الدين" || w == "الله" {
		return true
	}
	if st.below[i]&st.x.cls.given == 0 {
		return false
	}
	m, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, i, st.x.cls.given)
	return ok && m.End > i+1
}

// loneFirstName reports whether tokens [i, n), a known person's given
// name, stand alone: no name word before or after them.
func (st *state) loneFirstName(i, n int) bool {
	c := &st.x.cls
	if i > 0 && !st.breakBefore(i-1) && (st.is(i-1, c.nameLike|c.particle) || st.unknownWord(i-1)) {
		return false
	}
	if st.breakBefore(n) {
		return true
	}
	if n == i+1 && st.compoundGiven(i) {
		return false // منبر صلاح الدين: not صلاح of صلاح الدين الأيوبي alone
	}
	// محمد ب.: an initial follows.
	return !st.is(n, c.nameLike|c.particle) && !st.unknownWord(n) && utf8.RuneCountInString(st.word(n)) > 1
}

// srcEndsWith reports whether the source text of token i ends with suffix.
func (st *state) srcEndsWith(i int, suffix string) bool {
	_, e := st.m.Span(int(st.toks[i].Start), int(st.toks[i].End))
	return strings.HasSuffix(st.src[:e], suffix)
}

// propagate marks the surnames of known people and sets every person's
// value.
func (st *state) propagate() {
	c := &st.x.cls
	var groups []*person
	byFirst := make(map[string][]*person)
	// By given name, for it alone: its word, and the second word of a
	// compound (صلاح الدين) or "".
	given := make(map[[2]string]*person)
	for _, ci := range st.acc {
		cd := &st.cands[ci]
		if cd.typ != Person {
			continue
		}
		words := st.nameWords(cd)
		if len(words) == 0 {
			continue
		}
		key := words[len(words)-1:]
		if len(words) >= 2 && (st.is(cd.e-2, c.particle) || key[0] == "الله") {
			key = words[len(words)-2:] // آل ثاني، نصر الله
		}
		if utf8.RuneCountInString(key[0]) == 1 {
			key = words // محمد ب. and فؤاد ب. are two people
		}
		if len(words) == 1 && st.has(cd.s, c.given) {
			continue
		}
		p := findGroup(groups, key)
		if p == nil {
			p = &person{key: key, best: ci, words: len(words)}
			groups = append(groups, p)
		} else if len(words) > p.words {
			p.best, p.words = ci, len(words)
		}
		p.at = append(p.at, cd.s)
		if len(words) > len(key) {
			p.addName(ci, words)
		}
		if !p.spread && st.keyOK(cd, len(words), key[len(key)-1]) {
			p.spread = true
			byFirst[key[0]] = append(byFirst[key[0]], p)
		}
		first, rest := [2]string{words[0]}, 1
		if cd.s+1 < cd.e && st.compoundGiven(cd.s) {
			first, rest = [2]string{words[0], words[1]}, 2 // صلاح الدين of صلاح الدين الأيوبي
		}
		if len(words) > rest && cd.off == 0 && st.firstNameKeyOK(cd) {
			// The given name alone names the person too (لكن فايز قال).
			q := given[first]
			if q == nil {
				q = &person{best: ci, words: len(words), spread: true}
				given[first] = q
			} else if len(words) > q.words {
				q.best, q.words = ci, len(words)
			}
			q.at = append(q.at, cd.s)
		}
	}
	for _, q := range given {
		slices.Sort(q.at)
	}
	if len(groups) == 0 && len(given) == 0 {
		return
	}
	for _, p := range groups {
		slices.Sort(p.at)
	}
	for i := 0; i < len(st.toks); i++ {
		if st.toks[i].Kind != normalize.Word {
			continue
		}
		w := st.word(i)
		if st.owner[i] != 0 {
			// A list entry read through a proclitic gives way to a known
			// name read whole: بايدن is not ب + a town ايدن.
			if o := &st.cands[st.owner[i]-1]; o.off > 0 && o.e-o.s == 1 && o.typ != Person && len(byFirst[w]) > 0 {
				st.release(int(st.owner[i] - 1))
			} else {
				continue
			}
		}
		if q := given[[2]string{w}]; q != nil && q.near(i) && st.loneFirstName(i, i+1) {
			st.cands = append(st.cands, cand{s: i, e: i + 1, typ: Person, src: "rule:propagation", prio: priority(Person), givenAlone: true})
			st.accept(len(st.cands) - 1)
			continue
		}
		if st.compoundGiven(i) {
			// صلاح الدين is not صلاح of محمد صلاح, but it may be a known
			// person's compound given name alone.
			if q := given[[2]string{w, st.word(i + 1)}]; q != nil && q.near(i) && st.owner[i+1] == 0 && st.loneFirstName(i, i+2) {
				st.cands = append(st.cands, cand{s: i, e: i + 2, typ: Person, src: "rule:propagation", prio: priority(Person), givenAlone: true})
				st.accept(len(st.cands) - 1)
				i++
			}
			continue
		}
		st.offs = normalize.Proclitics(st.offs[:0], w)
		for _, off := range st.offs {
			e, p := st.matchKey(byFirst[w[off:]], i)
			if p == nil {
				continue
			}
			s, soff := st.extendLeft(p, i, off)
			for k := 0; k < 2 && soff == 0 && s > 0 && st.owner[s-1] == 0 && st.toks[s].Flags&normalize.LineStart == 0 && st.is(s-1, c.given) && !st.riskyGiven(s-1); k++ {
				s-- // a given name the full mention did not have: أليكس فيرغوسن
			}
			if soff == 0 && s > 0 && st.owner[s-1] != 0 && st.toks[s].Flags&normalize.LineStart == 0 {
				// A name a rule read short, and the known surname right
				// after it: ابنه يحيى + بيرت is يحيى بيرت.
				if oi := int(st.owner[s-1] - 1); st.cands[oi].typ == Person && st.cands[oi].e == s {
					s, soff = st.cands[oi].s, st.cands[oi].off
					st.release(oi)
				}
			}
			st.cands = append(st.cands, cand{s: s, e: e, off: soff, typ: Person, src: "rule:propagation", prio: priority(Person)})
			st.accept(len(st.cands) - 1)
			i = e - 1
			break
		}
	}
	// Values: the fullest name of each group, as written.
	for _, ci := range st.acc {
		cd := &st.cands[ci]
		if cd.typ != Person {
			continue
		}
		words := st.nameWords(cd)
		if len(words) == 0 {
			continue
		}
		if cd.givenAlone || len(words) == 1 && st.has(cd.s, c.given) {
			// A given name alone: the fullest name that begins with it.
			key := [2]string{words[0]}
			if len(words) == 2 {
				key[1] = words[1] // a compound given name: صلاح الدين
			}
			if q := given[key]; q != nil && (cd.givenAlone || q.near(cd.s)) {
				s, e := st.srcSpan(&st.cands[q.best])
				cd.val = st.src[s:e]
				continue
			}
		}
		for _, p := range groups {
			if endsWith(words, p.key) || len(words) <= len(p.key) && endsWith(p.key, words) {
				s, e := st.srcSpan(st.fullest(p, cd, words))
				cd.val = st.src[s:e]
				break
			}
		}
		if cd.val == "" {
			s, e := st.srcSpan(cd)
			cd.val = st.src[s:e]
		}
	}
}

// nameWords returns the normalized words of a candidate, its first word
// without the skipped proclitic. Punctuation tokens are left out.
func (st *state) nameWords(cd *cand) []string {
	words := make([]string, 0, cd.e-cd.s)
	for k := cd.s; k < cd.e; k++ {
		if st.toks[k].Kind != normalize.Word {
			continue
		}
		w := st.word(k)
		if k == cd.s {
			w = w[cd.off:]
		}
		words = append(words, w)
	}
	return words
}

func findGroup(ps []*person, key []string) *person {
	for _, p := range ps {
		if slices.Equal(p.key, key) {
			return p
		}
	}
	return nil
}

// matchKey finds the group whose key's remaining words follow token i, and
// returns the end of the match.
func (st *state) matchKey(ps []*person, i int) (int, *person) {
	for _, p := range ps {
		e := i + len(p.key)
		if e > len(st.toks) || !p.near(i) {
			continue
		}
		ok := true
		for k := 1; k < len(p.key); k++ {
			if st.owner[i+k] != 0 || st.word(i+k) != p.key[k] {
				ok = false
				break
			}
		}
		if ok {
			return e, p
		}
	}
	return 0, nil
}

// extendLeft grows a surname match at token i to the words before it that
// repeat the rest of the person's fullest name (a second جيك سوليفان).
func (st *state) extendLeft(p *person, i, off int) (int, int) {
	s, soff := i, off
	if off != 0 {
		return s, soff
	}
	for _, n := range p.names {
		if ls, loff := st.extendLeftAs(p, n.words, i); ls < s || ls == s && loff < soff {
			s, soff = ls, loff
		}
	}
	return s, soff
}

// extendLeftAs extends the key found at token i to the left with the
// words of full, a full name of p.
func (st *state) extendLeftAs(p *person, full []string, i int) (int, int) {
	wi := len(full) - len(p.key) - 1
	s, soff := i, 0
	for k := i - 1; k >= 0 && wi >= 0 && st.owner[k] == 0 && st.toks[k+1].Flags&normalize.LineStart == 0; k, wi = k-1, wi-1 {
		w := st.word(k)
		if w == full[wi] || isBin(w) && isBin(full[wi]) {
			s, soff = k, 0
			continue
		}
		if wi == 0 && len(w) > len(full[0]) && w[len(w)-len(full[0]):] == full[0] {
			// The first word with a proclitic: وجيك سوليفان.
			s, soff = k, len(w)-len(full[0])
		}
		break
	}
	return s, soff
}

// fullest returns the fullest mention of p that ends with words, the
// words of person candidate cd, which is one of p's mentions: يحيى بيرت
// is valued as itself, not as جون بيرت, but بيرت alone as the fullest
// name of the group.
func (st *state) fullest(p *person, cd *cand, words []string) *cand {
	best, n := cd, len(words)
	for _, f := range p.names {
		if len(f.words) > n && endsWith(f.words, words) {
			best, n = &st.cands[f.ci], len(f.words)
		}
	}
	return best
}

// isBin reports whether w is بن or ابن, one particle in two spellings
// (سعد بن أبي وقاص، سعد ابن أبي وقاص).
func isBin(w string) bool { return w == "بن" || w == "ابن" }

func endsWith(words, suffix []string) bool {
	return len(words) >= len(suffix) && slices.Equal(words[len(words)-len(suffix):], suffix)
}

// wordEnd reports whether a name whose last word, token t, is no given
// name ends before token i, an ordinary word of the dictionary that no
// list has as a name: جوزيف جون طومسون عالم إنجليزي.
func (st *state) wordEnd(i, t int) bool {
	c := &st.x.cls
	return i < len(st.toks) && st.toks[i].Kind == normalize.Word && !st.has(t, c.given) && !st.has(i, c.nameLike|c.particle|c.link) &&
		st.commonLevel(i) != notCommon && utf8.RuneCountInString(st.word(i)) >= 4 // not مير of فيلار مير
}

// hardEnd reports whether a name ending before token i ends at a hard
// boundary: punctuation, a line break, the end of the text, a function
// word, a verb, a date word or a title.
func (st *state) hardEnd(i int) bool {
	c := &st.x.cls
	if st.breakBefore(i) {
		return true
	}
	w := st.word(i)
	return (st.lex[i]|st.stem[i])&(c.stop|c.verb|c.speech|c.date|c.titleStart) != 0 || looksLikeVerb(w) || hasCliticArticle(w) || startsWithConj(w)
}
