package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProclitics(t *testing.T) {
	tests := []struct {
		word string
		want []string // the candidate stems, whole word first
	}{
		{"", []string{""}},
		{"غزه", []string{"غزه"}},
		{"والكتاب", []string{"والكتاب", "الكتاب"}},
		{"فالرئيس", []string{"فالرئيس", "الرئيس"}},
		{"بغداد", []string{"بغداد", "غداد"}},
		{"لبنان", []string{"لبنان", "بنان"}},
		{"كمصر", []string{"كمصر", "مصر"}},
		{"وبغداد", []string{"وبغداد", "بغداد", "غداد"}},
		{"فلمصر", []string{"فلمصر", "لمصر", "مصر"}},
		{"وكالة", []string{"وكالة", "كالة", "الة"}},
		{"للولايات", []string{"للولايات", "لولايات"}},
		{"وللولايات", []string{"وللولايات", "للولايات", "لولايات"}},
		{"فللامم", []string{"فللامم", "للامم", "لامم"}},
		// At least two letters must remain.
		{"ول", []string{"ول"}},
		{"وله", []string{"وله", "له"}},
		{"بك", []string{"بك"}},
		{"ولبن", []string{"ولبن", "لبن", "بن"}},
		{"وبه", []string{"وبه", "به"}},
		// Only one conjunction and one preposition, in that order.
		{"ووطن", []string{"ووطن", "وطن"}},
		{"بوطن", []string{"بوطن", "وطن"}},
		{"لبلد", []string{"لبلد", "بلد"}},
		// Letters count, not bytes; other scripts are left alone.
		{"وab", []string{"وab", "ab"}},
		{"Washington", []string{"Washington"}},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			var got []string
			for _, i := range Proclitics(nil, tt.word) {
				got = append(got, tt.word[i:])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestProcliticsAppends(t *testing.T) {
	assert.Equal(t, []int{9, 0, 2}, Proclitics([]int{9}, "وغزه"))
}

func TestHasArticle(t *testing.T) {
	for word, want := range map[string]bool{
		"الكتاب":  true,
		"الغد":    true,
		"الم":     false,
		"ال":      false,
		"":        false,
		"والكتاب": false,
		"لبنان":   false,
		"الab":    true,
	} {
		assert.Equal(t, want, HasArticle(word), word)
	}
}
