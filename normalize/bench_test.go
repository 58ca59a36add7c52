package normalize

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// benchSentences are news-like sentences written for these benchmarks.
var benchSentences = []string{
	"أعلنت وزارة الصحة في بيان صدر صباح اليوم أن عدد المصابين ارتفع إلى %d حالة.",
	"قال الرئيس في مؤتمر صحفي عقده في العاصمة إن المفاوضات ستستأنف الأسبوع المقبل.",
	"وأكد المتحدث باسم الحكومة أن الوزير سيزور القاهرة وعمّان خلال الأيام المقبلة.",
	"ذكرت وكالة الأنباء الرسمية (رويترز) أن الاجتماع استمر نحو %d ساعات.",
	"وأضافت المصادر أن الشركة الوطنية للنفط وقعت اتفاقية مع شركاء أوروبيين.",
	"شهدت مدينة بيروت يوم الأحد مظاهرات طالبت بإصلاحات اقتصادية عاجلة.",
	"وقالت منظمة الأمم المتحدة إن المساعدات وصلت إلى أكثر من %d ألف شخص.",
	"أوضح مدير المستشفى الدكتور أحمد المصري أن الطواقم الطبية تعمل دون توقف.",
	"يُذكَرُ أنّ البرلمانَ صادقَ على الموازنة العامة للسنة المالية الجديدة.",
	"انطلقت في الرياض أعمال القمة العربية بمشاركة وفود من %d دولة.",
}

var (
	benchOnce sync.Once
	benchText string
)

// benchCorpus returns about 1 MB of news-like text: the sentences above
// repeated with variation in numbers, digits, diacritics, tatweel, bidi
// marks and line breaks.
func benchCorpus() string {
	benchOnce.Do(func() {
		rng := rand.New(rand.NewPCG(1, 2))
		var b strings.Builder
		for b.Len() < 1<<20 {
			s := benchSentences[rng.IntN(len(benchSentences))]
			num := strconv.Itoa(rng.IntN(5000))
			if rng.IntN(3) == 0 {
				num = toArabicDigits(num)
			}
			s = strings.Replace(s, "%d", num, 1)
			switch rng.IntN(10) {
			case 0:
				s = strings.Replace(s, "ال", "الـ", 1)
			case 1:
				s = "\u200f" + s
			case 2:
				s = strings.Replace(s, "ة", "ةِ", 1)
			}
			b.WriteString(s)
			if rng.IntN(4) == 0 {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		benchText = b.String()
	})
	return benchText
}

func toArabicDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r - '0' + '٠')
	}
	return b.String()
}

func BenchmarkMap(b *testing.B) {
	s := benchCorpus()
	n := New(Default)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n.Map(s)
	}
}

func BenchmarkString(b *testing.B) {
	s := benchCorpus()
	n := New(Default)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n.String(s)
	}
}

func BenchmarkTokenize(b *testing.B) {
	s := benchCorpus()
	dst := make([]Token, 0, len(s)/4)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		dst = Tokenize(dst[:0], s)
	}
}

func BenchmarkStem(b *testing.B) {
	words := strings.Fields(benchSentences[0] + benchSentences[1])
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Stem(words[i%len(words)])
	}
}

func TestMapAllocs(t *testing.T) {
	s := benchCorpus()[:100000]
	n := New(Default)
	if a := testing.AllocsPerRun(5, func() { n.Map(s) }); a > 3 {
		t.Errorf("Map makes %v allocations, want at most 3", a)
	}
}
