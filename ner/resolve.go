package ner

import "sort"

// resolve picks non-overlapping candidates. The policy, in order:
//  1. the candidate covering more tokens wins (قطاع غزة over غزة);
//  2. then the one covering more bytes (fewer proclitics skipped);
//  3. then a list entry over a rule's reading, and between two of a kind
//     the type of higher priority: DATE, PERSON, ORGANIZATION, COUNTRY,
//     LOCATION, NATIONALITY;
//  4. then the earlier one.
//
// Accepted candidates are recorded in st.acc and their tokens in st.owner.
func (st *state) resolve() {
	order := make([]int, len(st.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ca, cb := &st.cands[order[a]], &st.cands[order[b]]
		if la, lb := ca.e-ca.s, cb.e-cb.s; la != lb {
			return la > lb
		}
		if ca.off != cb.off {
			return ca.off < cb.off
		}
		if ca.prio != cb.prio {
			return ca.prio > cb.prio
		}
		return ca.s < cb.s
	})
	for _, ci := range order {
		st.accept(ci)
	}
}

// accept records candidate ci if its tokens are free, and reports whether
// it did.
func (st *state) accept(ci int) bool {
	c := &st.cands[ci]
	for k := c.s; k < c.e; k++ {
		if st.owner[k] != 0 {
			return false
		}
	}
	for k := c.s; k < c.e; k++ {
		st.owner[k] = int32(ci) + 1
	}
	st.acc = append(st.acc, ci)
	return true
}

// release undoes the acceptance of candidate ci.
func (st *state) release(ci int) {
	c := &st.cands[ci]
	for k := c.s; k < c.e; k++ {
		st.owner[k] = 0
	}
	for i, a := range st.acc {
		if a == ci {
			st.acc = append(st.acc[:i], st.acc[i+1:]...)
			break
		}
	}
}
