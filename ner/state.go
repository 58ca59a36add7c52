package ner

import (
	"context"
	"strings"
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/ner/date"
	"github.com/kashif-nlp/kashif/normalize"
)

// Lexical classes of the default lists that the rules read. Entity classes
// are the gazetteer's (gazetteer.Country …).
const (
	clsTitle       gazetteer.Class = "TITLE"          // الرئيس، وزير الدفاع
	clsTitleMod    gazetteer.Class = "TITLE_MOD"      // السابق، الجديد
	clsHonorific   gazetteer.Class = "HONORIFIC"      // الشيخ، السيد
	clsCounterpart gazetteer.Class = "COUNTERPART"    // نظيره
	clsParticle    gazetteer.Class = "PARTICLE"       // بن، آل، أبو، عبد
	clsLink        gazetteer.Class = "LINK"           // فان، دي، فون دير
	clsCredit      gazetteer.Class = "CREDIT"         // إخراج، رئيسها
	clsStop        gazetteer.Class = "STOP"           // function and frequent words
	clsVerb        gazetteer.Class = "VERB"           // قال، أكد
	clsOrgHead     gazetteer.Class = "ORG_HEAD"       // حركة، وزارة
	clsOrgNatHead  gazetteer.Class = "ORG_NAT_HEAD"   // الجيش (+ nationality)
	clsGuildHead   gazetteer.Class = "ORG_GUILD_HEAD" // نقابة (+ المحامين)
	clsOrgMembers  gazetteer.Class = "ORG_MEMBERS"    // قوات (+ حزب الله)
	clsIdiom       gazetteer.Class = "IDIOM"          // مسقط رأسه
	clsRelative    gazetteer.Class = "RELATIVE"       // الذي، التي
	clsLocHead     gazetteer.Class = "LOC_HEAD"       // مدينة، محافظة
	clsOrgPlace    gazetteer.Class = "ORG_PLACE_HEAD" // جامعة القاهرة
	clsSpeech      gazetteer.Class = "SPEECH_VERB"    // قال، أكد
	clsSaying      gazetteer.Class = "QUOTED_SAYING"  // عن … قوله
	clsSport       gazetteer.Class = "SPORT"          // مباراة، الدوري
	clsOrgTrigger  gazetteer.Class = "ORG_TRIGGER"    // شركة، صحيفة
	clsLocTrigger  gazetteer.Class = "LOC_TRIGGER"    // مدينة، مخيم
	clsMedia       gazetteer.Class = "MEDIA_NAME"     // الحياة، الجزيرة
	datePrefix                     = "DATE_"          // every date word class
)

// classes holds the class sets of one Gazetteer that the rules use.
type classes struct {
	entity, country, location, org, nationality, person gazetteer.ClassSet
	given, family, title, titleMod, honorific           gazetteer.ClassSet
	counterpart, particle, link, stop, verb, credit     gazetteer.ClassSet
	orgHead, orgNatHead, guildHead, orgMembers, idiom   gazetteer.ClassSet
	locHead, date, speech, relative                     gazetteer.ClassSet
	sport, orgTrigger, locTrigger, media                gazetteer.ClassSet
	orgPlaceHead                                        gazetteer.ClassSet // جامعة before a place
	saying                                              gazetteer.ClassSet // قوله after a quoted name
	ordinal                                             gazetteer.ClassSet // regnal numbers (الثاني)
	// boundary: a word of one of these classes ends a name.
	boundary gazetteer.ClassSet
	// nameLike: classes that make a word part of a name.
	nameLike gazetteer.ClassSet
	// titleStart: classes that open a person context.
	titleStart gazetteer.ClassSet
}

func newClasses(g *gazetteer.Gazetteer) classes {
	c := classes{
		country:      g.Classes(gazetteer.Country),
		location:     g.Classes(gazetteer.Location),
		org:          g.Classes(gazetteer.Organization),
		nationality:  g.Classes(gazetteer.Nationality),
		person:       g.Classes(gazetteer.Person),
		given:        g.Classes(gazetteer.GivenName),
		family:       g.Classes(gazetteer.FamilyName),
		title:        g.Classes(clsTitle),
		titleMod:     g.Classes(clsTitleMod),
		honorific:    g.Classes(clsHonorific),
		counterpart:  g.Classes(clsCounterpart),
		particle:     g.Classes(clsParticle),
		link:         g.Classes(clsLink),
		credit:       g.Classes(clsCredit),
		stop:         g.Classes(clsStop),
		verb:         g.Classes(clsVerb),
		orgHead:      g.Classes(clsOrgHead),
		orgNatHead:   g.Classes(clsOrgNatHead),
		guildHead:    g.Classes(clsGuildHead),
		orgMembers:   g.Classes(clsOrgMembers),
		idiom:        g.Classes(clsIdiom),
		relative:     g.Classes(clsRelative),
		locHead:      g.Classes(clsLocHead),
		speech:       g.Classes(clsSpeech),
		saying:       g.Classes(clsSaying),
		sport:        g.Classes(clsSport),
		orgTrigger:   g.Classes(clsOrgTrigger),
		locTrigger:   g.Classes(clsLocTrigger),
		media:        g.Classes(clsMedia),
		orgPlaceHead: g.Classes(clsOrgPlace),
		ordinal:      g.Classes("DATEX_ORD"),
	}
	for _, name := range g.ClassNames() {
		if strings.HasPrefix(string(name), datePrefix) {
			c.date |= g.Classes(name)
		}
	}
	c.entity = c.country | c.location | c.org | c.nationality | c.person
	c.boundary = c.country | c.location | c.org | c.nationality | c.title | c.titleMod |
		c.honorific | c.counterpart | c.credit | c.stop | c.verb | c.orgHead | c.orgNatHead | c.orgTrigger | c.locHead | c.date | c.speech | c.orgPlaceHead
	c.nameLike = c.given | c.family | c.person
	c.titleStart = c.title | c.honorific | c.counterpart | c.credit
	return c
}

// A cand is a candidate entity in token coordinates.
type cand struct {
	s, e int    // tokens [s, e)
	off  int    // bytes of proclitic skipped in token s
	typ  Type   // entity type
	val  string // canonical value
	src  string // list or rule
	prio int8
	// weak: a person whose last word has no evidence of ending the name;
	// its surname is not propagated.
	weak bool
	// givenAlone: a known person's given name found alone by propagation;
	// its value is the fullest name that begins with it.
	givenAlone bool
}

// listBonus raises the priority of list entries above every rule's.
const listBonus = 8

// priority of a type when two candidates of the same length compete.
func priority(t Type) int8 {
	switch t {
	case Date:
		return 6
	case Person:
		return 5
	case Organization:
		return 4
	case Country:
		return 3
	case Location:
		return 2
	}
	return 1
}

// state is the scratch space of one Extract call. States are pooled; each
// call owns one.
type state struct {
	x     *Extractor
	src   string
	m     normalize.Mapped
	toks  []normalize.Token
	lex   []gazetteer.ClassSet // classes of each token as a whole word
	stem  []gazetteer.ClassSet // classes of each token with its proclitics removed
	below []gazetteer.ClassSet // classes of the entries that may start at each token
	ref   time.Time

	cands []cand
	owner []int32 // per token: index+1 of the accepted candidate covering it, 0 if none
	// common: per token, 1 + its commonLevel once read, 0 before.
	common []int8
	acc    []int // accepted candidates, indexes into cands
	offs   []int // scratch for normalize.Proclitics
	spans  []date.Span
	// weakName: set by parseName, see there.
	weakName bool
}

func (st *state) reset(x *Extractor, text string, ref time.Time) {
	st.x = x
	st.src = text
	st.m = x.norm.Map(text)
	st.toks = normalize.Tokenize(st.toks[:0], st.m.Text)
	st.ref = ref
	st.cands = st.cands[:0]
	st.acc = st.acc[:0]
	n := len(st.toks)
	st.lex = grow(st.lex, n)
	st.stem = grow(st.stem, n)
	st.below = grow(st.below, n)
	st.owner = grow(st.owner, n)
	clear(st.owner)
	st.common = grow(st.common, n)
	clear(st.common)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// word returns the normalized text of token i.
func (st *state) word(i int) string { return st.toks[i].Text(st.m.Text) }

// ctxCheckEvery is how many tokens a stage handles between checks of the
// context.
const ctxCheckEvery = 4096

func (x *Extractor) run(ctx context.Context, st *state) error {
	if err := st.lexicon(ctx); err != nil {
		return err
	}
	r := x.cfg.rules
	if r&RuleDates != 0 {
		st.dates()
	}
	if r&RuleGazetteer != 0 {
		if err := st.gazetteerMatches(ctx); err != nil {
			return err
		}
	}
	if r&(RuleTitles|RuleCounterparts|RuleGivenNames) != 0 {
		if err := st.people(ctx); err != nil {
			return err
		}
	}
	if r&RuleOrganizations != 0 {
		st.organizations()
	}
	if r&RuleLocations != 0 {
		st.places()
	}
	st.resolve()
	if r&RulePropagation != 0 {
		st.propagate()
		if r&RuleLocations != 0 {
			st.propagatePlaces()
		}
	}
	st.glosses()
	return ctx.Err()
}

// lexicon looks every token up as a single word, whole and without its
// proclitics.
func (st *state) lexicon(ctx context.Context) error {
	g := st.x.gaz
	for i, t := range st.toks {
		if i%ctxCheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		st.lex[i], st.stem[i], st.below[i] = 0, 0, 0
		if t.Kind != normalize.Word {
			continue
		}
		w := st.word(i)
		here, below := g.WordPrefix(w, false)
		st.lex[i], st.below[i] = here, below
		st.offs = normalize.Proclitics(st.offs[:0], w)
		for _, off := range st.offs[1:] {
			here, below := g.WordPrefix(w[off:], false)
			st.stem[i] |= here
			st.below[i] |= below
			if w[off-2:off] == "ل" {
				_, below := g.WordPrefix(w[off:], true)
				st.below[i] |= below
			}
		}
	}
	return nil
}

// gazetteerMatches adds a candidate for each list entry found, longest
// first, left to right.
func (st *state) gazetteerMatches(ctx context.Context) error {
	g, c := st.x.gaz, &st.x.cls
	for i := 0; i < len(st.toks); i++ {
		if i%ctxCheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if st.below[i]&c.entity == 0 {
			continue
		}
		m, ok := g.MatchAt(st.m.Text, st.toks, i, c.entity)
		if !ok {
			continue
		}
		if e := st.idiomEnd(i, m.End, m.Offset); e > 0 {
			i = e - 1
			continue // مسقط رأسه، القوة القاهرة: a phrase, no place
		}
		typ, val, src := st.pickEntry(m.Entries, m.Start)
		if typ == "" {
			continue // a club's name, far from sport
		}
		if m.Offset > 0 && m.Len() == 1 && st.lex[i]&c.nameLike != 0 && typ != Person {
			continue // فاطمة is the name, not ف + a place اطمة
		}
		if typ == Person && m.Len() == 1 && m.Offset > 0 && st.commonLevel(i) != notCommon {
			continue // فرائس is no ف + رائس, بأول no ب + أول (Powell)
		}
		if typ == Person && m.Offset == 0 && st.functionWithYa(i) {
			continue // على أمين: the preposition, though علي أمين is listed
		}
		if (typ == Location || typ == Country) && m.Len() == 1 && m.Offset > 0 && st.inflectedWhole(i) {
			continue // كسرت is a verb, not ك + the town سرت
		}
		if (typ == Location || typ == Country) && m.Len() == 1 && m.Offset == 0 && i > 0 && st.is(i-1, c.relative) {
			continue // التي تدمر الآخرين: a verb after a relative pronoun
		}
		if typ == Location && m.Len() == 1 && m.Offset == 0 && st.adjectivePlace(i) {
			continue // الدخان الرمادي، الصحابي الجليل
		}
		if typ == Country && m.Len() == 1 && m.Offset == 0 && st.adjectiveCountry(i) {
			typ = Nationality // الشركة السعودية, not the country
		}
		if (typ == Location || typ == Country) && st.quotedOutlet(m.Start, m.End) {
			typ, val = Organization, "" // قال لـ«الشرق الأوسط»: the newspaper
		}
		s, off := m.Start, m.Offset
		if typ == Organization && st.below[i]&c.orgTrigger != 0 {
			// A trigger is outside a name that is listed without it too
			// (صحيفة نيويورك تايمز → نيويورك تايمز) or that starts with a
			// word of no dictionary (شركة توتال → توتال). شركة مياه الزرقاء
			// keeps its head: مياه الزرقاء is no name of its own.
			if t, ok := g.MatchAt(st.m.Text, st.toks, i, c.orgTrigger); ok && t.End < m.End {
				o, ok := g.MatchAt(st.m.Text, st.toks, t.End, c.org|c.media)
				if ok && o.Offset == 0 && o.End == m.End || st.commonLevel(t.End) == notCommon {
					s, off = t.End, 0
				}
			}
		}
		if typ == Location && st.below[i]&c.locTrigger != 0 {
			// A settlement head is outside a place listed without it too:
			// مدينة غزة → غزة (but قطاع غزة is one place).
			if t, ok := g.MatchAt(st.m.Text, st.toks, i, c.locTrigger); ok && t.End < m.End {
				if o, ok := g.MatchAt(st.m.Text, st.toks, t.End, c.location); ok && o.Offset == 0 && o.End == m.End {
					s, off = t.End, 0
				}
			}
		}
		e := m.End
		if typ == Organization && e-s >= 2 && st.is(e-1, c.nationality) && (isClub(m.Entries) || st.listedOrg(s, off, e-1)) {
			// A nationality after a name of its own describes it: حزب الله
			// اللبناني → حزب الله, ريال مدريد الإسباني → ريال مدريد.
			e--
		}
		// A listed reading outranks a rule's reading of the same tokens (أبو
		// ظبي is a place, not a kunya).
		st.add(cand{s: s, e: e, off: off, typ: typ, val: val, src: "gazetteer:" + src, prio: priority(typ) + listBonus})
		i = m.End - 1
	}
	return nil
}

// idiomEnd returns the end of an idiom (IDIOM) that starts at token i,
// read off bytes past its start, or one or two tokens before it, and
// covers the list entry that ends at token e: مسقط رأسه, القوة القاهرة,
// الروح القدس. It returns 0 if there is none.
func (st *state) idiomEnd(i, e, off int) int {
	c := &st.x.cls
	for k := max(i-2, 0); k <= i; k++ {
		if st.below[k]&c.idiom == 0 || k < i && st.breakBefore(k) {
			continue
		}
		im, ok := st.x.gaz.MatchAt(st.m.Text, st.toks, k, c.idiom)
		if ok && im.End >= e && (k < i || im.Offset == off) {
			return im.End
		}
	}
	return 0
}

// inflectedWhole reports whether token i, read as a proclitic and a
// name, is whole an inflected form of an ordinary word: كسرت (I broke),
// not ك + سرت.
func (st *state) inflectedWhole(i int) bool {
	ws := st.x.cfg.words
	if ws == nil {
		return false
	}
	w := st.word(i)
	return !ws.Has(w) && stemKind(ws, w, bareForm) != 0
}

// adjectivePlace reports whether token i, a place of one word with the
// article that is also an ordinary word (الرمادي، الجليل), is
// the ordinary word: an adjective right after an ordinary noun with the
// article, which a place name does not follow.
func (st *state) adjectivePlace(i int) bool {
	if i == 0 || st.breakBefore(i-1) || !normalize.HasArticle(st.word(i)) || st.commonLevel(i) == notCommon {
		return false
	}
	p := st.word(i - 1)
	return normalize.HasArticle(p) && st.srcHasArticle(i-1, 0) && st.commonLevel(i-1) != notCommon &&
		(st.lex[i-1]|st.stem[i-1])&st.x.cls.boundary == 0 && !st.functionWord(i-1)
}

// adjectiveCountry reports whether token i, a country named like the
// nisba of its people, is the adjective: the feminine (السعودية) after a
// feminine or plural noun or adjective with the article (الديون السيادية
// السعودية، السلطات السعودية), the masculine (التشيلي) before a name.
// After a name the feminine may be either (شركة «أرامكو» السعودية،
// «أمريكان إكسبريس» السعودية), and stays the country.
func (st *state) adjectiveCountry(i int) bool {
	w := st.word(i)
	if normalize.HasArticle(w) && strings.HasSuffix(w, "ي") && !st.breakBefore(i+1) && st.has(i+1, st.x.cls.given|st.x.cls.person) {
		return true // التشيلي فرناندو غونزاليز: the masculine, before a name
	}
	if !normalize.HasArticle(w) || !strings.HasSuffix(w, "يه") || i == 0 || st.breakBefore(i-1) {
		return false
	}
	// The adjective agrees with a feminine noun, or with a plural of
	// things: الشركة السعودية، السلطات السعودية, not زار الوفد السعودية.
	p := st.word(i - 1)
	return normalize.HasArticle(p) && st.srcHasArticle(i-1, 0) && (strings.HasSuffix(p, "ه") || strings.HasSuffix(p, "ات")) && !st.functionWord(i-1)
}

// pickEntry chooses the reading of an ambiguous surface form at token i:
// the entity type of highest priority — except a club named after its city
// (value clubValue), which is the club only near words of sport (see
// sportNear), and a club named by an ordinary word (value wordClubValue),
// which is nothing elsewhere. It returns an empty Type when no entry is
// read.
func (st *state) pickEntry(entries []gazetteer.Entry, i int) (Type, string, string) {
	var best gazetteer.Entry
	bp := int8(-1)
	sport := -1 // unknown yet: sportNear is read once, when a club needs it
	nearSport := func() bool {
		if sport < 0 {
			sport = 0
			if st.sportNear(i) {
				sport = 1
			}
		}
		return sport == 1
	}
	for _, e := range entries {
		t := Type(e.Class)
		switch t {
		case Person, Country, Location, Organization, Nationality:
		default:
			continue
		}
		p := priority(t)
		if t == Organization && e.Value == wordClubValue && !nearSport() {
			// A club named by an ordinary word (الهلال، النصر) is the
			// club near words of sport and nothing elsewhere.
			continue
		}
		if t == Organization && e.Value == clubValue && len(entries) > 1 && !nearSport() {
			p = 0 // the city, unless nothing else reads the word
		}
		if p > bp {
			best, bp = e, p
		}
	}
	if Type(best.Class) == Organization && isClubValue(best.Value) {
		best.Value = ""
	}
	return Type(best.Class), best.Value, best.Source
}

// isClub reports whether entries list a sports club: a club's name of its
// own ends before a nationality (جيرونا الإسباني → جيرونا).
func isClub(entries []gazetteer.Entry) bool {
	for _, e := range entries {
		if e.Class == gazetteer.Organization && isClubValue(e.Value) {
			return true
		}
	}
	return false
}

// isClubValue reports whether v is the value of a club's entry.
func isClubValue(v string) bool { return v == clubValue || v == wordClubValue }

// clubValue marks the organization entries of sports clubs, and
// wordClubValue those of clubs named by an ordinary word.
const (
	clubValue     = "club"
	wordClubValue = "club?"
)

// sportWindow is how many tokens around a club's name sportNear looks at.
const sportWindow = 12

// sportNear reports whether a word of sport is within sportWindow tokens of
// token i, on the same line, or the story around it is about sport.
func (st *state) sportNear(i int) bool {
	c := &st.x.cls
	for k := i - 1; k >= 0 && k >= i-sportWindow; k-- {
		if st.has(k, c.sport) {
			return true
		}
		if st.toks[k].Flags&normalize.LineStart != 0 {
			break
		}
	}
	for k := i + 1; k < len(st.toks) && k <= i+sportWindow && st.toks[k].Flags&normalize.LineStart == 0; k++ {
		if st.has(k, c.sport) {
			return true
		}
	}
	// A sports story: words of sport all around, on other lines too.
	n := 0
	for k := max(0, i-sportStory); k < len(st.toks) && k <= i+sportStory; k++ {
		if st.has(k, c.sport) {
			if n++; n >= sportStoryWords {
				return true
			}
		}
	}
	return false
}

// A club named after its city is the club in a sports story: sportStoryWords
// words of sport within sportStory tokens of it.
const (
	sportStory      = 150
	sportStoryWords = 4
)

// listedOrg reports whether tokens [s, e), the first read from byte off, are
// an organization's name of their own in the lists.
func (st *state) listedOrg(s, off, e int) bool {
	return st.x.gaz.EntriesAt(st.m.Text, st.toks, s, e, off, st.x.cls.org) != nil
}

// quotedOutlet reports whether tokens [s, e) stand in quotation marks, as
// the name of a newspaper or channel does (قال لـ«الشرق الأوسط»، صحيفة
// "الشرق الأوسط") and a place seldom does — unless a preposition of place
// comes before it (في «غزة»).
func (st *state) quotedOutlet(s, e int) bool {
	if s < 2 || e >= len(st.toks) || !isQuote(st.word(s-1)) || !isQuote(st.word(e)) {
		return false
	}
	if st.toks[s-2].Kind != normalize.Word || st.has(s-2, st.x.cls.locHead) {
		return false // مدينة "برلين": the place a trigger names
	}
	switch st.word(s - 2) {
	case "في", "من", "الي", "الى", "عن", "علي", "نحو", "داخل", "خارج", "قرب":
		return false
	}
	return true
}

// isQuote reports whether a token is a quotation mark.
func isQuote(w string) bool {
	switch w {
	case "«", "»", "\"", "“", "”", "'":
		return true
	}
	return false
}

func (st *state) add(c cand) {
	if c.prio == 0 {
		c.prio = priority(c.typ)
	}
	st.cands = append(st.cands, c)
}

// has reports whether token i, as a whole word or without its proclitics,
// has a class in set.
func (st *state) has(i int, set gazetteer.ClassSet) bool {
	return i >= 0 && i < len(st.toks) && (st.lex[i]|st.stem[i])&set != 0
}

// is reports whether token i as a whole word has a class in set.
func (st *state) is(i int, set gazetteer.ClassSet) bool {
	return i >= 0 && i < len(st.toks) && st.lex[i]&set != 0
}

// entities converts the accepted candidates to entities on the source text.
func (st *state) entities() []Entity {
	if len(st.acc) == 0 {
		return nil
	}
	want := st.x.cfg.types
	out := make([]Entity, 0, len(st.acc))
	for _, ci := range st.acc {
		c := &st.cands[ci]
		if want != nil && !want[c.typ] {
			continue
		}
		s, e := st.srcSpan(c)
		if s >= e {
			continue
		}
		out = append(out, Entity{Type: c.typ, Text: st.src[s:e], Start: s, End: e, Value: c.val, Source: c.src})
	}
	return out
}

// normSpan returns the span of c in the normalized text.
func (st *state) normSpan(c *cand) (int, int) {
	return int(st.toks[c.s].Start) + c.off, int(st.toks[c.e-1].End)
}

// srcSpan returns the span of c in the source text.
func (st *state) srcSpan(c *cand) (int, int) {
	return st.m.Span(st.normSpan(c))
}
