package date

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kashif-nlp/kashif/normalize"
)

// TestWojood measures DATE precision, recall and F1 (exact spans and
// one-to-one overlapping spans) on a Wojood CoNLL file. It runs only when
// KASHIF_WOJOOD names the file (e.g. /work/shared/eval/wojood/val.txt);
// KASHIF_WOJOOD_ERRORS=1 prints the misses and false alarms.
func TestWojood(t *testing.T) {
	path := os.Getenv("KASHIF_WOJOOD")
	if path == "" {
		t.Skip("KASHIF_WOJOOD not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("Wojood data absent: %v", err)
	}
	defer f.Close()
	// Rebuild the text: tokens joined by a space, sentences by a newline.
	var text strings.Builder
	type span struct{ a, b int }
	var gold []span
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	open, lineStart := -1, true
	lastEnd := 0
	closeSpan := func() {
		if open >= 0 {
			gold = append(gold, span{open, lastEnd})
			open = -1
		}
	}
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			closeSpan()
			if !lineStart {
				text.WriteByte('\n')
				lineStart = true
			}
			continue
		}
		fields := strings.Fields(line)
		word, tag := fields[0], "O"
		for _, x := range fields[1:] {
			if strings.HasSuffix(x, "-DATE") {
				tag = x
			}
		}
		if word == "$#$" {
			closeSpan()
			continue
		}
		if !lineStart {
			text.WriteByte(' ')
		}
		lineStart = false
		start := text.Len()
		text.WriteString(word)
		switch {
		case tag == "B-DATE" || tag == "I-DATE" && open < 0:
			closeSpan()
			open = start
		case tag != "I-DATE":
			closeSpan()
		}
		lastEnd = text.Len()
	}
	closeSpan()
	src := text.String()
	m := norm.Map(src)
	toks := normalize.Tokenize(nil, m.Text)
	spans := testFinder(t).Find(nil, m.Text, toks, time.Time{})
	var pred []span
	for _, sp := range spans {
		a, b := m.Span(sp.TextStart(toks), sp.TextEnd(toks))
		pred = append(pred, span{a, b})
	}
	exact := 0
	gs := map[span]bool{}
	for _, g := range gold {
		gs[g] = true
	}
	for _, p := range pred {
		if gs[p] {
			exact++
		}
	}
	// One-to-one overlap, both lists in order.
	over, usedG := 0, make([]bool, len(gold))
	matchedP := make([]bool, len(pred))
	j := 0
	for i, p := range pred {
		for j < len(gold) && gold[j].b <= p.a {
			j++
		}
		for k := j; k < len(gold) && gold[k].a < p.b; k++ {
			if !usedG[k] {
				usedG[k], matchedP[i] = true, true
				over++
				break
			}
		}
	}
	prf := func(tp int) string {
		p := float64(tp) / float64(max(len(pred), 1))
		r := float64(tp) / float64(max(len(gold), 1))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f", p, r, f)
	}
	t.Logf("gold %d pred %d exact %d overlap %d", len(gold), len(pred), exact, over)
	t.Logf("exact   %s", prf(exact))
	t.Logf("overlap %s", prf(over))
	if os.Getenv("KASHIF_WOJOOD_ERRORS") != "" {
		ctx := func(a, b int) string {
			lo, hi := max(a-40, 0), min(b+40, len(src))
			for lo > 0 && src[lo]&0xC0 == 0x80 {
				lo--
			}
			for hi < len(src) && src[hi]&0xC0 == 0x80 {
				hi++
			}
			return strings.ReplaceAll(src[lo:a]+"[["+src[a:b]+"]]"+src[b:hi], "\n", " | ")
		}
		for i, p := range pred {
			if !gs[p] {
				tag := "BOUND"
				if !matchedP[i] {
					tag = "FP"
				}
				t.Logf("%s %s", tag, ctx(p.a, p.b))
			}
		}
		for k, g := range gold {
			if !usedG[k] {
				t.Logf("FN %s", ctx(g.a, g.b))
			}
		}
	}
}
