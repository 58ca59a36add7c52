package date

import (
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// scan is the state of one call of Find.
type scan struct {
	f      *Finder
	text   string
	toks   []normalize.Token
	ref    time.Time // midnight UTC of the reference day
	hasRef bool
	lim    int // end of the current line: no date crosses it
}

// res is a date expression parsed from a token to end (exclusive).
type res struct {
	end, off int
	v        value
}

// Modes of item: what a sub-expression may be besides a full date.
const (
	mBareYear = 1 << iota // a 4-digit number alone is a year
	mBareDay              // a number 1..31 alone is a day (start of a range)
	mClitic               // the first word may carry proclitics
	mAmbig                // an ambiguous month name may stand alone
)

// Token helpers.

func (s *scan) in(j int) bool { return j >= 0 && j < s.lim }

func (s *scan) word(j int) string {
	if !s.in(j) || s.toks[j].Kind != normalize.Word {
		return ""
	}
	return s.toks[j].Text(s.text)
}

func (s *scan) isPunct(j int, p string) bool {
	return s.in(j) && s.toks[j].Kind == normalize.Punct && s.toks[j].Text(s.text) == p
}

// number returns the value and digit count of the Number token j.
func (s *scan) number(j int) (n, digits int, ok bool) {
	if !s.in(j) || s.toks[j].Kind != normalize.Number {
		return 0, 0, false
	}
	t := s.toks[j].Text(s.text)
	if len(t) > 6 {
		return 0, 0, false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(t), true
}

// match finds the longest entry of a class in want at token j. Proclitics
// may be stripped only when clitic is set.
func (s *scan) match(j int, want gazetteer.ClassSet, clitic bool) (gazetteer.Match, bool) {
	if !s.in(j) || want == 0 || s.toks[j].Kind != normalize.Word {
		return gazetteer.Match{}, false
	}
	m, ok := s.f.g.MatchAt(s.text, s.toks, j, want)
	if !ok || !clitic && m.Offset != 0 || m.End > s.lim {
		return gazetteer.Match{}, false
	}
	return m, true
}

// val returns the value of m's entry of class c.
func val(m gazetteer.Match, c gazetteer.Class) (string, bool) {
	for _, e := range m.Entries {
		if e.Class == c {
			return e.Value, true
		}
	}
	return "", false
}

// atoi parses a small signed decimal ("-1", "+1", "12"); ok is false on
// anything else.
func atoi(v string) (int, bool) {
	neg := false
	if v != "" && (v[0] == '-' || v[0] == '+') {
		neg = v[0] == '-'
		v = v[1:]
	}
	if v == "" || len(v) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
		n = n*10 + int(v[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// calVal parses a month or occasion value "g:10", "h:9", "h:10-1".
func calVal(v string) (hijri bool, m, d int, ok bool) {
	if len(v) < 3 || v[1] != ':' {
		return false, 0, 0, false
	}
	hijri = v[0] == 'h'
	rest := v[2:]
	for i := 0; i < len(rest); i++ {
		if rest[i] == '-' {
			m, ok1 := atoi(rest[:i])
			d, ok2 := atoi(rest[i+1:])
			return hijri, m, d, ok1 && ok2
		}
	}
	m, ok = atoi(rest)
	return hijri, m, 0, ok
}

func single(p point) value { return value{a: p} }

func none() value { return value{} }

// at parses the date starting at token i, if any.
func (s *scan) at(i int) (res, bool) {
	switch s.toks[i].Kind {
	case normalize.Number:
		if r, ok := s.atNumber(i); ok {
			return s.extend(r), true
		}
		return res{}, false
	case normalize.Word:
	default:
		return res{}, false
	}
	m, ok := s.match(i, s.f.start, true)
	if !ok {
		return res{}, false
	}
	if v, ok := val(m, ClassRange); ok {
		if v == "from" {
			if r, ok := s.rangeFrom(m); ok {
				return s.extend(r), true
			}
		}
		return res{}, false
	}
	r, ok := s.wordItem(m, 0)
	if !ok {
		return res{}, false
	}
	r.off = m.Offset
	return s.extend(r), true
}

// atNumber parses a date starting with the number at i, with the rules for
// bare years and ranges of years.
func (s *scan) atNumber(i int) (res, bool) {
	n, digits, _ := s.number(i)
	// A range of years: 1936-1939, 2010/2015.
	if digits == 4 && n >= 1800 && n <= 2100 && (s.isPunct(i+1, "-") || s.isPunct(i+1, "/")) {
		if n2, d2, ok := s.number(i + 2); ok && d2 == 4 && n2 > n && n2-n <= 100 && n2 <= 2100 && !s.isPunct(i+3, "/") && !s.isPunct(i+3, "-") {
			return res{end: i + 3, v: value{a: point{kind: kDate, y: n}, b: point{kind: kDate, y: n2}, interval: true}}, true
		}
	}
	// A day range within a month: 5-7 مايو.
	if n >= 1 && n <= 31 && digits <= 2 && s.isPunct(i+1, "-") {
		if b, ok := s.numItem(i+2, 0); ok && b.v.a.d > 0 && !b.v.interval {
			a := b.v.a
			a.d = n
			if n < b.v.a.d {
				return res{end: b.end, v: value{a: a, b: b.v.a, interval: true}}, true
			}
		}
	}
	if r, ok := s.numItem(i, 0); ok {
		return r, true
	}
	if digits != 4 || n < 1800 || n > 2100 {
		return res{}, false
	}
	year := res{end: i + 1, v: single(point{kind: kDate, y: n})}
	if s.isPunct(i-1, "(") && s.isPunct(i+1, ")") {
		return year, true
	}
	if _, ok := s.match(i+1, s.f.count, false); ok {
		return res{}, false
	}
	if s.prevIs(i, s.f.yearCtx) || i > 0 && normalize.HasArticle(s.word(i-1)) && s.prevIs(i-1, s.f.yearCtx) {
		return year, true
	}
	if s.prevIs(i, s.f.prep) {
		next := s.word(i + 1)
		if next == "" || next[0] == "و"[0] && next[1] == "و"[1] || next[0] == "ف"[0] && next[1] == "ف"[1] {
			return year, true
		}
		if _, ok := s.match(i+1, s.f.any, false); ok {
			return year, true
		}
	}
	return res{}, false
}

// prevIs reports whether the token before i is a whole entry of a class in
// want (proclitics allowed).
func (s *scan) prevIs(i int, want gazetteer.ClassSet) bool {
	if i < 1 || want == 0 {
		return false
	}
	j := i - 1
	if s.toks[j].Kind != normalize.Word || s.toks[i].Flags&normalize.LineStart != 0 {
		return false
	}
	m, ok := s.f.g.MatchAt(s.text, s.toks, j, want)
	return ok && m.End == i
}

// item parses a date expression at j that is part of a longer one.
func (s *scan) item(j int, mode int) (res, bool) {
	if !s.in(j) {
		return res{}, false
	}
	switch s.toks[j].Kind {
	case normalize.Number:
		return s.numItem(j, mode)
	case normalize.Word:
		m, ok := s.match(j, s.f.start, mode&mClitic != 0)
		if !ok {
			return res{}, false
		}
		if _, ok := val(m, ClassRange); ok {
			return res{}, false
		}
		return s.wordItem(m, mode)
	}
	if s.isPunct(j, "(") {
		r, ok := s.item(j+1, mode|mBareYear|mAmbig)
		if ok && s.isPunct(r.end, ")") {
			r.end++
			return s.era(r), true
		}
	}
	return res{}, false
}

// numItem parses a date that starts with the number at j.
func (s *scan) numItem(j int, mode int) (res, bool) {
	n, digits, ok := s.number(j)
	if !ok {
		return res{}, false
	}
	if r, ok := s.numeric(j); ok {
		return r, true
	}
	if n >= 1 && n <= 31 && digits <= 2 {
		if r, ok := s.monthTail(j+1, n, mode|mAmbig); ok {
			return r, true
		}
		if s.isPunct(j+1, "/") {
			if r, ok := s.slashMonth(j+2, n); ok {
				return r, true
			}
		}
	}
	if digits >= 3 && n > 0 {
		if m, ok := s.match(j+1, s.f.era, false); ok {
			e, _ := val(m, ClassEra)
			return res{end: m.End, v: single(point{kind: kDate, hijri: e == "h", y: n})}, true
		}
	}
	if mode&mBareYear != 0 && digits == 4 && n >= 1000 {
		return res{end: j + 1, v: single(point{kind: kDate, y: n})}, true
	}
	if mode&mBareDay != 0 && digits <= 2 && n >= 1 && n <= 31 {
		return res{end: j + 1, v: single(point{kind: kDate, d: n})}, true
	}
	return res{}, false
}

// numeric parses d/m/y, y/m/d or m/d/y with / - or . between the parts,
// then an era.
func (s *scan) numeric(j int) (res, bool) {
	if !s.in(j + 4) {
		return res{}, false
	}
	sep := s.toks[j+1]
	if sep.Kind != normalize.Punct || !s.isPunct(j+3, sep.Text(s.text)) {
		return res{}, false
	}
	switch sep.Text(s.text) {
	case "/", "-", ".":
	default:
		return res{}, false
	}
	n1, d1, ok1 := s.number(j)
	n2, d2, ok2 := s.number(j + 2)
	n3, d3, ok3 := s.number(j + 4)
	if !ok1 || !ok2 || !ok3 || d2 > 2 {
		return res{}, false
	}
	var p point
	switch {
	case d1 == 4 && n2 >= 1 && n2 <= 12 && d3 <= 2 && n3 >= 1 && n3 <= 31:
		p = point{kind: kDate, y: n1, m: n2, d: n3}
	case d3 == 4 && d1 <= 2 && n1 >= 1 && n1 <= 31 && n2 >= 1 && n2 <= 12:
		p = point{kind: kDate, y: n3, m: n2, d: n1}
	case d3 == 4 && d1 <= 2 && n1 >= 1 && n1 <= 12 && n2 >= 13 && n2 <= 31:
		p = point{kind: kDate, y: n3, m: n1, d: n2}
	default:
		return res{}, false
	}
	if s.isPunct(j+5, sep.Text(s.text)) {
		return res{}, false // more parts: not a date
	}
	return s.era(res{end: j + 5, v: single(p)}), true
}

// era extends r over an era word after it (هـ، م، هجري، ميلادي); هـ makes
// a year or date Hijri.
func (s *scan) era(r res) res {
	if m, ok := s.match(r.end, s.f.era, false); ok {
		e, _ := val(m, ClassEra)
		if e == "h" && !r.v.interval && r.v.a.kind == kDate {
			r.v.a.hijri = true
		}
		r.end = m.End
	}
	return r
}

// maxHijriYear bounds the Hijri years a Hijri month takes without an era
// word: 1500 AH is 2077.
const maxHijriYear = 1500

// yearAt parses a year at j: 1948, (1948), / (1986), عام 1948, then an
// era.
func (s *scan) yearAt(j int) (end int, p point, ok bool) {
	k := j
	if s.isPunct(k, "/") && s.isPunct(k+1, "(") {
		k++
	}
	if tm, ok := s.match(k, s.f.trig, false); ok {
		// A month and the year's trigger: يناير عام 2020.
		if t, _ := val(tm, ClassTrigger); t == "year" {
			k = tm.End
		}
	}
	paren := s.isPunct(k, "(")
	if paren {
		k++
	}
	n, digits, ok := s.number(k)
	if !ok || digits < 3 || digits > 4 || n == 0 {
		return 0, point{}, false
	}
	k++
	if paren {
		if !s.isPunct(k, ")") {
			return 0, point{}, false
		}
		k++
	}
	r := s.era(res{end: k, v: single(point{kind: kDate, y: n})})
	return r.end, r.v.a, true
}

// monthTail parses a month name at j, with the day already read (0 for
// none): a paired name (أكتوبر/تشرين الأول، تشرين الأول (أكتوبر)), a year,
// an era, or a direction (مايو الماضي).
func (s *scan) monthTail(j, day int, mode int) (res, bool) {
	m, ok := s.match(j, s.f.month, mode&mClitic != 0)
	if !ok {
		return res{}, false
	}
	hijri, mo, ambig := monthOf(m)
	if mo == 0 {
		return res{}, false
	}
	k := m.End
	paired := false
	if s.isPunct(k, "/") {
		if m2, ok := s.match(k+1, s.f.month, false); ok && sameMonth(m2, hijri, mo) {
			k, paired = m2.End, true
		}
	} else if s.isPunct(k, "(") {
		if m2, ok := s.match(k+1, s.f.month, false); ok && s.isPunct(m2.End, ")") && sameMonth(m2, hijri, mo) {
			k, paired = m2.End+1, true
		}
	} else if m2, ok := s.match(k, s.f.month, false); ok && !hijri && sameMonth(m2, hijri, mo) {
		k, paired = m2.End, true // مايو أيار
	}
	if day > 0 && (hijri && day > 30 || !hijri && day > 31) {
		return res{}, false
	}
	p := point{kind: kDate, hijri: hijri, m: mo, d: day}
	if end, yp, ok := s.yearAt(k); ok && !(hijri && !yp.hijri && yp.y > maxHijriYear) {
		// A Hijri month takes a year of its calendar: رمضان 1992 is the
		// Ramadan of a Gregorian year, which has no one Hijri month.
		p.y = yp.y
		if yp.hijri {
			p.hijri = true
		}
		return res{end: end, v: single(p)}, true
	}
	dm, hasDir := s.match(k, s.f.dir, false)
	if ambig && day == 0 && !paired && !hasDir && mode&mAmbig == 0 && !s.restated(k, mo, hijri) {
		return res{}, false
	}
	if hasDir && !hijri {
		d, _ := val(dm, ClassDir)
		dir, _ := atoi(d)
		if !s.hasRef {
			return res{end: dm.End, v: none()}, true
		}
		y, rm := s.ref.Year(), int(s.ref.Month())
		switch {
		case dir < 0 && (mo > rm || mo == rm && (day == 0 || day >= s.ref.Day())):
			y--
		case dir > 0 && (mo < rm || mo == rm && (day == 0 || day <= s.ref.Day())):
			y++
		}
		p.y = y
		return res{end: dm.End, v: single(p)}, true
	}
	return res{end: k, v: single(p)}, true // the year is the reference's, set by finish
}

// wordItem parses a date that starts with the entry m.
func (s *scan) wordItem(m gazetteer.Match, mode int) (res, bool) {
	var have uint32
	for _, e := range m.Entries {
		switch e.Class {
		case ClassOccasion:
			have |= 1 << 0
		case ClassPeriod:
			have |= 1 << 1
		case ClassCentury:
			have |= 1 << 2
		case ClassCenturyW:
			have |= 1 << 3
		case ClassDecade:
			have |= 1 << 4
		case ClassRel:
			have |= 1 << 5
		case ClassWeekday:
			have |= 1 << 6
		case ClassUnit:
			have |= 1 << 7
		case ClassThis:
			have |= 1 << 8
		case ClassTrigger:
			have |= 1 << 9
		case ClassPart:
			have |= 1 << 10
		case ClassOrd:
			have |= 1 << 11
		case ClassMonth, ClassMonthX, ClassHMonth, ClassHMonthX:
			have |= 1 << 12
		}
	}
	for bit := 0; bit <= 12; bit++ {
		if have&(1<<bit) == 0 {
			continue
		}
		var r res
		ok := false
		switch bit {
		case 0:
			r, ok = s.occasion(m)
		case 1:
			r, ok = res{end: m.End, v: none()}, true
		case 2:
			r, ok = s.century(m)
		case 3:
			r, ok = s.centuryNumber(m)
		case 4:
			r, ok = s.decade(m)
		case 5:
			r, ok = s.rel(m)
		case 6:
			r, ok = s.weekday(m)
		case 7:
			if dm, ok2 := s.match(m.End, s.f.dir, false); ok2 {
				d, _ := val(dm, ClassDir)
				dir, _ := atoi(d)
				r, ok = s.relUnit(m, dir, dm.End)
			}
		case 8:
			if um, ok2 := s.match(m.End, s.f.unit, false); ok2 {
				r, ok = s.relUnit(um, 0, um.End)
			}
		case 9:
			r, ok = s.trigger(m, mode)
		case 10:
			r, ok = s.item(m.End, mBareYear)
		case 11:
			r, ok = s.ordinal(m)
		case 12:
			r, ok = s.monthTail(m.Start, 0, mode|mClitic)
		}
		if ok {
			return r, true
		}
	}
	return res{}, false
}

// occasion parses an occasion (عيد الفطر) and the year after it, if any.
func (s *scan) occasion(m gazetteer.Match) (res, bool) {
	v, _ := val(m, ClassOccasion)
	hijri, mo, d, ok := calVal(v)
	if !ok {
		return res{}, false
	}
	k := m.End
	y, yh := 0, false
	if tm, ok := s.match(k, s.f.trig, false); ok {
		if t, _ := val(tm, ClassTrigger); t == "year" {
			if end, p, ok := s.yearAt(tm.End); ok {
				k, y, yh = end, p.y, p.hijri
			}
		}
	} else if end, p, ok := s.yearAt(k); ok {
		k, y, yh = end, p.y, p.hijri
	}
	if y > 0 && !yh && hijri && y < 1700 {
		yh = true // a year below 1700 next to a Hijri occasion is Hijri
	}
	p := point{kind: kDate, hijri: hijri, m: mo, d: d}
	switch {
	case y > 0 && yh == hijri:
		p.y = y
	case y > 0 && hijri: // a Hijri occasion in a Gregorian year
		hy := (y-622)*33/32 - 1
		for c := hy; c <= hy+3; c++ {
			if t, ok := hijriToGregorian(c, mo, d); ok && t.Year() == y {
				p.y = c
				break
			}
		}
		if p.y == 0 {
			return res{end: k, v: none()}, true
		}
	case y > 0:
		return res{end: k, v: none()}, true
	case !s.hasRef:
		return res{end: k, v: none()}, true
	}
	return res{end: k, v: single(p)}, true
}

// century parses a century entry (القرن العشرين، القرن الماضي).
func (s *scan) century(m gazetteer.Match) (res, bool) {
	v, _ := val(m, ClassCentury)
	c, ok := atoi(v)
	if !ok {
		return res{}, false
	}
	if v[0] == '-' || v == "0" {
		if !s.hasRef {
			return res{end: m.End, v: none()}, true
		}
		c += s.ref.Year() / 100
	}
	return res{end: m.End, v: single(point{kind: kCentury, y: c})}, true
}

// centuryNumber parses القرن followed by a number (القرن 19، القرن الـ20).
func (s *scan) centuryNumber(m gazetteer.Match) (res, bool) {
	k := m.End
	if s.word(k) == "ال" {
		k++
	}
	n, _, ok := s.number(k)
	if !ok || n < 1 || n > 30 {
		return res{}, false
	}
	return res{end: k + 1, v: single(point{kind: kCentury, y: n - 1})}, true
}

// decade parses a decade and the century after it (ثمانينيات القرن الماضي).
func (s *scan) decade(m gazetteer.Match) (res, bool) {
	v, _ := val(m, ClassDecade)
	d, ok := atoi(v)
	if !ok {
		return res{}, false
	}
	k, c := m.End, 19
	j := k
	if s.word(j) == "من" {
		j++
	}
	if cm, ok := s.match(j, s.f.century, false); ok {
		cr, _ := s.century(cm)
		k = cm.End
		if cr.v.a.kind == kCentury {
			c = cr.v.a.y
		}
	}
	return res{end: k, v: single(point{kind: kDecade, y: c*100 + d*10})}, true
}

// rel parses a relative day (أمس، اليوم، غدا) and a weekday after it.
func (s *scan) rel(m gazetteer.Match) (res, bool) {
	v, _ := val(m, ClassRel)
	if len(v) < 2 || v[len(v)-1] != 'd' {
		return res{}, false
	}
	off, ok := atoi(v[:len(v)-1])
	if !ok {
		return res{}, false
	}
	k := m.End
	if wm, ok := s.match(k, s.f.weekday, false); ok {
		r, _ := s.weekday(wm)
		if r.v.a.kind == kDate && r.end > wm.End && !s.isDir(wm.End) {
			return r, true // أمس الخميس 5 مايو: the explicit date
		}
		k = wm.End
	} else if off == 0 {
		// اليوم الثاني، اليوم العالمي: the day, not today.
		if normalize.HasArticle(s.word(k)) {
			return res{}, false
		}
	}
	if !s.hasRef {
		return res{end: k, v: none()}, true
	}
	return res{end: k, v: single(dayPoint(s.ref.AddDate(0, 0, off)))}, true
}

func (s *scan) isDir(j int) bool {
	_, ok := s.match(j, s.f.dir, false)
	return ok
}

// weekday parses a weekday and what follows it: a direction (الخميس
// الماضي) or an explicit date (الخميس 5 مايو، الثلاثاء الموافق 5/8/2008).
func (s *scan) weekday(m gazetteer.Match) (res, bool) {
	v, _ := val(m, ClassWeekday)
	wd, ok := atoi(v)
	if !ok || wd < 0 || wd > 6 {
		return res{}, false
	}
	k := m.End
	if dm, ok := s.match(k, s.f.dir, false); ok {
		d, _ := val(dm, ClassDir)
		dir, _ := atoi(d)
		if !s.hasRef {
			return res{end: dm.End, v: none()}, true
		}
		diff := (wd - int(s.ref.Weekday()) + 7) % 7 // days forward to the weekday
		var off int
		switch {
		case dir < 0:
			off = diff - 7
		case dir > 0:
			off = diff
			if off == 0 {
				off = 7
			}
		default:
			off = diff
			if off > 3 {
				off -= 7
			}
		}
		return res{end: dm.End, v: single(dayPoint(s.ref.AddDate(0, 0, off)))}, true
	}
	j := k
	if s.isPunct(j, "،") || s.isPunct(j, ",") {
		j++
	}
	if tm, ok := s.match(j, s.f.trig, false); ok {
		if t, _ := val(tm, ClassTrigger); t == "equiv" {
			j = tm.End
		}
	}
	if s.in(j) && (s.toks[j].Kind == normalize.Number || s.toks[j].Kind == normalize.Word) {
		var r res
		ok := false
		if s.toks[j].Kind == normalize.Number {
			r, ok = s.numItem(j, 0)
		} else if om, ok2 := s.match(j, s.f.ord|s.f.month, false); ok2 {
			r, ok = s.wordItem(om, 0)
		}
		if ok {
			return r, true
		}
	}
	if !s.hasRef {
		return res{end: k, v: none()}, true
	}
	off := (wd - int(s.ref.Weekday()) + 7) % 7
	if off > 3 {
		off -= 7
	}
	return res{end: k, v: single(dayPoint(s.ref.AddDate(0, 0, off)))}, true
}

// relUnit returns the week, month or year dir units from the reference's.
func (s *scan) relUnit(um gazetteer.Match, dir, end int) (res, bool) {
	u, _ := val(um, ClassUnit)
	if !s.hasRef {
		return res{end: end, v: none()}, true
	}
	switch u {
	case "w":
		y, w := s.ref.AddDate(0, 0, 7*dir).ISOWeek()
		return res{end: end, v: single(point{kind: kWeek, y: y, d: w})}, true
	case "m":
		t := time.Date(s.ref.Year(), s.ref.Month()+time.Month(dir), 1, 0, 0, 0, 0, time.UTC)
		return res{end: end, v: single(point{kind: kDate, y: t.Year(), m: int(t.Month())})}, true
	case "y":
		return res{end: end, v: single(point{kind: kDate, y: s.ref.Year() + dir})}, true
	}
	return res{}, false
}

// trigger parses a trigger word and the date it introduces.
func (s *scan) trigger(m gazetteer.Match, mode int) (res, bool) {
	t, _ := val(m, ClassTrigger)
	k := m.End
	switch t {
	case "day":
		r, ok := s.item(k, 0)
		return r, ok
	case "date":
		if s.isPunct(k, ":") {
			k++
		}
		return s.item(k, mBareYear|mAmbig)
	case "year":
		return s.yearsAfter(k, false)
	case "years":
		return s.yearsAfter(k, true)
	case "month":
		return s.monthTail(k, 0, mAmbig)
	}
	return res{}, false
}

// yearsAfter parses the year or years after عام/سنة: 2023، (1948) م،
// (1958/1963), and after عامي: 2010 و2015.
func (s *scan) yearsAfter(k int, two bool) (res, bool) {
	paren := s.isPunct(k, "(")
	j := k
	if paren {
		j++
	}
	n, digits, ok := s.number(j)
	if !ok || digits < 3 || digits > 4 || n == 0 {
		return res{}, false
	}
	// A second year: 1958/1963، 2010-2015، 2010 و2015.
	j2 := -1
	if s.isPunct(j+1, "/") || s.isPunct(j+1, "-") {
		j2 = j + 2
	} else if w := s.word(j + 1); two && w == "و" {
		j2 = j + 2
	} else if tm, ok := s.match(j+1, s.f.rng, true); ok && two {
		if v, _ := val(tm, ClassRange); v == "to" {
			j2 = tm.End
		}
	}
	if j2 > 0 {
		if tm, ok := s.match(j2, s.f.trig, false); ok {
			if v, _ := val(tm, ClassTrigger); v == "year" {
				j2 = tm.End
			}
		}
		if n2, d2, ok := s.number(j2); ok && d2 == digits && n2 > n {
			end := j2 + 1
			if paren {
				if !s.isPunct(end, ")") {
					return res{}, false
				}
				end++
			}
			r := res{end: end, v: value{a: point{kind: kDate, y: n}, b: point{kind: kDate, y: n2}, interval: true}}
			if em, ok := s.match(end, s.f.era, false); ok {
				e, _ := val(em, ClassEra)
				r.v.a.hijri, r.v.b.hijri = e == "h", e == "h"
				r.end = em.End
			}
			return r, true
		}
	}
	end := j + 1
	if paren {
		if !s.isPunct(end, ")") {
			return res{}, false
		}
		end++
	}
	return s.era(res{end: end, v: single(point{kind: kDate, y: n})}), true
}

// ordinal parses an ordinal day before من and a month (الأول من مايو،
// الخامس من الشهر الجاري).
func (s *scan) ordinal(m gazetteer.Match) (res, bool) {
	v, _ := val(m, ClassOrd)
	d, ok := atoi(v)
	if !ok || d < 1 || d > 31 || s.word(m.End) != "من" {
		return res{}, false
	}
	k := m.End + 1
	if tm, ok := s.match(k, s.f.trig, false); ok {
		if t, _ := val(tm, ClassTrigger); t == "month" {
			k = tm.End
		}
	}
	if r, ok := s.monthTail(k, d, mAmbig); ok {
		return r, true
	}
	var r res
	ok = false
	if um, ok2 := s.match(k, s.f.unit, false); ok2 {
		if dm, ok3 := s.match(um.End, s.f.dir, false); ok3 {
			dv, _ := val(dm, ClassDir)
			dir, _ := atoi(dv)
			r, ok = s.relUnit(um, dir, dm.End)
		}
	} else if tm, ok2 := s.match(k, s.f.this, false); ok2 {
		if um, ok3 := s.match(tm.End, s.f.unit, false); ok3 {
			r, ok = s.relUnit(um, 0, um.End)
		}
	}
	if !ok {
		return res{}, false
	}
	if r.v.a.kind == kDate && r.v.a.m > 0 {
		r.v.a.d = d
	} else if r.v.a.kind != kNone {
		return res{}, false // الأول من العام: not a day
	}
	return r, true
}

// rangeFrom parses a range after من or بين: من 5 إلى 7 مايو 2024، بين
// عامي 2010 و2015، بين يناير ومارس.
func (s *scan) rangeFrom(m gazetteer.Match) (res, bool) {
	last := s.toks[m.End-1].Text(s.text)
	if m.End-1 == m.Start {
		last = last[m.Offset:] // وبين
	}
	between := last == "بين"
	a, ok := s.item(m.End, mBareYear|mBareDay|mAmbig)
	if !ok {
		return res{}, false
	}
	k, clitic := a.end, 0
	if tm, ok := s.match(k, s.f.rng, true); ok {
		if v, _ := val(tm, ClassRange); v != "to" {
			return res{}, false
		}
		k = tm.End
	} else if s.isPunct(k, "-") {
		k++
	} else if w := s.word(k); between && w == "و" {
		k++
	} else if between && len(w) > 2 && w[:2] == "و" {
		clitic = mClitic
	} else if a.v.interval {
		return res{end: a.end, off: m.Offset, v: a.v}, true
	} else {
		return res{}, false
	}
	b, ok := s.item(k, mBareYear|mAmbig|clitic)
	if !ok || a.v.interval || b.v.interval {
		return res{}, false
	}
	pa, pb := a.v.a, b.v.a
	bareA := pa.kind == kDate && pa.m == 0 && (pa.d > 0 || pa.y > 0)
	if bareA && pa.d > 0 && pb.m == 0 || bareA && pa.y > 0 && pb.y == 0 {
		return res{}, false
	}
	if pa.kind == kDate && pb.kind == kDate {
		if pa.m == 0 && pa.d > 0 {
			pa.m, pa.hijri = pb.m, pb.hijri
		}
		if pa.y == 0 && pa.m > 0 {
			pa.y = pb.y
		}
		if pb.y == 0 && pb.m > 0 {
			pb.y = pa.y
		}
	}
	return res{end: b.end, off: m.Offset, v: value{a: pa, b: pb, interval: true}}, true
}

// monthOf returns the calendar and number of the month m names (0 for
// none), and whether the name is also an ordinary word.
func monthOf(m gazetteer.Match) (hijri bool, mo int, ambig bool) {
	for _, e := range m.Entries {
		if h, n, ok := monthEntry(e); ok {
			hijri, mo = h, n
			ambig = e.Class == ClassMonthX || e.Class == ClassHMonthX
		}
	}
	return hijri, mo, ambig
}

// monthEntry returns the calendar and number of the month entry e names,
// and false if e names none.
func monthEntry(e gazetteer.Entry) (hijri bool, mo int, ok bool) {
	switch e.Class {
	case ClassMonth, ClassHMonth, ClassMonthX, ClassHMonthX:
		h, n, _, ok := calVal(e.Value)
		return h, n, ok && n >= 1 && n <= 12
	}
	return false, 0, false
}

// slashMonth parses the rest of a date written with slashes around a
// month's name, from the name at j, the day already read: 20 / شعبان /
// 1428 هـ.
func (s *scan) slashMonth(j, day int) (res, bool) {
	m, ok := s.match(j, s.f.month, false)
	if !ok || !s.isPunct(m.End, "/") {
		return res{}, false
	}
	hijri, mo, _ := monthOf(m)
	if mo == 0 || hijri && day > 30 {
		return res{}, false
	}
	end, yp, ok := s.yearAt(m.End + 1)
	if !ok {
		return res{}, false
	}
	return res{end: end, v: single(point{kind: kDate, hijri: hijri || yp.hijri, m: mo, d: day, y: yp.y})}, true
}

// sameMonth reports whether the month names of m include month mo of the
// calendar hijri: a pair names one month in two systems (أكتوبر/تشرين
// الأول); تشرين الثاني / كانون الأول are two months.
func sameMonth(m gazetteer.Match, hijri bool, mo int) bool {
	for _, e := range m.Entries {
		if h, n, ok := monthEntry(e); ok && h == hijri && n == mo {
			return true
		}
	}
	return false
}

// restated reports whether a bracketed date of month mo follows at token
// k: an ambiguous month name is a date then (أيار (3/5/1947)), and extend
// takes the brackets into its span.
func (s *scan) restated(k, mo int, hijri bool) bool {
	if !s.isPunct(k, "(") {
		return false
	}
	in, ok := s.item(k+1, mBareYear)
	return ok && s.isPunct(in.end, ")") && in.v.a.kind == kDate && in.v.a.m == mo && in.v.a.hijri == hijri && !in.v.interval
}

// extend extends r over a restatement of the same date: a bracketed one
// (نيسان (26/4/1947)), one after الموافق, or one after a slash (1445 هـ /
// 2024 م).
func (s *scan) extend(r res) res {
	for range 2 {
		k := r.end
		var in res
		ok := false
		switch {
		case s.isPunct(k, "("):
			in, ok = s.item(k+1, mBareYear|mAmbig)
			if ok && s.isPunct(in.end, ")") {
				in.end++
				in = s.era(in)
			} else {
				ok = false
			}
		case s.isPunct(k, "/"):
			in, ok = s.item(k+1, mAmbig)
			ok = ok && (r.v.a.hijri != in.v.a.hijri)
		default:
			if tm, ok2 := s.match(k, s.f.trig, false); ok2 {
				if t, _ := val(tm, ClassTrigger); t == "equiv" {
					in, ok = s.item(tm.End, mAmbig)
				}
			}
		}
		if !ok {
			return r
		}
		r.end = in.end
		r.v = merge(r.v, in.v)
	}
	return r
}

// merge returns the value of a date restated: the more precise of the two,
// and for a Hijri date restated in the Gregorian calendar the Gregorian
// value with the Hijri original kept.
func merge(out, in value) value {
	if out.interval || in.interval {
		return out
	}
	if out.a.hijri && !in.a.hijri && in.a.kind == kDate && in.a.y > 0 {
		in.orig = out.a
		return in
	}
	if precision(in.a) > precision(out.a) && in.a.hijri == out.a.hijri {
		return in
	}
	return out
}

func precision(p point) int {
	if p.kind != kDate {
		return 0
	}
	n := 0
	if p.y > 0 {
		n += 4
	}
	if p.m > 0 {
		n += 2
	}
	if p.d > 0 {
		n++
	}
	return n
}

// finish resolves v against the reference, converts Hijri dates and
// returns the value and Hijri strings.
func (s *scan) finish(v *value) (string, string) {
	s.fillYear(&v.a)
	if v.interval {
		s.fillYear(&v.b)
	}
	var hbuf [32]byte
	h := hbuf[:0]
	if v.orig.kind == kDate && v.orig.y > 0 {
		h = appendHijri(h, v.orig)
	}
	if v.a.hijri || v.interval && v.b.hijri {
		if v.a.kind != kDate || v.a.y <= 0 {
			return "", ""
		}
		h = appendHijri(h[:0], v.a)
		first, last, ok := hijriRange(v.a)
		if v.interval {
			h = append(h, '/')
			if v.b.hijri {
				h = appendHijri(h, v.b)
				_, last, ok2 := hijriRange(v.b)
				ok = ok && ok2
				v.b = last
			} else {
				h = h[:len(h)-1]
			}
			v.a = first
		} else {
			v.a, v.b, v.interval = first, last, first != last
		}
		if !ok {
			return "", ""
		}
	}
	hs := ""
	if len(h) > 0 {
		hs = string(h)
	}
	return v.format(), hs
}

// fillYear gives a day or month without a year the year of the reference.
func (s *scan) fillYear(p *point) {
	if p.kind != kDate || p.y != 0 {
		return
	}
	if !s.hasRef || p.m == 0 {
		p.kind = kNone
		return
	}
	if p.hijri {
		y, _, _, ok := gregorianToHijri(s.ref)
		if !ok {
			p.kind = kNone
			return
		}
		p.y = y
		return
	}
	p.y = s.ref.Year()
}
