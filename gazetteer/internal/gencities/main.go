// Command gencities filters the world-cities table (jamsshhayd/
// world-cities-translations, built from Wikidata, CC BY 4.0) into a
// gazetteer list of class LOCATION whose value is the ISO 3166-1 alpha-2
// code of the city's country.
//
// The Arabic labels of the source are noisy: some carry an administrative
// prefix (محافظة، ولاية …), some name a stadium, a club, a university or
// even a drug instead of the city, and a few are in Latin script. The
// filter strips the prefixes, drops labels that name another kind of thing,
// checks that the Arabic label sounds like the English name (the first two
// consonant classes must agree), drops labels that are common Arabic words
// or country names, and keeps small towns only in the Arab world.
//
// Usage (from the repository root):
//
//	go run ./gazetteer/internal/gencities \
//	    -in ../shared/gazetteer-sources/world-cities/world-cities.csv \
//	    > gazetteer/data/cities_worldcities.tsv
package main

import (
	"bufio"
	_ "embed"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

var (
	in      = flag.String("in", "../shared/gazetteer-sources/world-cities/world-cities.csv", "world-cities.csv")
	minPop  = flag.Int("minpop", 150000, "minimum population outside the Arab world")
	verbose = flag.Bool("v", false, "report dropped rows on stderr")
)

// arab lists the countries whose towns are all kept, whatever their size.
var arab = map[string]bool{
	"DZ": true, "BH": true, "KM": true, "DJ": true, "EG": true, "IQ": true, "JO": true,
	"KW": true, "LB": true, "LY": true, "MR": true, "MA": true, "OM": true, "PS": true,
	"QA": true, "SA": true, "SO": true, "SD": true, "SY": true, "TN": true, "AE": true,
	"YE": true, "IL": true, "IR": true, "TR": true,
}

// prefixes are administrative words stripped from the start of a label.
var prefixes = []string{
	"محافظة", "مقاطعة", "ولاية", "إقليم", "بلدية", "منطقة", "مدينة", "مركز", "قضاء",
	"ناحية", "إدارة", "مديرية", "قسم", "ضاحية", "كومونة", "عمالة", "لواء",
}

// badHeads mark a label that names something other than the town.
var badHeads = []string{
	"نادي", "جامعة", "ملعب", "مطار", "مستشفى", "مستشفي", "معركة", "التجمع", "قلة", "نهر",
	"كنيسة", "محطة", "حزب", "بحيرة", "جبل", "جزيرة", "جزر", "قاعدة", "سد", "كاتدرائية",
	"متحف", "قصر", "فريق", "منتخب", "شركة", "مطرانية", "أبرشية", "إمارة", "دوقية",
	"مملكة", "جمهورية", "سلطنة", "حصار", "اتفاقية", "معاهدة", "مذبحة", "زلزال",
	"مسجد", "جامع", "دير", "ميناء", "شبه", "وادي", "صحراء", "بحر", "خليج",
}

// badWords are labels (after stripping) that are common Arabic words,
// given names or nationality adjectives, or that are wrong for the city.
var badWords = map[string]bool{
	"الحي": true, "القاسم": true, "تالا": true, "بيلا": true, "العمارة": true,
	"الشامية": true, "الهندية": true, "العزيزية": true, "الهاشمية": true, "القائم": true,
	"الوقف": true, "المراغة": true, "قلين": true, "الإسكندرية IQ": true, "الباب": true,
	"الحرية": true, "الثورة": true, "النصر": true, "السلام": true, "الوحدة": true,
	"الأمل": true, "النور": true, "الحسينية": true, "الزهراء": true, "الشروق": true,
	"العبور": true, "بدر": true, "الفتح": true, "المستقبل": true, "الأمير": true,
	"الرحمة": true, "المعارف": true, "الشيخ": true, "الجديدة": true, "القديمة": true,
	"العاصمة": true, "المدينة": true, "الجزيرة": true, "الساحل": true, "الوسطى": true,
	"الشمالية": true, "الجنوبية": true, "الشرقية": true, "الغربية": true, "الرئيسية": true,
	"باتنة": false, "سعيدة": true, "المحمدية": true, "الخميس": true, "الأحد": true,
	"الجمعة": true, "السبت": true, "الاثنين": true, "الثلاثاء": true, "الأربعاء": true,
	"العين": false, "أمل": true, "نور": true, "سلام": true, "جمال": true, "كريم": true,
	"حسن": true, "سعيد": true, "عادل": true, "منصور": true, "ناصر": true, "حمد": true,
	"فرح": true, "ليلى": true, "هلال": true, "عمر": true, "علي": true, "محمد": true,
	"أحمد": true, "مريم": true, "زينب": true, "صالح": true, "يوسف": true, "إبراهيم": true,
	"الكرامة": true, "النهضة": true, "الاستقلال": true, "الزيتون": true, "الورود": true,
	"تركيا": true, "لبنان": true, "سيدي": true, "بني": true, "عين": true,
	"ماي": true, "مين": true, "كيف": true, "هل": true, "سلا": false, "تيك": true,
	"بيت": true, "دار": true, "كفر": true, "تل": true, "رأس": true, "بئر": true,
	"مال": true, "باب": true, "أم": true, "أبو": true, "ابن": true, "بن": true,
}

// blocked are labels checked by hand and dropped: common words (الشجرة
// "the tree", طاقة "energy"), given or family names (جاسم، غارسيا), labels
// of something else (تويوتا، كولومبيا للتسجيلات), labels whose better-known
// namesake lies elsewhere (لندن in Canada, طرطوس in Turkey, الدار البيضاء in
// Algeria) — places.tsv lists those with the right country — and عمان
// (Amman), which normalizes like عُمان (Oman).
//
//go:embed blocked.txt
var blockedList string

var blocked = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(blockedList, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}()

// onlyIn keeps, for a country whose labels are mostly short syllables that
// read like other words, only the listed labels.
var onlyIn = map[string]map[string]bool{
	"VN": {"هانوي": true, "هو تشي منه": true},
}

// consonant classes used to compare an Arabic label with its English name.
var arClass = map[rune]byte{
	'ب': 'B', 'پ': 'B', 'ف': 'F', 'ڤ': 'F',
	'ت': 'T', 'ط': 'T', 'ث': 'T', 'د': 'T', 'ض': 'T', 'ذ': 'T',
	'س': 'S', 'ص': 'S', 'ز': 'S', 'ظ': 'S', 'ش': 'S', 'ژ': 'S',
	'ك': 'K', 'ق': 'K', 'غ': 'K', 'خ': 'K', 'ج': 'K', 'گ': 'K', 'چ': 'S',
	'ل': 'L', 'م': 'M', 'ن': 'N', 'ر': 'R',
}

func arSkeleton(s string) []byte {
	s = strings.TrimPrefix(s, "ال")
	var out []byte
	for _, r := range s {
		if c, ok := arClass[r]; ok {
			if len(out) == 0 || out[len(out)-1] != c {
				out = append(out, c)
			}
		}
	}
	return out
}

func enSkeleton(s string) []byte {
	s = strings.ToLower(s)
	for _, art := range []string{"al ", "al-", "ar ", "an ", "as ", "ad ", "ash ", "at ", "az ", "adh ", "el ", "el-", "ath "} {
		if strings.HasPrefix(s, art) {
			s = s[len(art):]
			break
		}
	}
	rs := []rune(s)
	var out []byte
	add := func(c byte) {
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case 'b', 'p':
			add('B')
		case 'f', 'v':
			add('F')
		case 'd':
			if next == 'j' {
				i++
				add('K')
				continue
			}
			add('T')
		case 't':
			if r == 't' && next == 'h' {
				i++
			}
			add('T')
		case 's', 'z', 'x':
			if r == 'x' {
				add('K')
			}
			add('S')
		case 'c':
			if next == 'h' {
				i++
				add('S')
			} else if next == 'e' || next == 'i' || next == 'y' {
				add('S')
			} else {
				add('K')
			}
		case 'k', 'q', 'g', 'j':
			add('K')
		case 'l':
			add('L')
		case 'm':
			add('M')
		case 'n':
			add('N')
		case 'r':
			add('R')
		case ' ', '-':
			// word break: keep going, the skeleton spans words
		}
	}
	return out
}

// sounds reports whether the first consonant classes of the two names agree.
func sounds(ar, en string) bool {
	a, e := arSkeleton(ar), enSkeleton(en)
	if len(e) > 0 && e[0] == 'L' && (len(a) == 0 || a[0] != 'L') {
		e = e[1:] // the fused French article: Laghouat, Larache
	}
	n := 2
	if len(a) < n || len(e) < n {
		n = 1
	}
	if len(a) < n || len(e) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if a[i] != e[i] {
			return false
		}
	}
	return true
}

func isArabic(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Arabic, r) {
			return false
		}
	}
	return strings.TrimSpace(s) != ""
}

// countryAliases maps the source's English country names that CLDR spells
// differently.
var countryAliases = map[string]string{
	"Czech Republic": "CZ", "Ivory Coast": "CI", "Democratic Republic of the Congo": "CD",
	"Republic of the Congo": "CG", "Congo (Kinshasa)": "CD", "Congo (Brazzaville)": "CG",
	"Palestine": "PS", "Palestinian Territory": "PS", "State of Palestine": "PS",
	"Macedonia": "MK", "North Macedonia": "MK", "Swaziland": "SZ", "Eswatini": "SZ",
	"Burma": "MM", "Myanmar": "MM", "East Timor": "TL", "Timor-Leste": "TL",
	"The Gambia": "GM", "Gambia": "GM", "The Bahamas": "BS", "Bahamas": "BS",
	"Cape Verde": "CV", "Vatican City": "VA", "Kosovo": "XK", "South Korea": "KR",
	"North Korea": "KP", "Hong Kong": "HK", "Macau": "MO", "Taiwan": "TW",
	"United States": "US", "United Kingdom": "GB", "Russia": "RU", "Syria": "SY",
	"Iran": "IR", "Laos": "LA", "Vietnam": "VN", "Bolivia": "BO", "Venezuela": "VE",
	"Tanzania": "TZ", "Moldova": "MD", "Brunei": "BN", "Micronesia": "FM",
	"Sao Tome and Principe": "ST", "Antigua and Barbuda": "AG", "Bosnia and Herzevina": "BA",
	"Fiji Islands": "FJ", "Hong Kong S.A.R.": "HK", "Man (Isle of)": "IM",
	"Palestinian Territory Occupied": "PS", "Saint Lucia": "LC",
	"Saint Vincent and the Grenadines": "VC", "Trinidad and Tobago": "TT", "Curacao": "CW", "Reunion": "RE",
}

func main() {
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	en := display.Regions(language.English)
	ar := display.Regions(language.Arabic)
	code := map[string]string{}
	countryNames := map[string]bool{}
	for _, r := range strings.Fields("AD AE AF AG AI AL AM AO AR AS AT AU AW AZ BA BB BD BE BF BG BH BI BJ BM BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CK CL CM CN CO CR CU CV CW CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WS XK YE YT ZA ZM ZW") {
		reg, err := language.ParseRegion(r)
		if err != nil {
			continue
		}
		code[en.Name(reg)] = r
		countryNames[ar.Name(reg)] = true
	}
	for k, v := range countryAliases {
		code[k] = v
	}

	rd := csv.NewReader(bufio.NewReader(f))
	rd.FieldsPerRecord = -1
	header := true
	type city struct {
		name, code string
		pop        int
	}
	seen := map[string]city{}
	var order []string
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if header {
			header = false
			continue
		}
		if len(rec) < 5 {
			continue
		}
		countryEn, nameAr, nameEn := rec[1], strings.TrimSpace(stripMarks(rec[2])), rec[3]
		pop, _ := strconv.Atoi(rec[4])
		cc, ok := code[countryEn]
		if !ok {
			if *verbose {
				fmt.Fprintf(os.Stderr, "no code for country %q\n", countryEn)
			}
			continue
		}
		drop := func(why string) {
			if *verbose {
				fmt.Fprintf(os.Stderr, "drop %s\t%s\t%s\t%d\t%s\n", nameAr, nameEn, cc, pop, why)
			}
		}
		if !isArabic(nameAr) {
			drop("not Arabic script")
			continue
		}
		if strings.ContainsAny(nameAr, "()،,") {
			drop("punctuation")
			continue
		}
		words := strings.Fields(nameAr)
		for len(words) > 1 && contains(prefixes, words[0]) {
			words = words[1:]
		}
		name := strings.Join(words, " ")
		if contains(badHeads, words[0]) {
			drop("names another kind of thing")
			continue
		}
		if len(words) > 3 {
			drop("too long")
			continue
		}
		if badWords[name] || badWords[name+" "+cc] {
			drop("common word")
			continue
		}
		if blocked[name] || blocked[strings.ReplaceAll(nameAr, "\u200f", "")] {
			drop("blocked by hand")
			continue
		}
		if keep, ok := onlyIn[cc]; ok && !keep[name] {
			drop("country limited to a few labels")
			continue
		}
		if countryNames[name] {
			drop("country name")
			continue
		}
		if !arab[cc] && pop < *minPop {
			drop("small town outside the Arab world")
			continue
		}
		if !sounds(name, nameEn) {
			drop("label does not sound like the English name")
			continue
		}
		if len([]rune(strings.ReplaceAll(name, " ", ""))) < 3 {
			drop("too short")
			continue
		}
		if old, ok := seen[name]; ok {
			// The same label in two countries: keep the larger city's.
			if pop > old.pop {
				seen[name] = city{name, cc, pop}
			}
			continue
		}
		seen[name] = city{name, cc, pop}
		order = append(order, name)
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := seen[order[i]], seen[order[j]]
		if a.code != b.code {
			return a.code < b.code
		}
		return a.pop > b.pop
	})
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "# Cities of the world with their Arabic names, filtered from world-cities.csv of")
	fmt.Fprintln(w, "# jamsshhayd/world-cities-translations (https://github.com/jamsshhayd/world-cities-translations),")
	fmt.Fprintln(w, "# built from Wikidata. License: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).")
	fmt.Fprintln(w, "# Changes: labels filtered and administrative prefixes removed by gazetteer/internal/gencities.")
	fmt.Fprintln(w, "# Generated by: go run ./gazetteer/internal/gencities -in world-cities.csv > gazetteer/data/cities_worldcities.tsv")
	fmt.Fprintln(w, "# Do not edit; put corrections in places.tsv. Format: surface<TAB>LOCATION<TAB>ISO 3166-1 alpha-2 of the country.")
	for _, n := range order {
		fmt.Fprintf(w, "%s\tLOCATION\t%s\n", n, seen[n].code)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// stripMarks removes the bidi marks some labels carry.
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\u200e' || r == '\u200f' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
}
