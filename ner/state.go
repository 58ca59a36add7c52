package ner

import (
	"context"
	"time"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/normalize"
)

// classes caches the class sets the rules test tokens against.
type classes struct{}

func newClasses(g *gazetteer.Gazetteer) classes { return classes{} }

// state is the scratch space of one Extract call.
type state struct {
	src  string
	m    normalize.Mapped
	toks []normalize.Token
	ref  time.Time
	out  []Entity
}

func (st *state) reset(x *Extractor, text string, ref time.Time) {
	st.src = text
	st.m = x.norm.Map(text)
	st.toks = normalize.Tokenize(st.toks[:0], st.m.Text)
	st.ref = ref
	st.out = nil
}

func (x *Extractor) run(ctx context.Context, st *state) error { return ctx.Err() }

func (st *state) entities() []Entity { return st.out }
