package date

import (
	"strings"
	"testing"
	"time"

	"github.com/kashif-nlp/kashif/normalize"
)

// benchText returns about n bytes of news-like text: the table's sentences
// and filler sentences without dates, one per line.
func benchText(n int) string {
	filler := []string{
		"وقال المتحدث باسم الوزارة إن الوفد سيصل إلى العاصمة لبحث الملفات العالقة مع الجانب الآخر.",
		"وأضاف أن الحكومة تعمل على تحسين الخدمات في المدن والقرى وتوفير فرص العمل للشباب.",
		"وشارك في الاجتماع ممثلون عن 17 دولة ومنظمات دولية وإقليمية بحثوا سبل التعاون.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(filler[i%len(filler)])
		b.WriteByte('\n')
		b.WriteString(dateCases[i%len(dateCases)].in)
		b.WriteByte('\n')
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	f := testFinder(b)
	m := norm.Map(benchText(1 << 20))
	toks := normalize.Tokenize(nil, m.Text)
	ref := time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)
	dst := f.Find(nil, m.Text, toks, ref)
	b.SetBytes(int64(len(m.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = f.Find(dst[:0], m.Text, toks, ref)
	}
	b.ReportMetric(float64(len(toks)), "tokens/op")
	b.ReportMetric(float64(len(dst)), "spans/op")
}
