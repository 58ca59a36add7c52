package ner

// dates adds DATE candidates. (The date finder is integrated in its own
// change.)
func (st *state) dates() {}
