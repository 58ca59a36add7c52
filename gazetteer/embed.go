package gazetteer

import (
	"embed"
	"io/fs"
)

//go:embed data/*.tsv
var data embed.FS

// Data returns the embedded default lists: the files data/*.tsv of this
// package. data/SOURCES.md in the repository notes each file's source and
// license.
func Data() fs.FS { return data }

// Default returns a Builder loaded with the embedded default lists. Add the
// user's own lists to it, or remove entries, then call Build.
func Default() (*Builder, error) {
	b := NewBuilder()
	if err := b.LoadFS(data, "data/*.tsv"); err != nil {
		return nil, err
	}
	return b, nil
}
