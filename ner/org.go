package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// Organization rules: a head word (حركة، حزب، وزارة …) directly before a
// listed organization joins it (حركة حماس), and before an unknown word
// makes one with it (حزب كديما، جامعة هارفارد); a trigger word (شركة،
// صحيفة) before an unknown word makes the word an organization, without
// the trigger (شركة نوكيا → نوكيا); a head of an institution that takes a
// nationality (الجيش) followed by a nationality adjective is an
// organization (الجيش الإسرائيلي).
func (st *state) organizations() {
	c := &st.x.cls
	g := st.x.gaz
	for i := 0; i+1 < len(st.toks); i++ {
		if st.below[i]&(c.orgHead|c.orgTrigger) != 0 {
			// A name in quotation marks after a head or trigger: صحيفة
			// «هآرتس»، مصرف "إتش إس بي سي". The marks are outside.
			if m, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgHead|c.orgTrigger); ok {
				if s, e, ok := st.quotedName(m.End); ok {
					st.add(cand{s: s, e: e, typ: Organization, src: "rule:org-quoted"})
					i = e
					continue
				}
			}
		}
		if st.below[i]&c.orgPlaceHead != 0 {
			// An institution named after its place: جامعة القاهرة، بنك
			// فلسطين. The head is inside; with the article it is not
			// (الجامعة الأردنية is an adjective's).
			if m, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgPlaceHead); ok && m.End < len(st.toks) && !normalize.HasArticle(st.word(i)[m.Offset:]) {
				if l, ok := g.MatchAt(st.m.Text, st.toks, m.End, c.location|c.country); ok && l.Offset == 0 && !st.is(m.End, c.org) && st.isLastWordOK(l.End) {
					st.add(cand{s: i, e: l.End, off: m.Offset, typ: Organization, src: "rule:org-place"})
					i = l.End - 1
					continue
				}
			}
		}
		if st.below[i]&c.orgNatHead != 0 && (!st.has(i-1, c.title) || st.breakBefore(i-1)) {
			// A body and a nationality: الجيش اللبناني، وكالة الأنباء
			// المصرية (وكالة is a head of names too) — not in a title:
			// رئيس مجلس النواب اللبناني is a role.
			if m, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgNatHead); ok && m.End < len(st.toks) && st.is(m.End, c.nationality) {
				st.add(cand{s: i, e: m.End + 1, off: m.Offset, typ: Organization, src: "rule:org-nationality"})
				i = m.End
				continue
			}
		}
		switch {
		case st.below[i]&c.orgHead != 0:
			m, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgHead)
			if !ok || m.End >= len(st.toks) {
				continue
			}
			o, ok := g.MatchAt(st.m.Text, st.toks, m.End, c.org)
			if ok && st.wordClubOnly(o.Entries, m.End) {
				ok = false // شباب الخليل far from sport: no club to join
			}
			if !ok || o.Offset != 0 {
				// A head with the article is no part of a name before an
				// unknown word: رئيس النادي رامون كالديرون.
				if normalize.HasArticle(st.word(i)[m.Offset:]) {
					continue
				}
				e := st.orgName(m.End)
				if e == m.End && st.has(i, c.guildHead) {
					e = st.guildMembers(m.End)
				}
				if e > m.End {
					st.add(cand{s: i, e: e, off: m.Offset, typ: Organization, src: "rule:org-head"})
					i = e - 1
				}
				continue
			}
			if st.has(i, c.orgMembers) {
				continue // قوات حزب الله: the list reports حزب الله
			}
			e := o.End
			if e-o.Start >= 2 && st.is(e-1, c.nationality) && st.listedOrg(o.Start, 0, e-1) {
				e-- // نادي ريال مدريد الإسباني → نادي ريال مدريد
			}
			st.add(cand{s: i, e: e, off: m.Offset, typ: Organization, src: "rule:org-head"})
			i = e - 1
		case st.below[i]&c.orgTrigger != 0:
			m, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgTrigger)
			if !ok || m.End >= len(st.toks) {
				continue
			}
			if o, ok := g.MatchAt(st.m.Text, st.toks, m.End, c.media); ok && o.Offset == 0 && st.isLastWordOK(o.End) {
				// An outlet named by a word or a place: صحيفة الحياة،
				// مراسل الجزيرة.
				st.add(cand{s: m.End, e: o.End, typ: Organization, src: "rule:org-trigger", prio: priority(Organization) + listBonus})
				i = o.End - 1
				continue
			}
			if e := st.orgName(m.End); e > m.End {
				st.add(cand{s: m.End, e: e, typ: Organization, src: "rule:org-trigger"})
				i = e - 1
			}
		}
	}
}

// wordClubOnly reports whether entries name only clubs named by an
// ordinary word (value wordClubValue) and no word of sport is near token i:
// then they name nothing.
func (st *state) wordClubOnly(entries []gazetteer.Entry, i int) bool {
	for _, e := range entries {
		if e.Class == gazetteer.Organization && e.Value != wordClubValue {
			return false
		}
	}
	return !st.sportNear(i)
}

// maxOrgWords bounds the unknown words an organization's name takes after
// its head or trigger.
const maxOrgWords = 3

// orgName returns the end of the unknown words (see unknownWord) that
// start at token j, with a complement in لل after them, ending where a
// name may end (isLastWordOK), or j.
func (st *state) orgName(j int) int {
	if j >= len(st.toks) || st.toks[j].Flags&normalize.LineStart != 0 {
		return j
	}
	e := j
	for e < len(st.toks) && e < j+maxOrgWords && st.unknownWord(e) && (e == j || st.toks[e].Flags&normalize.LineStart == 0) {
		e++
	}
	if e == j {
		return j
	}
	if e < len(st.toks) && st.toks[e].Flags&normalize.LineStart == 0 && strings.HasPrefix(st.word(e), "لل") {
		e++ // what it is for: معهد ماساتشوستس للتكنولوجيا
	}
	if !st.isLastWordOK(e) {
		return j
	}
	return e
}

// guildMembers returns the end of the people an association unites,
// named from token j by a plural with the article (نقابة المحامين، اتحاد
// الصحفيين الأردنيين، اتحاد المحامين العرب), or j. The plural is one in
// ين or ون, and a nationality or العرب may follow it.
func (st *state) guildMembers(j int) int {
	if j >= len(st.toks) || st.breakBefore(j) {
		return j
	}
	w := st.word(j)
	if !normalize.HasArticle(w) || !st.srcHasArticle(j, 0) || utf8.RuneCountInString(w) < 7 ||
		!strings.HasSuffix(w, "ين") && !strings.HasSuffix(w, "ون") || st.has(j, st.x.cls.boundary) && !st.is(j, st.x.cls.nationality) {
		return j
	}
	e := j + 1
	if !st.breakBefore(e) && (st.is(e, st.x.cls.nationality) || st.word(e) == "العرب") {
		e++
	}
	return e
}

// maxQuotedWords bounds the words of a name in quotation marks.
const maxQuotedWords = 5

// quotedName returns the words between a quotation mark at token j (or
// after the article written apart, الـ) and the closing mark, on one line:
// at most maxQuotedWords words, or none.
func (st *state) quotedName(j int) (int, int, bool) {
	if j < len(st.toks) && st.toks[j].Kind == normalize.Word && st.word(j) == "ال" {
		j++ // مجلة الـ"تايم"
	}
	if j+2 >= len(st.toks) || !isQuote(st.word(j)) || st.toks[j+1].Flags&normalize.LineStart != 0 {
		return 0, 0, false
	}
	if isQuote(st.word(j+1)) && st.word(j+1) == st.word(j) {
		j++ // a doubled mark: '' نيوز أوف ذا وورلد ''
	}
	s := j + 1
	for e := s; e < len(st.toks) && e <= s+maxQuotedWords; e++ {
		t := st.toks[e]
		if e > s && t.Flags&normalize.LineStart != 0 {
			break
		}
		if isQuote(st.word(e)) {
			return s, e, e > s
		}
		if t.Kind != normalize.Word && st.word(e) != "." && st.word(e) != "-" {
			break
		}
	}
	return 0, 0, false
}
