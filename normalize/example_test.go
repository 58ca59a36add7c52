package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kashif-nlp/kashif/normalize"
	"golang.org/x/text/transform"
)

func ExampleNormalizer_String() {
	n := normalize.New(normalize.Default)
	fmt.Println(n.String("أعلنَتْ الـوزارة يوم ١٤ آذار"))
	fmt.Println(n.String("ﻻ إله"))

	// Each step may be used alone.
	fmt.Println(normalize.New(normalize.StripDiacritics).String("مُدَرِّسَةٌ"))
	// Output:
	// اعلنت الوزاره يوم 14 اذار
	// لا اله
	// مدرسة
}

func ExampleNormalizer_Map() {
	src := "وصل الوفد إلى غَزَّةَ صباحاً"
	m := normalize.New(normalize.Default).Map(src)
	fmt.Println(m.Text)

	// Find a name in the normalized text, then report it on the source.
	i := strings.Index(m.Text, "غزه")
	start, end := m.Span(i, i+len("غزه"))
	fmt.Printf("%q at [%d, %d)\n", src[start:end], start, end)
	// Output:
	// وصل الوفد الي غزه صباحا
	// "غَزَّةَ" at [25, 39)
}

func ExampleNormalizer_Transform() {
	// A Normalizer is a transform.Transformer: it normalizes a stream.
	n := normalize.New(normalize.Default)
	r := transform.NewReader(strings.NewReader("المدينةُ القديمة\n"), n)
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}

	s, _, _ := transform.String(n, "مؤتمرٌ صحفيّ")
	fmt.Println(s)
	// Output:
	// المدينه القديمه
	// موتمر صحفي
}

func ExampleTokenize() {
	s := "قال في 2015:\nو2015 عامٌ"
	for _, t := range normalize.Tokenize(nil, s) {
		var flags []string
		if t.Flags&normalize.LineStart != 0 {
			flags = append(flags, "LineStart")
		}
		if t.Flags&normalize.SpaceBefore != 0 {
			flags = append(flags, "SpaceBefore")
		}
		fmt.Printf("%d %q %v\n", t.Kind, t.Text(s), flags)
	}
	// Output:
	// 1 "قال" [LineStart]
	// 1 "في" [SpaceBefore]
	// 2 "2015" [SpaceBefore]
	// 3 ":" []
	// 1 "و" [LineStart SpaceBefore]
	// 2 "2015" []
	// 1 "عامٌ" [SpaceBefore]
}

func ExampleProclitics() {
	word := "وللولايات"
	for _, i := range normalize.Proclitics(nil, word) {
		fmt.Println(word[i:])
	}
	// Output:
	// وللولايات
	// للولايات
	// لولايات
}

func ExampleStem() {
	for _, w := range []string{"والمعلمات", "للطلاب", "الفلسطينيين", "بالسيارة", "كتابها"} {
		fmt.Println(w, normalize.Stem(w))
	}
	// Output:
	// والمعلمات معلم
	// للطلاب طلاب
	// الفلسطينيين فلسطين
	// بالسيارة سيار
	// كتابها كتاب
}
