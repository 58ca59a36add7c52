package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/ner"
)

const sample = `قال O
جون B-PERS
سميث I-PERS
في O
القاهرة B-LOC

زار O
باريس B-LOC
أمس O
`

// fake finds fixed words, whatever document it is given.
func fake(text string, _ time.Time) []ner.Entity {
	var out []ner.Entity
	for _, w := range []struct {
		word string
		typ  ner.Type
	}{{"سميث", ner.Person}, {"القاهرة", ner.Location}, {"باريس", ner.Person}, {"أمس", ner.Date}} {
		if i := strings.Index(text, w.word); i >= 0 {
			out = append(out, ner.Entity{Type: w.typ, Text: w.word, Start: i, End: i + len(w.word), Source: "fake:" + w.word})
		}
	}
	return out
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "gold.conll")
	require.NoError(t, os.WriteFile(file, []byte(sample), 0o644))
	var out, errOut bytes.Buffer
	require.NoError(t, run(append(args, file), &out, &errOut, fake), errOut.String())
	return out.String()
}

func TestRun(t *testing.T) {
	out := runOK(t)
	// PERS: سميث is a boundary error (gold جون سميث), باريس a type error.
	// LOC: القاهرة right, باريس missed as LOC.
	assert.Regexp(t, `(?m)^\s*PERS\s+0\.000\s+0\.000\s+0\.000\s+0\s+2\s+1$`, out)
	assert.Regexp(t, `(?m)^\s*LOC\s+1\.000\s+0\.500\s+0\.667\s+1\s+0\s+1$`, out)
	assert.Regexp(t, `(?m)^\s*micro\s+0\.333\s+0\.333\s+0\.333\s+1\s+2\s+2$`, out)
	assert.Contains(t, out, "micro-F1 0.3333\n")
	assert.Contains(t, out, "MB/s")
}

func TestRunErrors(t *testing.T) {
	out := runOK(t, "-errors", "-types", "PERS,LOC")
	for _, want := range []string{
		"FN boundary  PERS «جون سميث» ~ PERSON «سميث» [fake:سميث]",
		"FP boundary  PERS PERSON «سميث» [fake:سميث] ~ gold PERS «جون سميث»",
		"FN type  LOC «باريس» ~ PERSON «باريس» [fake:باريس]",
		"FP type  PERS PERSON «باريس» [fake:باريس] ~ gold LOC «باريس» | زار [باريس] أمس",
	} {
		assert.Contains(t, out, want)
	}
}

func TestRunPartsAndDates(t *testing.T) {
	out := runOK(t, "-part", "test", "-types", "DATE,LOC", "-ref", "2024-03-21")
	assert.Contains(t, out, "sentences 2–2 of 2")
	assert.Regexp(t, `(?m)^\s*DATE\s+0\.000\s+0\.000\s+0\.000\s+0\s+1\s+0$`, out) // no DATE in gold
	assert.Regexp(t, `(?m)^\s*LOC\s+0\.000\s+0\.000\s+0\.000\s+0\s+0\s+1$`, out)

	out = runOK(t, "-part", "1/2", "-map", "LOCATION=GPE", "-types", "GPE")
	assert.Contains(t, out, "sentences 1–1 of 2")
	assert.Regexp(t, `(?m)^\s*GPE\s+0\.000\s+0\.000\s+0\.000\s+0\s+1\s+0$`, out)
}

func TestRunBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-part", "3/2", "x"},
		{"-part", "half", "x"},
		{"-ref", "yesterday", "x"},
		{"-types", ",", "x"},
		{"-map", "PERSON", "x"},
		{},
		{"a", "b"},
	} {
		var out, errOut bytes.Buffer
		assert.Error(t, run(args, &out, &errOut, fake), "%q", args)
	}
}
