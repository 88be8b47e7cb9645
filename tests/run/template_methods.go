package main

import (
	"fmt"
	"strings"
	"text/template"
)

type In struct{ V int }

func (i In) Get() int      { return i.V }
func (i *In) PGet() int    { return i.V * 10 }
func (i In) String() string { return "In!" }

type G interface{ Get() int }
type P struct {
	Any any
	G   G
	In  In
	PIn *In
	Arr [2]In
}

func run(src string, data any) {
	t, err := template.New("x").Parse(src)
	if err != nil {
		fmt.Println("PARSE", err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%q: %q %v\n", src, sb.String(), err)
}

func main() {
	p := P{Any: In{3}, G: In{4}, In: In{5}, PIn: &In{6}}
	run("{{.Any.Get}} {{.G.Get}} {{.G.V}} {{.Any.V}} {{.In.PGet}} {{.PIn.PGet}} {{.Any}} {{.In}}", p)
	run("{{.Any.PGet}}", p)
	run("{{.In.PGet}}", p)
	run("{{(index .Arr 0).PGet}}", &p)
	run("{{.In.PGet}}", &p)
	run("{{.Nope}}", map[string]any{})
	run("{{.a.b}}", map[string]any{})
	run("{{.a.b}}", map[string]map[string]int{"a": {"b": 1}})
	run("{{.}}", struct{ A, B int }{1, 2})
	run("{{printf \"%v|%s|%d\" . . 3}}", In{1})
	run("{{with .}}{{.}}{{end}}", []int{})
	run("{{template \"t\" 5}}{{define \"t\"}}[{{.}}]{{end}}", 0)
	run("{{block \"b\" .}}default {{.}}{{end}}", 7)
	run("{{$}} {{$.V}} {{with 3}}{{$.V}}{{.}}{{end}}", In{2})
}
