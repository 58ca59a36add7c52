package date

import (
	"strconv"
	"time"

	hijri "github.com/hablullah/go-hijri"
)

// Kinds of value a point of a date expression holds.
const (
	kNone    uint8 = iota // value unknown: the span has an empty Value
	kDate                 // y, and m and d when known (YYYY, YYYY-MM, YYYY-MM-DD)
	kWeek                 // ISO week: y is the ISO year, d the week number (YYYY-Www)
	kDecade               // y is the first year of the decade (198X)
	kCentury              // y is the ISO 8601 century: the first two digits of its years (19)
)

// point is one end of a date's value. Fields that are 0 are unknown.
type point struct {
	kind    uint8
	hijri   bool // y, m, d are Hijri; converted by finish
	y, m, d int
}

// value is what a date expression denotes: a point, or an interval a/b.
type value struct {
	a, b     point
	interval bool
	// orig, when its kind is set, is the Hijri original of a date whose
	// value was given by a Gregorian restatement.
	orig point
}

// dayPoint returns the point of the day t.
func dayPoint(t time.Time) point {
	return point{kind: kDate, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// appendPoint appends the ISO 8601 form of p to buf.
func appendPoint(buf []byte, p point) []byte {
	switch p.kind {
	case kDate:
		buf = appendPad(buf, p.y, 4)
		if p.m > 0 {
			buf = append(buf, '-')
			buf = appendPad(buf, p.m, 2)
			if p.d > 0 {
				buf = append(buf, '-')
				buf = appendPad(buf, p.d, 2)
			}
		}
	case kWeek:
		buf = appendPad(buf, p.y, 4)
		buf = append(buf, '-', 'W')
		buf = appendPad(buf, p.d, 2)
	case kDecade:
		buf = appendPad(buf, p.y/10, 3)
		buf = append(buf, 'X')
	case kCentury:
		buf = appendPad(buf, p.y, 2)
	}
	return buf
}

// appendPad appends n in decimal, zero-padded to width digits.
func appendPad(buf []byte, n, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		buf = append(buf, '0')
	}
	return append(buf, s...)
}

// valid reports whether p can be written in ISO 8601 as this package does.
func (p point) valid() bool {
	switch p.kind {
	case kDate:
		if p.y < 1 || p.y > 9999 || p.m < 0 || p.m > 12 || p.d < 0 || p.d > 31 || p.d > 0 && p.m == 0 {
			return false
		}
		if p.d > 0 && p.d > daysIn(p.y, p.m) {
			return false
		}
		return true
	case kWeek:
		return p.y >= 1 && p.y <= 9999 && p.d >= 1 && p.d <= 53
	case kDecade:
		return p.y >= 0 && p.y <= 9990
	case kCentury:
		return p.y >= 0 && p.y <= 99
	}
	return false
}

// daysIn returns the number of days of month m of year y (Gregorian).
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// format returns the ISO 8601 value of v, or "" when v holds none.
func (v *value) format() string {
	if !v.a.valid() {
		return ""
	}
	var buf [64]byte
	b := appendPoint(buf[:0], v.a)
	if v.interval {
		if !v.b.valid() {
			return ""
		}
		b = append(b, '/')
		b = appendPoint(b, v.b)
	}
	return string(b)
}

// appendHijri appends the Hijri date p as 1445-09-15, 1445-09 or 1445.
func appendHijri(b []byte, p point) []byte {
	b = appendPad(b, p.y, 4)
	if p.m > 0 {
		b = append(b, '-')
		b = appendPad(b, p.m, 2)
		if p.d > 0 {
			b = append(b, '-')
			b = appendPad(b, p.d, 2)
		}
	}
	return b
}

// Umm al-Qura covers 1 Muharram 1356 to the end of 1500 AH (14 March 1937
// to 16 November 2077).
const (
	ummAlQuraFirst = 1356
	ummAlQuraLast  = 1500
)

// hijriToGregorian converts the Hijri day y-m-d to the Gregorian calendar:
// by the Umm al-Qura calendar for the years it covers, by the arithmetic
// (tabular) Islamic calendar with the common leap-year pattern elsewhere.
// Days past the end of a month roll into the next one.
func hijriToGregorian(y, m, d int) (time.Time, bool) {
	if y < 1 || y > 9000 || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	if y >= ummAlQuraFirst && y <= ummAlQuraLast {
		t := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
		return t.UTC(), true
	}
	t := hijri.HijriDate{Year: int64(y), Month: int64(m), Day: int64(d), Pattern: hijri.Default}.ToGregorian()
	return t.UTC(), true
}

// gregorianToHijri returns the Hijri year, month and day of the Gregorian
// day t, by the same calendars as hijriToGregorian.
func gregorianToHijri(t time.Time) (y, m, d int, ok bool) {
	if u, err := hijri.CreateUmmAlQuraDate(t); err == nil {
		return int(u.Year), int(u.Month), int(u.Day), true
	}
	h, err := hijri.CreateHijriDate(t, hijri.Default)
	if err != nil {
		return 0, 0, 0, false
	}
	return int(h.Year), int(h.Month), int(h.Day), true
}

// hijriRange returns the first and last Gregorian points of the Hijri
// date p: the same day twice, the first and last days of a month, or the
// Gregorian years a Hijri year begins and ends in.
func hijriRange(p point) (first, last point, ok bool) {
	switch {
	case p.d > 0:
		t, ok := hijriToGregorian(p.y, p.m, p.d)
		return dayPoint(t), dayPoint(t), ok
	case p.m > 0:
		s, ok1 := hijriToGregorian(p.y, p.m, 1)
		ny, nm := p.y, p.m+1
		if nm > 12 {
			ny, nm = p.y+1, 1
		}
		e, ok2 := hijriToGregorian(ny, nm, 1)
		return dayPoint(s), dayPoint(e.AddDate(0, 0, -1)), ok1 && ok2
	default:
		s, ok1 := hijriToGregorian(p.y, 1, 1)
		e, ok2 := hijriToGregorian(p.y+1, 1, 1)
		e = e.AddDate(0, 0, -1)
		return point{kind: kDate, y: s.Year()}, point{kind: kDate, y: e.Year()}, ok1 && ok2
	}
}
