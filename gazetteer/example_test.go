package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// Build a gazetteer from the default lists and a line of one's own, then
// look names up in normalized form.
func ExampleBuilder() {
	b, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	if err := b.Load(strings.NewReader("وادي زهران\tLOCATION\tSA\n"), "mine"); err != nil {
		panic(err)
	}
	g, err := b.Build()
	if err != nil {
		panic(err)
	}
	n := normalize.New(normalize.Default)
	for _, s := range []string{"وادي زهران", "الدانمرك"} {
		for _, e := range g.Lookup(n.String(s)) {
			fmt.Println(s, e.Class, e.Value, e.Source)
		}
	}
	// Output:
	// وادي زهران LOCATION SA mine
	// الدانمرك COUNTRY DK countries
}

// Tell ordinary words from names: the dictionary knows nouns and verbs in
// normalized form.
func ExampleDefaultWords() {
	ws := gazetteer.DefaultWords()
	n := normalize.New(normalize.Default)
	for _, w := range []string{"محاكمة", "استطاع", "غالانت"} {
		k := ws.Kind(n.String(w))
		fmt.Println(w, k&gazetteer.Noun != 0, k&gazetteer.Verb != 0)
	}
	// Output:
	// محاكمة true false
	// استطاع false true
	// غالانت false false
}
