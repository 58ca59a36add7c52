package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allForms lists every step alone, no step, and Default.
var allForms = []Form{0, StripDiacritics, StripTatweel, FoldAlef, FoldYa, FoldTehMarbuta,
	FoldHamza, FoldKaf, FoldDigits, CompatibilityForms, StripFormat, Default}

// samples are inputs shared by the property tests of this package.
var samples = []string{
	"",
	"abc",
	"قالت وزارة الصحة في غَزَّةَ إنَّ عدد المصابين ارتفع إلى ١٢٣ مصاباً.",
	"أعلن رئيس الوزراء اللبنانيّ عن خطةٍ جديدة للكهرباء يوم الأحد ۱۴ أيار/مايو ٢٠٢٥",
	"جـــميل ﻻ ﷲ ﷺ ＡＢ１ ﺍﻟﺴﻼﻡ",
	"\u200fالأمم\u200e المتحدة\u200c\u200d\ufeff\u061c\u00ad",
	"مؤتمر رئيس ی ک ى ة",
	"الرَّحْمٰنِ قالۖ ذٰلِكَ \u06dd١",
	"\x00\t\x7f\r\n\u2028",
	"a\xffb\xe2\x82",
	"\xed\xa0\x80 surrogate, \xf4\x90\x80\x80 beyond U+10FFFF, \xc0\xaf overlong",
	"\uFFFD valid replacement character",
	"ﹰﱞﱠ marks in presentation forms",
}

func TestForms(t *testing.T) {
	tests := []struct {
		name string
		form Form
		in   string
		want string
	}{
		{"diacritics/tashkeel", StripDiacritics, "كَتَبَ الوَلَدُ", "كتب الولد"},
		{"diacritics/tanween and shadda", StripDiacritics, "شُكْراً جزيلاً مُدَرِّسٌ", "شكرا جزيلا مدرس"},
		{"diacritics/superscript alef", StripDiacritics, "الرحمٰن هٰذا", "الرحمن هذا"},
		{"diacritics/Quranic marks", StripDiacritics, "قالۖ يۗ نۘ مۜ ۟ا لۭ", "قال ي ن م ا ل"},
		{"diacritics/end of ayah kept", StripDiacritics, "\u06dd١ ۞", "\u06dd١ ۞"},
		{"diacritics/hamza above kept as a mark", StripDiacritics, "اٴ", "اٴ"},
		{"diacritics/only", StripDiacritics, "أحمد ـ ة", "أحمد ـ ة"},
		{"tatweel", StripTatweel, "جـــميل الـعـربـيـة", "جميل العربية"},
		{"tatweel/only", StripTatweel, "جَميل", "جَميل"},
		{"alef", FoldAlef, "أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"},
		{"alef/hamza alone kept", FoldAlef, "سماء", "سماء"},
		{"ya/maqsura", FoldYa, "مستشفى على", "مستشفي علي"},
		{"ya/Persian yeh", FoldYa, "ایران", "ايران"},
		{"teh marbuta", FoldTehMarbuta, "مدرسة غزة", "مدرسه غزه"},
		{"hamza/waw", FoldHamza, "مؤتمر", "موتمر"},
		{"hamza/ya", FoldHamza, "رئيس", "رييس"},
		{"hamza/alef carriers left to FoldAlef", FoldHamza, "أإ", "أإ"},
		{"kaf/keheh", FoldKaf, "کتاب", "كتاب"},
		{"digits/Arabic-Indic", FoldDigits, "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"digits/Persian", FoldDigits, "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"digits/separators kept", FoldDigits, "٣٫٥ ١٬٠٠٠", "3٫5 1٬000"},
		{"compat/lam-alef ligature", CompatibilityForms, "\uFEFB", "لا"},
		{"compat/lam-alef with hamza", CompatibilityForms, "\uFEF7", "لأ"},
		{"compat/isolated alef", CompatibilityForms, "\uFE8D", "ا"},
		{"compat/contextual forms", CompatibilityForms, "ﺍﻟﺴﻼﻡ", "السلام"},
		{"compat/Allah ligature", CompatibilityForms, "ﷲ", "الله"},
		{"compat/long ligature", CompatibilityForms, "ﷺ", "صلى الله عليه وسلم"},
		{"compat/fullwidth", CompatibilityForms, "ＡＢ１２", "AB12"},
		{"compat/other characters kept", CompatibilityForms, "ﬁ ² ℃", "ﬁ ² ℃"},
		{"format/bidi", StripFormat, "\u200fغزة\u200e \u202bنص\u202c \u2066x\u2069", "غزة نص x"},
		{"format/zero width", StripFormat, "a\u200bb\u200cc\u200dd\u2060e", "abcde"},
		{"format/ALM BOM soft hyphen", StripFormat, "\u061cا\ufeffب\u00adت", "ابت"},
		{"default/combined", Default, "\u200fأَعْلَنَتْ الـوزارة ﻷول مرة ١٤ یوماً", "اعلنت الوزاره لاول مره 14 يوما"},
		{"default/compat then fold", Default, "\uFEF7\uFEF9 ﷺ", "لالا صلي الله عليه وسلم"},
		{"default/Latin untouched", Default, "Reuters, AFP (2024)", "Reuters, AFP (2024)"},
		{"default/control characters kept", Default, "\x00\x01\t\x7f\u0085", "\x00\x01\t\x7f\u0085"},
		{"default/empty", Default, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := New(tt.form)
			assert.Equal(t, tt.form, n.Form())
			assert.Equal(t, tt.want, n.String(tt.in), "String")
			assert.Equal(t, tt.want, n.Map(tt.in).Text, "Map")
			assert.Equal(t, tt.in, New(0).String(tt.in), "the empty form changes nothing")
		})
	}
}

// TestFormsIndependent checks that a step alone touches only its own
// characters: every step but one leaves that step's examples alone.
func TestFormsIndependent(t *testing.T) {
	own := map[Form]string{
		StripDiacritics:    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u06d6\u06ed",
		StripTatweel:       "\u0640",
		FoldAlef:           "أإآٱ",
		FoldYa:             "ىی",
		FoldTehMarbuta:     "ة",
		FoldHamza:          "ؤئ",
		FoldKaf:            "ک",
		FoldDigits:         "٠٩۰۹",
		CompatibilityForms: "\ufefb\ufe8d\ufdf2\uff21",
		StripFormat:        "\u200b\u200f\u202a\u202e\u2060\u2069\u061c\ufeff\u00ad",
	}
	for f, s := range own {
		for g := range own {
			if g == f {
				assert.NotEqual(t, s, New(g).String(s), "step %b changes its own characters", g)
				continue
			}
			assert.Equal(t, s, New(g).String(s), "step %b changes the characters of step %b", g, f)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	n := New(Default)
	m := n.Map("a\xffب\xe2\x82")
	require.Equal(t, "a\uFFFDب\uFFFD\uFFFD", m.Text)
	// Each U+FFFD maps back to the byte it replaces.
	assert.Equal(t, [2]int{1, 2}, span(&m, 1, 4))
	assert.Equal(t, [2]int{4, 5}, span(&m, 6, 9))
	assert.Equal(t, [2]int{5, 6}, span(&m, 9, 12))
	assert.Equal(t, n.String("a\xffب\xe2\x82"), m.Text)
	// A valid U+FFFD is kept as it is.
	assert.Equal(t, "\uFFFD", n.String("\uFFFD"))
	for _, s := range samples {
		for _, f := range allForms {
			assert.True(t, utf8.ValidString(New(f).String(s)), "%q", s)
		}
	}
}

func TestIdempotent(t *testing.T) {
	for _, f := range allForms {
		n := New(f)
		for _, s := range samples {
			once := n.String(s)
			assert.Equal(t, once, n.String(once), "form %b, %q", f, s)
			assert.Equal(t, once, n.Map(s).Text, "form %b, %q", f, s)
		}
	}
}

func TestStringUnchangedReturnsInput(t *testing.T) {
	s := strings.Repeat("قال الوزير في بيان ", 10)
	n := New(Default)
	got := n.String(s)
	require.Equal(t, s, got)
	assert.Equal(t, 0, int(testing.AllocsPerRun(10, func() { n.String(s) })))
}

func span(m *Mapped, start, end int) [2]int {
	s, e := m.Span(start, end)
	return [2]int{s, e}
}
