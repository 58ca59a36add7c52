module github.com/kashif-nlp/kashif

go 1.26.0

require (
	github.com/hablullah/go-hijri v1.0.2
	github.com/kljensen/snowball v0.10.0
	github.com/schollz/progressbar/v3 v3.19.1
	github.com/stretchr/testify v1.12.1
	golang.org/x/term v0.44.0
	golang.org/x/text v0.44.0
)

require (
	github.com/hablullah/go-juliandays v1.0.0 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/sys v0.46.0 // indirect
)
