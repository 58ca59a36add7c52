package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/internal/conll"
	"github.com/kashif-nlp/kashif/ner"
)

// TestMain runs the command itself when the test binary is started as a
// subprocess by runMain, so that exit statuses can be tested.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("KASHIF_EXTRACT_ARGS"); ok {
		os.Args = append([]string{"extract"}, strings.Split(args, "\x1f")...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runMain runs the command in a subprocess and returns its output and exit
// status.
func runMain(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "KASHIF_EXTRACT_ARGS="+strings.Join(args, "\x1f"))
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = strings.NewReader("")
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return out.String(), errb.String(), ee.ExitCode()
	}
	require.NoError(t, err)
	return out.String(), errb.String(), 0
}

// writeFile writes content to a file in a temporary directory.
func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "article.txt")
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

// output runs the command in-process on content and returns its output.
func output(t *testing.T, content string, args ...string) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, run(append(args, writeFile(t, content)), nil, &buf))
	return buf.String()
}

// article is the sample article and a few lines of odd input.
var article = sample + "\nقال مسؤول <b>\"رفيع\"</b> & مطلع إن مصر وفرنسا اتفقتا في 21/3/2024. هل يتبعهما الأردن؟ نعم!\n"

type jsonEntity struct {
	Type   string `json:"type"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Value  string `json:"value"`
	Source string `json:"source"`
}

// The JSON schema that score.py reads: exactly these fields, byte offsets,
// and a round trip that gives the same bytes.
func TestJSON(t *testing.T) {
	out := output(t, article, "-json", "-ref", "2024-03-21")

	var doc struct {
		Entities []jsonEntity `json:"entities"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&doc))
	require.NotEmpty(t, doc.Entities)
	prev := 0
	for _, e := range doc.Entities {
		assert.Equal(t, article[e.Start:e.End], e.Text)
		assert.GreaterOrEqual(t, e.Start, prev)
		assert.NotEmpty(t, e.Type)
		assert.NotEmpty(t, e.Source)
		prev = e.End
	}

	// Every object has all six keys, values included when empty.
	var raw struct {
		Entities []map[string]any `json:"entities"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, m := range raw.Entities {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		assert.ElementsMatch(t, []string{"type", "text", "start", "end", "value", "source"}, keys)
	}

	// Round trip: decoding and encoding again gives the same bytes.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(doc))
	assert.Equal(t, out, buf.String())

	// The same entities as the library's.
	x, err := ner.New()
	require.NoError(t, err)
	want := x.ExtractAt(article, time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC))
	require.Len(t, doc.Entities, len(want))
	for i, e := range want {
		assert.Equal(t, jsonEntity{string(e.Type), e.Text, e.Start, e.End, e.Value, e.Source}, doc.Entities[i])
	}

	// No entity: an empty array, not null.
	assert.Equal(t, "{\"entities\":[]}\n", output(t, "", "-json"))
	assert.Equal(t, "{\"entities\":[]}\n", output(t, "lorem ipsum", "-json"))
}

func TestCoNLL(t *testing.T) {
	out := output(t, article, "-conll")
	require.True(t, strings.HasSuffix(out, "\n\n"), "the last sentence ends with a blank line")

	toks := tokenize(article)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var tokLines []string
	blank := 0
	for i, l := range lines {
		if l == "" {
			blank++
			assert.NotEqual(t, "", lines[max(i-1, 0)], "line %d: two blank lines in a row", i+1)
			continue
		}
		tokLines = append(tokLines, l)
	}
	require.Len(t, tokLines, len(toks), "one line per token")
	assert.Greater(t, blank, 5, "sentences are separated")

	// Tokens are the text without its white space, in order; tags are
	// BIO-consistent and use the entity types.
	var joined strings.Builder
	prevTag := "O"
	for i, l := range tokLines {
		tok, tag, ok := strings.Cut(l, " ")
		require.True(t, ok, "line %q", l)
		assert.NotContains(t, tag, " ")
		assert.Equal(t, article[toks[i].start:toks[i].end], tok)
		joined.WriteString(tok)
		switch {
		case tag == "O":
		case strings.HasPrefix(tag, "B-"):
		case strings.HasPrefix(tag, "I-"):
			assert.Contains(t, []string{"B-" + tag[2:], tag}, prevTag, "token %d %q: %s after %s", i, tok, tag, prevTag)
		default:
			t.Errorf("token %d: tag %q", i, tag)
		}
		if tag != "O" {
			typ := ner.Type(tag[2:])
			assert.Contains(t, []ner.Type{ner.Person, ner.Country, ner.Location, ner.Organization, ner.Date, ner.Nationality}, typ)
		}
		prevTag = tag
	}
	assert.Equal(t, strings.Join(strings.Fields(article), ""), joined.String())

	// Read back as CoNLL, the tags give one chunk per entity, covering
	// the tokens the entity overlaps.
	doc, err := conll.Parse([]byte(out))
	require.NoError(t, err)
	x, err := ner.New()
	require.NoError(t, err)
	ents := x.Extract(article)
	chunks := 0
	for _, l := range doc.Labels() {
		chunks += len(doc.Gold(l))
	}
	assert.Equal(t, len(ents), chunks)

	// Sentences: split after . ! ? ؟ and at line breaks.
	assert.Contains(t, out, "\nالأردن B-COUNTRY\n؟ O\n\nنعم O\n! O\n\n")
	assert.Contains(t, out, "\nوفرنسا B-COUNTRY\n")
	assert.Contains(t, out, "\n< O\nb O\n> O\n\" O\nرفيع O\n")
	assert.Equal(t, "", output(t, "", "-conll"))
}

// A word with a proclitic is tagged whole; a date with slashes is one
// entity of several tokens.
func TestCoNLLTokens(t *testing.T) {
	out := output(t, "زار الوفد وفرنسا في 21/3/2024.\nثم عاد", "-conll")
	assert.Equal(t, "زار O\nالوفد O\nوفرنسا B-COUNTRY\nفي O\n21 B-DATE\n/ I-DATE\n3 I-DATE\n/ I-DATE\n2024 I-DATE\n. O\n\nثم O\nعاد O\n\n", out)
}

// xmlTree parses doc as XML and returns the marks of its article, in order.
type mark struct {
	Class, Title, Text string
	Start, End         int
}

func parseXHTML(t *testing.T, doc string) (marks []mark, root xml.StartElement) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(doc))
	dec.Strict = true
	var stack []string
	var cur *mark
	inArticle := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the HTML is not well-formed XML")
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				root = tok.Copy()
			}
			stack = append(stack, tok.Name.Local)
			require.NotEqual(t, "script", tok.Name.Local)
			if tok.Name.Local == "article" {
				inArticle = true
			}
			if tok.Name.Local == "mark" && inArticle {
				cur = &mark{}
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "class":
						cur.Class = a.Value
					case "title":
						cur.Title = a.Value
					case "data-start":
						cur.Start, _ = strconv.Atoi(a.Value)
					case "data-end":
						cur.End, _ = strconv.Atoi(a.Value)
					}
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if tok.Name.Local == "article" {
				inArticle = false
			}
			if tok.Name.Local == "mark" && cur != nil {
				marks = append(marks, *cur)
				cur = nil
			}
		case xml.CharData:
			if cur != nil {
				cur.Text += string(tok)
			}
		}
	}
	require.Empty(t, stack, "unclosed elements")
	return marks, root
}

func TestHTML(t *testing.T) {
	text := article + "\n<script>alert('x')</script> \x00\x01 مصر\x7f &amp; ]]> <!-- -->"
	out := output(t, text, "-html", "-ref", "2024-03-21")
	require.True(t, strings.HasPrefix(out, "<!DOCTYPE html>\n"))
	marks, root := parseXHTML(t, out)
	assert.Equal(t, "html", root.Name.Local)
	attrs := map[string]string{}
	for _, a := range root.Attr {
		attrs[a.Name.Local] = a.Value
	}
	assert.Equal(t, "rtl", attrs["dir"])
	assert.Equal(t, "ar", attrs["lang"])

	x, err := ner.New()
	require.NoError(t, err)
	ents := x.ExtractAt(text, time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC))
	require.Len(t, marks, len(ents))
	for i, e := range ents {
		m := marks[i]
		assert.Equal(t, string(e.Type), m.Class)
		assert.Equal(t, e.Text, m.Text)
		assert.Equal(t, e.Start, m.Start)
		assert.Equal(t, e.End, m.End)
		want := string(e.Type)
		if e.Value != "" {
			want += ": " + e.Value
		}
		assert.Equal(t, want, m.Title)
	}
	// The legend names every type.
	for _, typ := range types {
		assert.Contains(t, out, `<li><mark class="`+string(typ.typ)+`">`)
	}
	assert.Contains(t, out, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
	assert.NotContains(t, out, "\x00")
}

// The HTML as a browser sees it: a headless Chromium loads the document and
// its DOM has the entity marks.
func TestHTMLInChromium(t *testing.T) {
	chromium := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	if chromium == "" {
		t.Skip("no chromium in PATH: install it (apt-get install chromium) to check that a browser renders the -html output")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "article.html")
	require.NoError(t, os.WriteFile(page, []byte(output(t, article, "-html")), 0o644))

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
		"--user-data-dir=" + filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, chromium, append(base, "--dump-dom", "file://"+page)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	require.NoError(t, err, "chromium: %s", stderr.String())
	s := string(dom)
	assert.Contains(t, s, `<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" dir="rtl">`)
	assert.Contains(t, s, `<mark class="COUNTRY" title="COUNTRY: TR"`)
	assert.Contains(t, s, `>تركيا</mark>`)
	assert.Equal(t, strings.Count(output(t, article, "-html"), "<mark "), strings.Count(s, "<mark "),
		"the browser's DOM has every mark")

	// And it paints something: a screenshot of the page.
	shot := filepath.Join(dir, "shot.png")
	cmd = exec.CommandContext(ctx, chromium, append(base, "--screenshot="+shot, "--window-size=800,1200", "file://"+page)...)
	stderr.Reset()
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Run(), "chromium: %s", stderr.String())
	fi, err := os.Stat(shot)
	require.NoError(t, err)
	assert.Greater(t, fi.Size(), int64(10000), "a screenshot of text and colours is not tiny")
}

func TestInvalidUTF8(t *testing.T) {
	path := writeFile(t, "زار الوفد \xffمصر\xfe ثم فرنسا")
	_, stderr, status := runMain(t, "-json", path)
	assert.Equal(t, 1, status)
	assert.Contains(t, stderr, "extract: input is not valid UTF-8 (use -lenient to process it anyway)")

	stdout, stderr, status := runMain(t, "-json", "-lenient", path)
	require.Equal(t, 0, status, stderr)
	var doc struct{ Entities []jsonEntity }
	require.NoError(t, json.Unmarshal([]byte(stdout), &doc))
	require.Len(t, doc.Entities, 2)
	assert.Equal(t, jsonEntity{"COUNTRY", "مصر", 19, 25, "EG", "gazetteer:countries"}, doc.Entities[0])
	assert.Equal(t, "فرنسا", doc.Entities[1].Text)

	// The other formats take it too, with U+FFFD for the invalid bytes.
	stdout, _, status = runMain(t, "-conll", "-lenient", path)
	assert.Equal(t, 0, status)
	assert.Contains(t, stdout, "\uFFFDمصر\uFFFD B-COUNTRY\n")
	stdout, _, status = runMain(t, "-html", "-lenient", path)
	assert.Equal(t, 0, status)
	parseXHTML(t, stdout)
}

func TestFlags(t *testing.T) {
	_, stderr, status := runMain(t, "-json", "-html", writeFile(t, "مصر"))
	assert.Equal(t, 1, status)
	assert.Contains(t, stderr, "at most one of -json, -conll and -html")

	_, stderr, status = runMain(t, "-ref", "21/3/2024", writeFile(t, "مصر"))
	assert.Equal(t, 1, status)
	assert.Contains(t, stderr, "-ref")

	_, stderr, status = runMain(t, filepath.Join(t.TempDir(), "missing.txt"))
	assert.Equal(t, 1, status)
	assert.Contains(t, stderr, "missing.txt")

	stdout, _, status := runMain(t, writeFile(t, "زار الوفد مصر."))
	assert.Equal(t, 0, status)
	assert.Contains(t, stdout, "TYPE")
	assert.Contains(t, stdout, "COUNTRY")
}
