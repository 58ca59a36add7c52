// Package corpus generates news-style Arabic text for benchmarks and load
// tests. Everything it writes comes from the sentence templates and word
// lists of this package, written for Kashif: the people are invented, the
// countries and cities are real, the dates are drawn at random. The same seed
// always gives the same text.
//
// Templates hold slots in braces, filled at random:
//
//	{P}  a man: given name and family name, sometimes with a title
//	{F}  a woman: given name and family name
//	{S}  a surname of a person already named in the document, or a new person
//	{C}  a country            {N} a nationality adjective (الأردني)
//	{L}  a city               {O} an organization
//	{D}  a date               {R} a relative date (أمس، الأسبوع الماضي)
//	{T}  a title (وزير الخارجية)  {#} a number
//
// Plain sentences have no slot and name nothing: they are the text of
// Plain, for measuring the cost of words that are not entities.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// A Doc is one generated article.
type Doc struct {
	ID   string
	Date time.Time // publication date, the reference for relative dates
	Text string
}

// A Generator writes articles. It is not safe for concurrent use.
type Generator struct {
	rng    *rand.Rand
	n      int      // documents generated
	people []string // people of the current document, full names
	b      strings.Builder
}

// New returns a Generator whose output depends only on seed.
func New(seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, 0x6b617368))}
}

// Doc returns the next article: a headline sentence and 4 to 14 more, in
// one to four paragraphs, dated in 2023 or 2024.
func (g *Generator) Doc() Doc {
	g.n++
	g.people = g.people[:0]
	g.b.Reset()
	date := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rng.IntN(730))
	g.sentence(pick(g.rng, headlines))
	n := 4 + g.rng.IntN(11)
	for i := 0; i < n; i++ {
		if g.rng.IntN(4) == 0 {
			g.b.WriteString("\n")
		} else {
			g.b.WriteString(" ")
		}
		switch r := g.rng.IntN(10); {
		case r < 2:
			g.b.WriteString(pick(g.rng, plain))
		case r < 4 && len(g.people) > 0:
			g.sentence(pick(g.rng, followUps))
		default:
			g.sentence(pick(g.rng, templates))
		}
	}
	return Doc{ID: fmt.Sprintf("doc-%06d", g.n), Date: date, Text: g.b.String()}
}

// Text returns at least size bytes of articles separated by blank lines.
func Text(seed uint64, size int) string {
	g := New(seed)
	var b strings.Builder
	b.Grow(size + 4096)
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(g.Doc().Text)
	}
	return b.String()
}

// Docs returns articles of at least size bytes in all.
func Docs(seed uint64, size int) []Doc {
	g := New(seed)
	var docs []Doc
	for n := 0; n < size; {
		d := g.Doc()
		docs = append(docs, d)
		n += len(d.Text)
	}
	return docs
}

// Plain returns at least size bytes of sentences that name no entity: no
// person, place, organization or date.
func Plain(seed uint64, size int) string {
	rng := rand.New(rand.NewPCG(seed, 0x706c61696e))
	var b strings.Builder
	b.Grow(size + 256)
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(pick(rng, plain))
	}
	return b.String()
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// sentence writes template t with its slots filled.
func (g *Generator) sentence(t string) {
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			g.b.WriteString(t)
			return
		}
		j := strings.IndexByte(t[i:], '}') + i
		g.b.WriteString(t[:i])
		g.slot(t[i+1 : j])
		t = t[j+1:]
	}
}

func (g *Generator) slot(name string) {
	r := g.rng
	switch name {
	case "P":
		full := pick(r, givenNames) + " " + pick(r, familyNames)
		g.people = append(g.people, full)
		if r.IntN(3) == 0 {
			g.b.WriteString(pick(r, titles) + " ")
		}
		g.b.WriteString(full)
	case "F":
		full := pick(r, womenNames) + " " + pick(r, familyNames)
		g.people = append(g.people, full)
		g.b.WriteString(full)
	case "S":
		if len(g.people) == 0 {
			g.slot("P")
			return
		}
		full := g.people[r.IntN(len(g.people))]
		_, family, _ := strings.Cut(full, " ")
		g.b.WriteString(family)
	case "C":
		g.b.WriteString(pick(r, countries))
	case "N":
		g.b.WriteString(pick(r, nationalities))
	case "L":
		g.b.WriteString(pick(r, cities))
	case "O":
		g.b.WriteString(pick(r, organizations))
	case "T":
		g.b.WriteString(pick(r, titles))
	case "D":
		g.date()
	case "R":
		g.b.WriteString(pick(r, relativeDates))
	case "#":
		n := strconv.Itoa(2 + r.IntN(3000))
		if r.IntN(4) == 0 {
			n = arabicIndic(n)
		}
		g.b.WriteString(n)
	default:
		panic("corpus: unknown slot {" + name + "}")
	}
}

// date writes an absolute date in one of the forms of the press.
func (g *Generator) date() {
	r := g.rng
	day := 1 + r.IntN(28)
	month := r.IntN(12)
	year := 2019 + r.IntN(6)
	switch r.IntN(5) {
	case 0:
		fmt.Fprintf(&g.b, "%d %s %d", day, monthsGregorian[month], year)
	case 1:
		fmt.Fprintf(&g.b, "%d %s %d", day, monthsLevant[month], year)
	case 2:
		fmt.Fprintf(&g.b, "يوم %s %d %s", pick(r, weekdays), day, monthsGregorian[month])
	case 3:
		fmt.Fprintf(&g.b, "%s %d", monthsGregorian[month], year)
	default:
		fmt.Fprintf(&g.b, "عام %d", year)
	}
}

func arabicIndic(s string) string {
	var b strings.Builder
	for _, c := range s {
		b.WriteRune('٠' + c - '0')
	}
	return b.String()
}
