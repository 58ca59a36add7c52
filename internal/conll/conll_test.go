package conll

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readTestdata(t *testing.T, name string) *Doc {
	t.Helper()
	d, err := ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return d
}

func TestRead(t *testing.T) {
	tests := []struct {
		file   string
		text   string
		tokens []string
		sents  []Sentence
		labels []string
	}{
		{
			file:   "sentence.conll",
			text:   "قال جون سميث من وزارة الخارجية في والقاهرة و باريس .\n",
			tokens: strings.Fields("قال جون سميث من وزارة الخارجية في والقاهرة و باريس ."),
			sents:  []Sentence{{0, 11}},
			labels: []string{"PERS", "ORG", "LOC"},
		},
		{
			// CRLF line ends, $#$ markers skipped, a sentence of markers
			// only vanishes, repeated blank lines are one break, nested tags.
			file:   "nested.conll",
			text:   "نص آخر هنا\nثم انتهى\n",
			tokens: []string{"نص", "آخر", "هنا", "ثم", "انتهى"},
			sents:  []Sentence{{0, 3}, {3, 5}},
			labels: []string{"ORG", "PERS", "DATE"},
		},
		{file: "empty.conll"},
		{file: "blank.conll"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := readTestdata(t, tt.file)
			assert.Equal(t, tt.text, d.Text)
			var toks []string
			for _, tok := range d.Tokens {
				toks = append(toks, tok.Text)
				assert.Equal(t, tok.Text, d.Text[tok.Start:tok.End], "token span")
			}
			assert.Equal(t, tt.tokens, toks)
			if tt.sents == nil {
				assert.Empty(t, d.Sents)
			} else {
				assert.Equal(t, tt.sents, d.Sents)
			}
			assert.Equal(t, tt.labels, d.Labels())
		})
	}
}

func TestParseLines(t *testing.T) {
	tests := []struct {
		name, in, text string
	}{
		{"lone CR ends a line", "a O\rb O\r\rc O", "a b\nc\n"},
		{"no final newline", "a O\nb O", "a b\n"},
		{"tabs and extra fields", "a\tO\t\n\t b  B-X  I-Y \n", "a b\n"},
		{"whitespace-only line is blank", "a O\n \t\nb O\n", "a\nb\n"},
		{"token without tags", "a\nb O\n", "a b\n"},
		{"unit separator is white space, as in Python", "a\x1fO\n", "a\n"},
		{"marker only when it is the token", "$#$ O\nx$#$ O\n", "x$#$\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.text, d.Text)
		})
	}
	_, err := Parse([]byte("a O\n\xff O\n"))
	assert.ErrorContains(t, err, "line 2")
}

func TestGold(t *testing.T) {
	chunks := readTestdata(t, "chunks.conll")
	nested := readTestdata(t, "nested.conll")
	tests := []struct {
		name  string
		doc   *Doc
		label string
		want  []Span
	}{
		// I- without B- starts a chunk; B- after I- starts a new one; a
		// lone B- is a chunk of one token.
		{"I- without B-", chunks, "PERS", []Span{{"PERS", 0, 1}, {"PERS", 3, 4}, {"PERS", 5, 5}}},
		// I-LOC after B-PERS starts a LOC chunk; B-LOC right after closes it.
		{"I- after another label", chunks, "LOC", []Span{{"LOC", 6, 6}, {"LOC", 7, 7}}},
		{"I- alone", chunks, "ORG", []Span{{"ORG", 8, 8}}},
		{"absent label", chunks, "DATE", nil},
		{"nested outer", nested, "ORG", []Span{{"ORG", 0, 2}}},
		{"nested inner", nested, "PERS", []Span{{"PERS", 1, 2}}},
		{"after markers and blank lines", nested, "DATE", []Span{{"DATE", 4, 4}}},
		{"empty file", readTestdata(t, "empty.conll"), "PERS", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.doc.Gold(tt.label))
		})
	}
}

func TestProject(t *testing.T) {
	// "ab cd\nef\n": tokens ab [0,2), cd [3,5), ef [6,8).
	d, err := Parse([]byte("ab O\ncd O\n\nef O\n"))
	require.NoError(t, err)
	require.Equal(t, "ab cd\nef\n", d.Text)
	tests := []struct {
		start, end  int
		first, last int
		ok          bool
	}{
		{0, 2, 0, 0, true},
		{1, 2, 0, 0, true}, // inside a token (a clitic left out)
		{0, 5, 0, 1, true},
		{4, 7, 1, 2, true}, // across a sentence break
		{2, 4, 0, 1, true}, // starting on a space: belongs to the token before
		{6, 8, 2, 2, true},
		{3, 3, 0, 0, false}, // empty
	}
	for _, tt := range tests {
		first, last, ok := d.Project(tt.start, tt.end)
		assert.Equal(t, tt.ok, ok, "%d:%d", tt.start, tt.end)
		if tt.ok {
			assert.Equal(t, [2]int{tt.first, tt.last}, [2]int{first, last}, "%d:%d", tt.start, tt.end)
		}
	}
}

// on returns a prediction of typ covering tokens first..last of d, or, with
// skip > 0, starting skip bytes into the first token.
func on(d *Doc, typ string, first, last, skip int) Prediction {
	s, e := d.Tokens[first].Start+skip, d.Tokens[last].End
	return Prediction{Type: typ, Start: s, End: e, Text: d.Text[s:e], Source: "test:" + typ}
}

func TestScore(t *testing.T) {
	d := readTestdata(t, "sentence.conll")
	// Gold: PERS 1-2, ORG 4-5, LOC 7, LOC 9.
	labels := []string{"PERS", "LOC", "ORG"}
	tests := []struct {
		name       string
		preds      []Prediction
		exact, ovl map[string]Counts
		microExact Counts
		microOvl   Counts
	}{
		{
			name:       "nothing predicted",
			exact:      map[string]Counts{"PERS": {0, 0, 1}, "LOC": {0, 0, 2}, "ORG": {0, 0, 1}},
			ovl:        map[string]Counts{"PERS": {0, 0, 1}, "LOC": {0, 0, 2}, "ORG": {0, 0, 1}},
			microExact: Counts{0, 0, 4},
			microOvl:   Counts{0, 0, 4},
		},
		{
			name: "all right, clitic left out, country and location both LOC",
			preds: []Prediction{
				on(d, "PERSON", 1, 2, 0),
				on(d, "ORGANIZATION", 4, 5, 0),
				on(d, "LOCATION", 7, 7, 2), // القاهرة in والقاهرة
				on(d, "COUNTRY", 9, 9, 0),
			},
			exact:      map[string]Counts{"PERS": {1, 0, 0}, "LOC": {2, 0, 0}, "ORG": {1, 0, 0}},
			ovl:        map[string]Counts{"PERS": {1, 0, 0}, "LOC": {2, 0, 0}, "ORG": {1, 0, 0}},
			microExact: Counts{4, 0, 0},
			microOvl:   Counts{4, 0, 0},
		},
		{
			name: "boundary, type and spurious errors; unscored types ignored",
			preds: []Prediction{
				on(d, "PERSON", 1, 2, 0),
				on(d, "ORGANIZATION", 4, 4, 0), // boundary: gold is 4-5
				on(d, "LOCATION", 7, 7, 2),
				on(d, "PERSON", 9, 9, 0),      // type: gold LOC
				on(d, "COUNTRY", 3, 3, 0),     // spurious
				on(d, "NATIONALITY", 0, 0, 0), // not scored
				on(d, "DATE", 10, 10, 0),      // DATE not asked for
			},
			exact:      map[string]Counts{"PERS": {1, 1, 0}, "LOC": {1, 1, 1}, "ORG": {0, 1, 1}},
			ovl:        map[string]Counts{"PERS": {1, 1, 0}, "LOC": {1, 1, 1}, "ORG": {1, 0, 0}},
			microExact: Counts{2, 3, 2},
			microOvl:   Counts{3, 2, 1},
		},
		{
			name: "the same tokens predicted twice count once",
			preds: []Prediction{
				on(d, "COUNTRY", 9, 9, 0),
				on(d, "LOCATION", 9, 9, 0),
				on(d, "PERSON", 1, 2, 0),
				on(d, "PERSON", 1, 2, 0),
			},
			exact:      map[string]Counts{"PERS": {1, 0, 0}, "LOC": {1, 0, 1}, "ORG": {0, 0, 1}},
			ovl:        map[string]Counts{"PERS": {1, 0, 0}, "LOC": {1, 0, 1}, "ORG": {0, 0, 1}},
			microExact: Counts{2, 0, 2},
			microOvl:   Counts{2, 0, 2},
		},
		{
			name: "overlap is one-to-one",
			preds: []Prediction{
				on(d, "PERSON", 1, 1, 0),   // both halves of جون سميث:
				on(d, "PERSON", 2, 2, 0),   // one match, one false positive
				on(d, "LOCATION", 7, 9, 0), // one prediction over both LOCs
			},
			exact:      map[string]Counts{"PERS": {0, 2, 1}, "LOC": {0, 1, 2}, "ORG": {0, 0, 1}},
			ovl:        map[string]Counts{"PERS": {1, 1, 0}, "LOC": {1, 0, 1}, "ORG": {0, 0, 1}},
			microExact: Counts{0, 3, 4},
			microOvl:   Counts{2, 1, 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(d, tt.preds, labels, nil)
			assert.Equal(t, tt.exact, r.Exact)
			assert.Equal(t, tt.ovl, r.Overlap)
			assert.Equal(t, tt.microExact, r.MicroExact())
			assert.Equal(t, tt.microOvl, r.MicroOverlap())
			assert.Empty(t, r.BadOffsets)
		})
	}
}

func TestCountsArithmetic(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{0, 0, 0}, 0, 0, 0},
		{Counts{0, 3, 0}, 0, 0, 0},
		{Counts{0, 0, 3}, 0, 0, 0},
		{Counts{4, 0, 0}, 1, 1, 1},
		{Counts{2, 3, 2}, 0.4, 0.5, 4.0 / 9},
		{Counts{3, 1, 1}, 0.75, 0.75, 0.75},
		{Counts{1, 0, 3}, 1, 0.25, 0.4},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.p, tt.c.Precision(), 1e-12, "%+v", tt.c)
		assert.InDelta(t, tt.r, tt.c.Recall(), 1e-12, "%+v", tt.c)
		assert.InDelta(t, tt.f, tt.c.F1(), 1e-12, "%+v", tt.c)
	}
}

func TestScoreNested(t *testing.T) {
	d := readTestdata(t, "nested.conll")
	// Gold ORG 0-2 and PERS 1-2 nested; DATE 4.
	preds := []Prediction{on(d, "PERSON", 1, 2, 0), on(d, "ORGANIZATION", 0, 1, 0), on(d, "DATE", 4, 4, 0)}
	r := Score(d, preds, []string{"PERS", "ORG", "DATE"}, nil)
	assert.Equal(t, map[string]Counts{"PERS": {1, 0, 0}, "ORG": {0, 1, 1}, "DATE": {1, 0, 0}}, r.Exact)
	assert.Equal(t, map[string]Counts{"PERS": {1, 0, 0}, "ORG": {1, 0, 0}, "DATE": {1, 0, 0}}, r.Overlap)
}

func TestScoreEmpty(t *testing.T) {
	d := readTestdata(t, "empty.conll")
	r := Score(d, nil, []string{"PERS", "LOC"}, nil)
	assert.Equal(t, Counts{}, r.MicroExact())
	assert.Equal(t, Counts{}, r.MicroOverlap())
	assert.Zero(t, r.MicroExact().F1())
	assert.Empty(t, Errors(d, r))
}

func TestScoreTypeMapAndOffsets(t *testing.T) {
	d := readTestdata(t, "sentence.conll")
	bad := on(d, "PERSON", 1, 2, 0)
	bad.Text = "غير"
	preds := []Prediction{on(d, "COUNTRY", 9, 9, 0), bad}
	r := Score(d, preds, []string{"GPE", "PERS"}, map[string]string{"COUNTRY": "GPE", "PERSON": "PERS"})
	assert.Equal(t, Counts{0, 1, 0}, r.Exact["GPE"]) // no GPE in the file
	assert.Equal(t, Counts{1, 0, 0}, r.Exact["PERS"])
	assert.Equal(t, []Prediction{bad}, r.BadOffsets)
}

func TestErrors(t *testing.T) {
	d := readTestdata(t, "sentence.conll")
	// Gold: PERS 1-2 جون سميث, ORG 4-5 وزارة الخارجية, LOC 7 والقاهرة, LOC 9 باريس.
	preds := []Prediction{
		on(d, "PERSON", 2, 2, 0),       // boundary with PERS 1-2
		on(d, "PERSON", 4, 5, 0),       // type: gold ORG
		on(d, "NATIONALITY", 7, 7, 2),  // unscored, explains the LOC miss as a type error
		on(d, "ORGANIZATION", 8, 9, 0), // boundary+type with LOC 9
		on(d, "COUNTRY", 0, 0, 0),      // spurious
	}
	r := Score(d, preds, []string{"PERS", "LOC", "ORG"}, nil)
	type row struct {
		fp    bool
		cause Cause
		label string
		first int
		last  int
		other string // label of the explaining span, "" when none
	}
	var got []row
	for _, e := range Errors(d, r) {
		o := ""
		if e.Other != nil {
			o = e.Other.Label
		}
		got = append(got, row{e.FalsePositive, e.Cause, e.Span.Label, e.Span.First, e.Span.Last, o})
	}
	want := []row{
		{true, Spurious, "LOC", 0, 0, ""},
		{false, Boundary, "PERS", 1, 2, "PERS"},
		{true, Boundary, "PERS", 2, 2, "PERS"},
		{false, TypeError, "ORG", 4, 5, "PERS"},
		{true, TypeError, "PERS", 4, 5, "ORG"},
		{false, TypeError, "LOC", 7, 7, "NATIONALITY"},
		{true, BoundaryType, "ORG", 8, 9, "LOC"},
		{false, BoundaryType, "LOC", 9, 9, "ORG"},
	}
	assert.Equal(t, want, got)
}

func TestErrorsMissed(t *testing.T) {
	d := readTestdata(t, "sentence.conll")
	r := Score(d, nil, []string{"LOC"}, nil)
	errs := Errors(d, r)
	require.Len(t, errs, 2)
	for _, e := range errs {
		assert.Equal(t, Missed, e.Cause)
		assert.False(t, e.FalsePositive)
		assert.Nil(t, e.Other)
	}
}

func TestContext(t *testing.T) {
	d, err := Parse([]byte("a O\nb O\nc B-X\nd I-X\ne O\nf O\n\ng O\n"))
	require.NoError(t, err)
	tests := []struct {
		s    Span
		n    int
		want string
	}{
		{Span{"X", 2, 3}, 1, "… b [c d] e …"},
		{Span{"X", 2, 3}, 5, "a b [c d] e f"}, // stops at the sentence
		{Span{"X", 0, 0}, 0, "[a] …"},
		{Span{"X", 6, 6}, 3, "[g]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, d.Context(tt.s, tt.n))
	}
	assert.Equal(t, "c d", d.Words(Span{"X", 2, 3}))
}

func TestPart(t *testing.T) {
	d, err := Parse([]byte("a B-X\n\nb I-X\n\nc O\n\nd B-X\n\ne O\n"))
	require.NoError(t, err)
	tests := []struct {
		k, n int
		text string
	}{
		{1, 1, "a\nb\nc\nd\ne\n"},
		{1, 2, "a\nb\n"},    // 5/2 rounds down: the first half has 2
		{2, 2, "c\nd\ne\n"}, // the second half has the extra sentence
		{2, 3, "b\nc\n"},    // sentences [5/3, 10/3) = [1, 3)
		{3, 3, "d\ne\n"},    // [3, 5)
		{5, 5, "e\n"},       // one sentence per part
		{1, 10, ""},         // more parts than sentences: some are empty
		{10, 10, "e\n"},     //
	}
	for _, tt := range tests {
		p, err := d.Part(tt.k, tt.n)
		require.NoError(t, err)
		assert.Equal(t, tt.text, p.Text, "%d/%d", tt.k, tt.n)
		for _, tok := range p.Tokens {
			assert.Equal(t, tok.Text, p.Text[tok.Start:tok.End])
		}
	}
	// A chunk is cut where a part starts: b's I-X opens a chunk of its own.
	p, err := d.Part(2, 3)
	require.NoError(t, err)
	assert.Equal(t, []Span{{"X", 0, 0}}, p.Gold("X"))
	for _, bad := range [][2]int{{0, 2}, {3, 2}, {1, 0}} {
		_, err := d.Part(bad[0], bad[1])
		assert.Error(t, err)
	}
}
