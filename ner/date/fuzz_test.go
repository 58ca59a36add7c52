package date

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kashif-nlp/kashif/normalize"
)

// isoValue matches the values Find gives: a day, month, year, ISO week,
// decade (198X) or century (19), or an interval of them.
var isoValue = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{3}X|\d{2})(/(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{3}X|\d{2}))?$`)

func FuzzFind(f *testing.F) {
	for _, c := range dateCases {
		f.Add(c.in, int64(0))
	}
	f.Add("من 5 إلى 7 مايو 2024 و بين عامي 2010 و2015 (1948) 1936-1939", int64(1711000000))
	f.Add("31/2/2023 0/0/0 9999/12/31 15 رمضان 9999 هـ القرن الـ30", int64(-1))
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		var r time.Time
		if unix != 0 {
			r = time.Unix(unix%(1<<40), 0)
		}
		m := norm.Map(s)
		toks := normalize.Tokenize(nil, m.Text)
		spans := testFinder(t).Find(nil, m.Text, toks, r)
		prev := 0
		for _, sp := range spans {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(toks) {
				t.Fatalf("span %+v out of order or range (prev end %d, %d tokens)", sp, prev, len(toks))
			}
			if sp.Offset < 0 || sp.Offset >= toks[sp.Start].Len() {
				t.Fatalf("span %+v: bad offset", sp)
			}
			prev = sp.End
			if sp.Value != "" && !isoValue.MatchString(sp.Value) {
				t.Fatalf("span %+v: value not ISO 8601", sp)
			}
			for part := range strings.SplitSeq(sp.Value, "/") {
				if len(part) == 10 {
					if _, err := time.Parse("2006-01-02", part); err != nil {
						t.Fatalf("span %+v: %v", sp, err)
					}
				}
			}
		}
	})
}
