package date_test

import (
	"fmt"
	"os"
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/ner/date"
	"github.com/kashif-nlp/kashif/normalize"
)

func Example() {
	f, err := os.Open("../../gazetteer/data/dates.tsv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	b := gazetteer.NewBuilder()
	if err := b.Load(f, "dates"); err != nil {
		panic(err)
	}
	g, err := b.Build()
	if err != nil {
		panic(err)
	}
	finder := date.NewFinder(g)

	src := "وقال أمس الخميس إن الهجوم وقع في 7 أكتوبر/تشرين الأول 2023، أي في 22 ربيع الأول 1445 هـ."
	m := normalize.New(normalize.Default).Map(src)
	toks := normalize.Tokenize(nil, m.Text)
	ref := time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)
	for _, sp := range finder.Find(nil, m.Text, toks, ref) {
		start, end := m.Span(sp.TextStart(toks), sp.TextEnd(toks))
		fmt.Print(src[start:end], " → ", sp.Value)
		if sp.Hijri != "" {
			fmt.Print(" (", sp.Hijri, " AH)")
		}
		fmt.Println()
	}
	// Output:
	// أمس الخميس → 2024-03-20
	// 7 أكتوبر/تشرين الأول 2023 → 2023-10-07
	// 22 ربيع الأول 1445 هـ → 2023-10-07 (1445-03-22 AH)
}
