package ner_test

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks, for any input, that Extract does not panic and that
// its entities are sorted, non-overlapping, within the input, with
// text[Start:End] == Text and valid UTF-8 values.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"أكد وزير الدفاع الأميركي، لويد أوستن، في اتصال مع نظيره",
		"وللولايات المتحدة والمملكة المتحدة",
		"في 7 أكتوبر/تشرين الأول 2023 و٧ أكتوبر ٢٠٢٣",
		"\xff\xfe الرئيس \x00 جو\u200f بايدن",
		"الشيخ بن بن آل آل عبد",
		"غَزَّةَ ﻻ ـــ",
		strings.Repeat("ب", 1000),
		"Latin text with عربي mixed in, 2024/01/02",
		"بلدة كوستانا ثم وكوستانا، وابو عبد الله لأبي الحسن سعد ابن أبي",
	} {
		f.Add(s)
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		ents := x.Extract(text)
		prevEnd := 0
		for _, e := range ents {
			if e.Start < prevEnd || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q: %+v", e.Start, e.End, prevEnd, text, ents)
			}
			if text[e.Start:e.End] != e.Text {
				t.Fatalf("text[%d:%d] = %q, entity text %q", e.Start, e.End, text[e.Start:e.End], e.Text)
			}
			if !utf8.ValidString(e.Value) {
				t.Fatalf("invalid UTF-8 value %q", e.Value)
			}
			prevEnd = e.End
		}
	})
}
