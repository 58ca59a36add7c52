package ner_test

import (
	"fmt"
	"log"

	"github.com/kashif-nlp/kashif/ner"
)

func Example() {
	x, err := ner.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "التقى وزير الخارجية السويدي، لارس هولمبرغ، نظيره المصري في القاهرة. وقال هولمبرغ إن الزيارة مهمة."
	for _, e := range x.Extract(text) {
		if e.Type == ner.Nationality {
			continue
		}
		fmt.Printf("%-9s %s [%d:%d] %s\n", e.Type, e.Text, e.Start, e.End, e.Value)
	}
	// Output:
	// PERSON    لارس هولمبرغ [54:77] لارس هولمبرغ
	// LOCATION  القاهرة [109:123] EG
	// PERSON    هولمبرغ [134:148] لارس هولمبرغ
}
