package main

import (
	"fmt"
	"text/template"
)

var cases = []string{
	"{{.Foo}", "{{.Foo", "{{if .X}}a", "{{end}}", "{{else}}", "{{range .}}{{else}}{{else}}{{end}}",
	"{{if}}{{end}}", "{{with}}{{end}}", "{{range}}{{end}}", "{{foo}}", "{{$x}}", "{{$x := 1}}{{$y}}",
	"{{3x}}", "{{\"abc}}", "{{`abc}}", "{{'a}}", "{{'ab'}}", "{{(1}}", "{{1)}}", "{{#}}", "{{.X | 1}}",
	"{{nil}}", "{{. | nil}}", "{{break}}", "{{continue}}", "{{define \"a\"}}x", "{{define a}}{{end}}",
	"{{template a}}", "{{template \"a\" 1 2}}", "{{/* unclosed", "{{/* x */ y}}", "{{ | }}", "{{.X |}}",
	"{{$x = 1}}", "{{$x := 1 2}}", "{{range $i, $j, $k := .}}{{end}}", "{{with $x, $y := .}}{{end}}",
	"{{.X.}}", "{{1.2.3}}", "{{0x}}", "{{.X 1 2}}\n{{(.Y).}}", "line1\nline2\n{{.X \"a\" | }}",
	"{{if .X}}{{else if}}{{end}}", "{{if .X}}{{else with .Y}}{{end}}", "{{end 1}}", "{{else 3}}",
	"{{block \"x\"}}{{end}}", "{{block \"x\" .}}", "{{range .}}{{break 1}}{{end}}", "{{.X := 3}}",
	"{{$x := }}", "{{:}}", "{{$}}", "{{$.X}}", "{{ true.X }}", "{{ nil.X }}", "{{ \"s\".X }}", "{{ 1.X}}",
	"{{.X}}{{", "{{- .X -}}", "{{-.X}}", "{{.X -}", "{{printf \"%d\" 1 | }}", "{{template \"a\" | }}",
	"{{ (.X) (.Y) }}", "{{ .X ( }}", "{{ 1e }}", "{{ 0b12 }}", "{{ 'a }}", "{{ \"\\q\" }}", "{{ ` }}",
	"{{ $x.y := 1 }}", "{{ range $x = . }}{{end}}", "{{define \"a\"}}{{end}}{{define \"a\"}}x{{end}}",
	"{{ .X\n.Y }}", "{{ \"a\"\n }}", "a\n\n{{ range . }}", "{{ $x := 3 }}{{ $x.Y.Z | printf }}",
	"{{ and }}", "{{ printf }}", "{{ len }}", "{{ index }}", "{{ 1 | 2 }}", "{{ .X | $ }}",
}

func main() {
	for _, c := range cases {
		_, err := template.New("t").Parse(c)
		fmt.Printf("%q: %v\n", c, err)
	}
}
