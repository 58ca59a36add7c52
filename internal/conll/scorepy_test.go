package conll

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scorePy is the project's independent scorer, in shared/ beside the repo.
const scorePy = "../../../shared/tools/score.py"

// TestAgreesWithScorePy scores random CoNLL files and random predictions
// with this package and with score.py (through a fake extractor that
// prints the predictions), and wants the same counts from both.
func TestAgreesWithScorePy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skip("shared/tools/score.py not found")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	rng := rand.New(rand.NewSource(3))
	labels := []string{"PERS", "LOC", "ORG"}
	for i := 0; i < 12; i++ {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			dir := t.TempDir()
			src := randomCoNLL(rng)
			file := filepath.Join(dir, "gold.conll")
			require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
			d, err := Parse([]byte(src))
			require.NoError(t, err)
			preds := randomPreds(rng, d)

			var ents []map[string]any
			for _, p := range preds {
				ents = append(ents, map[string]any{"type": p.Type, "text": p.Text, "start": p.Start, "end": p.End})
			}
			js, err := json.Marshal(map[string]any{"entities": ents})
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "preds.json"), js, 0o644))
			bin := filepath.Join(dir, "extract")
			script := fmt.Sprintf("#!/bin/sh\ncat '%s'\n", filepath.Join(dir, "preds.json"))
			require.NoError(t, os.WriteFile(bin, []byte(script), 0o755))

			r := Score(d, preds, labels, nil)
			for mode, got := range map[string]map[string]Counts{"conll": r.Exact, "conll-overlap": r.Overlap} {
				out, err := exec.Command(py, scorePy, mode, bin, file, strings.Join(labels, ",")).CombinedOutput()
				require.NoError(t, err, "%s", out)
				t.Logf("%s %v", mode, got)
				assert.Equal(t, parseScorePy(t, string(out)), got, "%s\n%s", mode, src)
			}
		})
	}
}

var scoreLine = regexp.MustCompile(`(?m)^(\S+)\s+P=.*\(tp=(\d+) fp=(\d+) fn=(\d+)\)$`)

func parseScorePy(t *testing.T, out string) map[string]Counts {
	m := map[string]Counts{}
	for _, g := range scoreLine.FindAllStringSubmatch(out, -1) {
		tp, _ := strconv.Atoi(g[2])
		fp, _ := strconv.Atoi(g[3])
		fn, _ := strconv.Atoi(g[4])
		m[g[1]] = Counts{tp, fp, fn}
	}
	require.NotEmpty(t, m, out)
	return m
}

// randomCoNLL writes sentences of made-up words with random, sometimes
// ill-formed and nested tags, markers, blank runs and CRLF line ends.
func randomCoNLL(rng *rand.Rand) string {
	words := []string{"قال", "جون", "في", "مدينة", "الكبرى", "و", "وزارة", "abc", "٢٠٢٤", "،", "x"}
	tags := []string{"O", "O", "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}
	var b strings.Builder
	nl := "\n"
	if rng.Intn(4) == 0 {
		nl = "\r\n"
	}
	for s := rng.Intn(8); s >= 0; s-- {
		for k := rng.Intn(12); k >= 0; k-- {
			if rng.Intn(15) == 0 {
				b.WriteString(Marker + " O" + nl)
			}
			b.WriteString(words[rng.Intn(len(words))])
			for n := 1 + rng.Intn(2) - rng.Intn(2)*rng.Intn(2); n > 0; n-- {
				b.WriteString(" " + tags[rng.Intn(len(tags))])
			}
			b.WriteString(nl)
		}
		for n := 1 + rng.Intn(2); n > 0; n-- {
			b.WriteString(nl)
		}
	}
	return b.String()
}

// randomPreds makes predictions over random tokens, some starting inside a
// token or on a space, some across sentences, some of unscored types.
func randomPreds(rng *rand.Rand, d *Doc) []Prediction {
	types := []string{"PERSON", "LOCATION", "COUNTRY", "ORGANIZATION", "DATE", "NATIONALITY"}
	var out []Prediction
	if len(d.Tokens) == 0 {
		return out
	}
	for n := rng.Intn(2 * len(d.Tokens)); n > 0; n-- {
		i := rng.Intn(len(d.Tokens))
		j := min(i+rng.Intn(3), len(d.Tokens)-1)
		s, e := d.Tokens[i].Start, d.Tokens[j].End
		switch rng.Intn(6) {
		case 0:
			if s > 0 {
				s-- // on the space or newline before
			}
		case 1:
			if e-s > 2 {
				s += 2 // inside the token (ASCII or one Arabic letter)
			}
		case 2:
			if e-s > 2 {
				e -= 1
			}
		}
		out = append(out, Prediction{Type: types[rng.Intn(len(types))], Start: s, End: e, Text: d.Text[s:e]})
	}
	return out
}
