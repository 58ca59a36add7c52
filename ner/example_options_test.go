package ner_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/kashif-nlp/kashif/ner"
)

func ExampleExtractor_ExtractAt() {
	x, err := ner.New(ner.WithTypes(ner.Country, ner.Date))
	if err != nil {
		log.Fatal(err)
	}
	// The publication date resolves أمس (yesterday).
	published := time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)
	for _, e := range x.ExtractAt("وصل الوفد أمس إلى مصر قادما من فرنسا.", published) {
		fmt.Printf("%s %s [%d:%d] %s\n", e.Type, e.Text, e.Start, e.End, e.Value)
	}
	// Output:
	// DATE أمس [18:24] 2024-03-20
	// COUNTRY مصر [32:38] EG
	// COUNTRY فرنسا [55:65] FR
}

func ExampleExtractor_ExtractContext() {
	x, err := ner.New()
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ents, err := x.ExtractContext(ctx, "زار الوفد الأردن والمغرب.", time.Time{})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range ents {
		fmt.Println(e.Type, e.Text, e.Value)
	}

	// A cancelled context stops the extraction with ctx.Err().
	cancel()
	_, err = x.ExtractContext(ctx, strings.Repeat("زار الوفد الأردن والمغرب. ", 100000), time.Time{})
	fmt.Println(errors.Is(err, context.Canceled))
	// Output:
	// COUNTRY الأردن JO
	// COUNTRY المغرب MA
	// true
}

func ExampleWithGazetteer() {
	// A list of one's own, in the gazetteer file format.
	list := strings.NewReader("# local council\n" +
		"سامر الخلايلة\tPERSON\n" +
		"مجلس مدينة الزرقاء\tORGANIZATION\n")
	x, err := ner.New(
		ner.WithGazetteer(list, "council"),
		ner.WithTypes(ner.Person, ner.Organization),
	)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range x.Extract("وافق مجلس مدينة الزرقاء على اقتراح العضو سامر الخلايلة.") {
		fmt.Println(e.Type, e.Text, e.Source)
	}

	// A malformed line is an error that names the list and the line.
	_, err = ner.New(ner.WithGazetteer(strings.NewReader("سامر الخلايلة\tPERSON\nمجلس بلا نوع\n"), "council"))
	fmt.Println(err)
	// Output:
	// ORGANIZATION مجلس مدينة الزرقاء gazetteer:council
	// PERSON سامر الخلايلة gazetteer:council
	// ner: gazetteer: council:2: want 2 or 3 tab-separated fields (surface, class, value), got 1
}
