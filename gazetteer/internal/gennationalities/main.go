// Command gennationalities writes nationalities.tsv: the nisba adjectives
// of countries in every inflection news uses, generated from a base list of
// masculine singular forms written for this project.
//
// For a base form such as أميركي it writes, with and without the article:
// the masculine and feminine singular (أميركي، أميركية), the sound plurals
// (أميركيون، أميركيين، أميركيات) and the duals (أميركيان، أميركيتان،
// أميركيتين). A two-word base (كوري جنوبي) inflects both words alike
// (الكوريون الجنوبيون). Broken plurals (الروس، الأتراك) are listed as such.
//
// Usage (from the repository root):
//
//	go run ./gazetteer/internal/gennationalities > gazetteer/data/nationalities.tsv
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// bases maps an ISO 3166-1 alpha-2 code to masculine singular nisbas,
// without the article. Left out on purpose: مالي (Malian; "financial"),
// تشيلي (Chilean; the same word as the country), عربي (no country).
var bases = []struct {
	code  string
	forms string
}{
	{"US", "أميركي أمريكي امريكي"},
	{"GB", "بريطاني إنجليزي إنكليزي انجليزي اسكتلندي إسكتلندي ويلزي"},
	{"IL", "إسرائيلي"},
	{"PS", "فلسطيني"},
	{"EG", "مصري"},
	{"SD", "سوداني"},
	{"SS", "جنوب_سوداني"},
	{"LY", "ليبي"},
	{"TN", "تونسي"},
	{"DZ", "جزائري"},
	{"MA", "مغربي"},
	{"MR", "موريتاني"},
	{"SY", "سوري"},
	{"LB", "لبناني"},
	{"JO", "أردني"},
	{"IQ", "عراقي"},
	{"SA", "سعودي"},
	{"KW", "كويتي"},
	{"BH", "بحريني"},
	{"QA", "قطري"},
	{"AE", "إماراتي"},
	{"OM", "عماني"},
	{"YE", "يمني"},
	{"IR", "إيراني"},
	{"TR", "تركي"},
	{"AF", "أفغاني"},
	{"PK", "باكستاني"},
	{"IN", "هندي"},
	{"BD", "بنغلاديشي"},
	{"LK", "سريلانكي"},
	{"NP", "نيبالي"},
	{"CN", "صيني"},
	{"JP", "ياباني"},
	{"KR", "كوري_جنوبي"},
	{"KP", "كوري_شمالي"},
	{"TW", "تايواني"},
	{"VN", "فيتنامي"},
	{"TH", "تايلاندي تايلندي"},
	{"MM", "ميانماري بورمي"},
	{"KH", "كمبودي"},
	{"MY", "ماليزي"},
	{"SG", "سنغافوري"},
	{"ID", "إندونيسي اندونيسي"},
	{"PH", "فلبيني"},
	{"AU", "أسترالي استرالي"},
	{"NZ", "نيوزيلندي"},
	{"FR", "فرنسي"},
	{"DE", "ألماني"},
	{"IT", "إيطالي"},
	{"ES", "إسباني أسباني"},
	{"PT", "برتغالي"},
	{"NL", "هولندي"},
	{"BE", "بلجيكي"},
	{"LU", "لوكسمبورغي"},
	{"CH", "سويسري"},
	{"AT", "نمساوي"},
	{"SE", "سويدي"},
	{"NO", "نرويجي"},
	{"DK", "دنماركي دانماركي"},
	{"FI", "فنلندي"},
	{"IS", "آيسلندي أيسلندي"},
	{"IE", "إيرلندي أيرلندي ايرلندي"},
	{"PL", "بولندي"},
	{"CZ", "تشيكي"},
	{"SK", "سلوفاكي"},
	{"HU", "مجري هنغاري"},
	{"RO", "روماني"},
	{"BG", "بلغاري"},
	{"RS", "صربي"},
	{"HR", "كرواتي"},
	{"SI", "سلوفيني"},
	{"BA", "بوسني"},
	{"ME", "مونتينيغري"},
	{"AL", "ألباني"},
	{"MK", "مقدوني"},
	{"XK", "كوسوفي"},
	{"GR", "يوناني"},
	{"CY", "قبرصي"},
	{"MT", "مالطي"},
	{"RU", "روسي"},
	{"UA", "أوكراني"},
	{"BY", "بيلاروسي"},
	{"MD", "مولدوفي"},
	{"LT", "ليتواني"},
	{"LV", "لاتفي"},
	{"EE", "إستوني"},
	{"GE", "جورجي"},
	{"AM", "أرميني"},
	{"AZ", "أذربيجاني أذري"},
	{"KZ", "كازاخستاني كازاخي"},
	{"UZ", "أوزبكي أوزبكستاني"},
	{"TM", "تركمانستاني"},
	{"TJ", "طاجيكي طاجيكستاني"},
	{"KG", "قرغيزي قيرغيزي"},
	{"MN", "منغولي"},
	{"CA", "كندي"},
	{"MX", "مكسيكي"},
	{"CU", "كوبي"},
	{"HT", "هايتي"},
	{"GT", "غواتيمالي"},
	{"HN", "هندوراسي"},
	{"NI", "نيكاراغوي"},
	{"PA", "بنمي"},
	{"CO", "كولومبي"},
	{"VE", "فنزويلي"},
	{"EC", "إكوادوري"},
	{"PE", "بيروفي"},
	{"BO", "بوليفي"},
	{"BR", "برازيلي"},
	{"PY", "باراغواياني"},
	{"UY", "أوروغواياني"},
	{"AR", "أرجنتيني"},
	{"ET", "إثيوبي أثيوبي"},
	{"ER", "إريتري أريتري"},
	{"DJ", "جيبوتي"},
	{"SO", "صومالي"},
	{"KE", "كيني"},
	{"UG", "أوغندي"},
	{"TZ", "تنزاني"},
	{"RW", "رواندي"},
	{"BI", "بوروندي"},
	{"CD", "كونغولي"},
	{"TD", "تشادي"},
	{"NE", "نيجري"},
	{"NG", "نيجيري"},
	{"SN", "سنغالي"},
	{"GH", "غاني"},
	{"CI", "إيفواري"},
	{"CM", "كاميروني"},
	{"GA", "غابوني"},
	{"AO", "أنغولي"},
	{"ZM", "زامبي"},
	{"ZW", "زيمبابوي"},
	{"MZ", "موزمبيقي"},
	{"MG", "مدغشقري"},
	{"NA", "ناميبي"},
	{"GN", "غيني"},
	{"LR", "ليبيري"},
	{"SL", "سيراليوني"},
	{"BF", "بوركيني"},
}

// broken lists broken plurals and other forms the rules cannot make.
var broken = []struct{ code, forms string }{
	{"US", "أمريكان أميركان"},
	{"GB", "إنجليز إنكليز"},
	{"RU", "روس"},
	{"TR", "أتراك"},
	{"DE", "ألمان"},
	{"AF", "أفغان"},
	{"IN", "هنود"},
	{"ZA", "جنوب_أفريقي جنوب_إفريقي جنوب_أفريقية جنوب_إفريقية"},
	{"GR", "إغريق"},
	{"TW", "تايوانيين"},
}

// countryForms are inflections that are also the country's name and are
// read as the country: السعودية، سورية، and the masculine nisbas of
// countries whose name ends in ي (هايتي، جيبوتي …).
var countryForms = map[string]bool{
	"السعودية": true, "سورية": true, "هايتي": true, "جيبوتي": true, "بوروندي": true,
	"زيمبابوي": true, "سيراليوني": true,
}

// suffixes turn a masculine singular nisba (ending in ي) into its
// inflections.
var suffixes = []string{"", "ة", "ون", "ين", "ات", "ان", "تان", "تين"}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "# Nationality (nisba) adjectives, class NATIONALITY, value ISO 3166-1 alpha-2.")
	fmt.Fprintln(w, "# Written for this project. Generated by: go run ./gazetteer/internal/gennationalities > gazetteer/data/nationalities.tsv")
	fmt.Fprintln(w, "# Do not edit; change the base list in gazetteer/internal/gennationalities/main.go.")
	seen := map[string]bool{}
	emit := func(s, code string) {
		if seen[s] || countryForms[s] {
			return
		}
		seen[s] = true
		fmt.Fprintf(w, "%s\tNATIONALITY\t%s\n", s, code)
	}
	for _, b := range bases {
		for _, base := range strings.Fields(b.forms) {
			words := strings.Split(base, "_")
			for _, suf := range suffixes {
				var bare, def []string
				for i, wd := range words {
					if len(words) > 1 && i == 0 && wd == "جنوب" {
						// جنوب سوداني: only the nisba inflects.
						bare = append(bare, wd)
						def = append(def, wd)
						continue
					}
					bare = append(bare, wd+suf)
					def = append(def, "ال"+wd+suf)
				}
				emit(strings.Join(bare, " "), b.code)
				if words[0] != "جنوب" {
					emit(strings.Join(def, " "), b.code)
				}
			}
		}
	}
	for _, b := range broken {
		for _, f := range strings.Fields(b.forms) {
			s := strings.ReplaceAll(f, "_", " ")
			emit(s, b.code)
			if !strings.HasPrefix(s, "جنوب") {
				emit("ال"+s, b.code)
			}
		}
	}
}
