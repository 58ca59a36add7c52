// Package date finds date expressions in normalized Arabic text and gives
// each its ISO 8601 value.
//
// It reads Gregorian dates with any of the three families of month names
// (Egyptian and Gulf يناير، Levantine and Iraqi كانون الثاني، Maghrebi جانفي
// and Moroccan يوليوز), paired forms (7 أكتوبر/تشرين الأول 2023), numeric dates
// (26/4/1947, 2023-10-07, 26.4.1947), years with a trigger (عام 2023، سنة
// (1948) م), weekdays and relative days (أمس الخميس، يوم الأحد، غدا), relative
// weeks, months and years (الأسبوع الماضي، العام المقبل), decades and
// centuries (الثمانينيات، القرن العشرين), Hijri dates (15 رمضان 1445 هـ),
// Islamic occasions (عيد الفطر 1445), and ranges (من 5 إلى 7 مايو 2024، بين
// عامي 2010 و2015). The vocabulary is the DATE_* and DATEX_* classes of a
// gazetteer, by default those of gazetteer/data/dates.tsv.
//
// # Spans
//
// Spans follow the project's annotation guide: trigger words (يوم، بتاريخ،
// عام، هـ، م) and a bracketed restatement of the same date (نيسان (26/4/1947))
// are inside; a leading proclitic conjunction or preposition (و، ب، ل، ف) is
// outside, except in the word بتاريخ, which is itself a trigger. Durations
// (ثلاثة أشهر، أسبوعين) and numbers that are not dates are not dates.
//
// # Values
//
// Values are ISO 8601 strings:
//
//   - a day 2023-10-07, a month 2023-10, a year 2023;
//   - an ISO week 2024-W11 (الأسبوع الماضي);
//   - a decade 198X (ISO 8601-2 notation with an unspecified digit); a
//     decade named without its century (الثمانينيات) is read in the 1900s;
//   - a century as its two leading digits, 19 for القرن العشرين (ISO 8601
//     century: the years 1900–1999);
//   - an interval a/b of any of these, for ranges (2024-05-05/2024-05-07,
//     2010/2015);
//   - "" when the value cannot be known: a relative expression (أمس، الخميس
//     الماضي، مايو without a year) with a zero reference time, or a named
//     period (الفترة العثمانية).
//
// A relative expression is resolved against the reference time: أمس is the
// day before it, a weekday alone is the day of that weekday nearest to it
// (within three days), الماضي/المقبل after a weekday or a month move to the
// previous or next one, and a day or month without a year takes the year
// of the reference time.
//
// # Hijri dates
//
// A Hijri date (with a Hijri month name, or a year followed by هـ or هجري)
// is converted to the Gregorian calendar by the Umm al-Qura calendar for
// the years it covers (1356–1500 AH, 1937–2077) and by the arithmetic
// (tabular) Islamic calendar elsewhere, via github.com/hablullah/go-hijri.
// Span.Hijri keeps the Hijri original. A Hijri month without a day has as
// value the interval of its Gregorian days; a Hijri year alone, the
// interval of the Gregorian years it overlaps (عام 1319 هجري → 1901/1902).
//
// # Bare years
//
// A 4-digit number from 1800 to 2100 without a trigger is a year only in
// these contexts: alone in brackets (مدينة يافا (1948)), after a
// preposition of time such as في، منذ، حتى، قبل، بعد، خلال when no word
// follows it (a noun after it makes it a count: في 2000 منزل), after a noun
// that is dated by its year (حرب 1948، انتخابات 2024, class DATEX_YEARCTX),
// before an era (1948 م), or in a range of years (1936-1939).
package date

import (
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// Classes of gazetteer entries the Finder reads. DATE_* classes are words
// that are date words wherever they occur; DATEX_* classes are words that
// make a date only next to other date words (see gazetteer/data/dates.tsv).
const (
	ClassMonth    gazetteer.Class = "DATE_MONTH"
	ClassMonthX   gazetteer.Class = "DATEX_MONTH"
	ClassHMonth   gazetteer.Class = "DATE_HMONTH"
	ClassHMonthX  gazetteer.Class = "DATEX_HMONTH"
	ClassWeekday  gazetteer.Class = "DATE_WEEKDAY"
	ClassRel      gazetteer.Class = "DATE_REL"
	ClassTrigger  gazetteer.Class = "DATE_TRIGGER"
	ClassEra      gazetteer.Class = "DATE_ERA"
	ClassUnit     gazetteer.Class = "DATE_UNIT"
	ClassDir      gazetteer.Class = "DATE_DIR"
	ClassThis     gazetteer.Class = "DATE_THIS"
	ClassPart     gazetteer.Class = "DATE_PART"
	ClassDecade   gazetteer.Class = "DATE_DECADE"
	ClassCentury  gazetteer.Class = "DATE_CENTURY"
	ClassOccasion gazetteer.Class = "DATE_OCCASION"
	ClassPeriod   gazetteer.Class = "DATE_PERIOD"
	ClassOrd      gazetteer.Class = "DATEX_ORD"
	ClassRange    gazetteer.Class = "DATEX_RANGE"
	ClassPrep     gazetteer.Class = "DATEX_PREP"
	ClassYearCtx  gazetteer.Class = "DATEX_YEARCTX"
	ClassCenturyW gazetteer.Class = "DATEX_CENTURYW"
	ClassCount    gazetteer.Class = "DATEX_COUNT"
)

// Finder finds dates in tokenized, normalized text. Build it once with
// NewFinder; it is immutable and safe for concurrent use.
type Finder struct {
	g *gazetteer.Gazetteer
	// start: classes a date may start with; any: every class read.
	start, any                               gazetteer.ClassSet
	month, hmonth, era, dir, unit, weekday   gazetteer.ClassSet
	rng, prep, yearCtx, rel, ord, trig, this gazetteer.ClassSet
	century, count                           gazetteer.ClassSet
}

// NewFinder returns a Finder that reads the DATE_* and DATEX_* classes of
// g (see gazetteer/data/dates.tsv). With a gazetteer that has none of them,
// it still finds numeric dates and nothing else.
func NewFinder(g *gazetteer.Gazetteer) *Finder {
	f := &Finder{g: g}
	f.start = g.Classes(ClassMonth, ClassMonthX, ClassHMonth, ClassHMonthX, ClassWeekday, ClassRel,
		ClassTrigger, ClassUnit, ClassThis, ClassPart, ClassDecade, ClassCentury, ClassOccasion,
		ClassPeriod, ClassOrd, ClassRange, ClassCenturyW)
	f.any = f.start | g.Classes(ClassEra, ClassDir, ClassPrep, ClassYearCtx, ClassCount)
	f.month = g.Classes(ClassMonth, ClassMonthX, ClassHMonth, ClassHMonthX)
	f.hmonth = g.Classes(ClassHMonth, ClassHMonthX)
	f.era = g.Classes(ClassEra)
	f.dir = g.Classes(ClassDir)
	f.unit = g.Classes(ClassUnit)
	f.weekday = g.Classes(ClassWeekday)
	f.rng = g.Classes(ClassRange)
	f.prep = g.Classes(ClassPrep)
	f.yearCtx = g.Classes(ClassYearCtx)
	f.rel = g.Classes(ClassRel)
	f.ord = g.Classes(ClassOrd)
	f.trig = g.Classes(ClassTrigger)
	f.this = g.Classes(ClassThis)
	f.century = g.Classes(ClassCentury)
	f.count = g.Classes(ClassCount)
	return f
}

// A Span is a date found in the text.
type Span struct {
	// Start and End delimit the date's tokens: toks[Start:End].
	Start, End int
	// Offset is the number of bytes of proclitic (و، ف، ب، ل، ك) to skip at
	// the start of toks[Start]: the span's text starts at
	// toks[Start].Start+Offset ("وأمس" → "أمس" with Offset 2).
	Offset int
	// Value is the ISO 8601 value (see the package documentation), or ""
	// when it cannot be known.
	Value string
	// Hijri is the Hijri original of a Hijri date, ISO-like: 1445-09-15,
	// 1445-09 or 1445 (an interval a/b for a Hijri range); "" otherwise.
	Hijri string
}

// TextStart returns the byte offset in text where the span starts.
func (s Span) TextStart(toks []normalize.Token) int { return int(toks[s.Start].Start) + s.Offset }

// TextEnd returns the byte offset in text where the span ends.
func (s Span) TextEnd(toks []normalize.Token) int { return int(toks[s.End-1].End) }

// Find appends to dst the dates of text and returns the extended slice.
// text is normalized text (normalize.New(normalize.Default).Map(s).Text)
// and toks its tokens (normalize.Tokenize(nil, text)); ref is the
// reference time for relative dates, the zero time when unknown. Spans are
// in order and do not overlap, and none crosses a line break. Find
// allocates nothing but the value strings of the spans it finds.
func (f *Finder) Find(dst []Span, text string, toks []normalize.Token, ref time.Time) []Span {
	s := scan{f: f, text: text, toks: toks, ref: ref, hasRef: !ref.IsZero()}
	if s.hasRef {
		s.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	lineEnd := 0
	for i := 0; i < len(toks); {
		if i >= lineEnd {
			lineEnd = i + 1
			for lineEnd < len(toks) && toks[lineEnd].Flags&normalize.LineStart == 0 {
				lineEnd++
			}
			s.lim = lineEnd
		}
		r, ok := s.at(i)
		if !ok || r.end <= i {
			i++
			continue
		}
		val, hij := s.finish(&r.v)
		dst = append(dst, Span{Start: i, End: r.end, Offset: r.off, Value: val, Hijri: hij})
		i = r.end
	}
	return dst
}
