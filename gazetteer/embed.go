package gazetteer

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"slices"
)

//go:embed data/*.tsv
var data embed.FS

// Data returns the embedded default lists: the files data/*.tsv of this
// package. data/SOURCES.md in the repository notes each file's source and
// license.
func Data() fs.FS { return data }

// Default returns a Builder loaded with the embedded default lists. Add the
// user's own lists to it, or remove entries, then call Build.
//
// The curated lists load first and the generated world-cities list
// (data/cities_worldcities.tsv) last, so that an entry both have keeps the
// curated list as its Source.
func Default() (*Builder, error) {
	names, err := fs.Glob(data, "data/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	slices.SortStableFunc(names, func(a, b string) int {
		return cmp.Compare(b2i(a == worldCitiesFile), b2i(b == worldCitiesFile))
	})
	b := NewBuilder()
	for _, name := range names {
		if err := b.LoadFS(data, name); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// worldCitiesFile is the generated list of the world's towns.
const worldCitiesFile = "data/cities_worldcities.tsv"

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
