package main

import (
	"fmt"
	"text/template/parse"
)

var cases = []string{
	"hello {{.X}} {{$x := .Y.Z}}{{$x}}", "{{if .A}}a{{else if .B}}b{{else}}c{{end}}", "{{range $i, $e := .}}{{$i}}{{break}}{{continue}}{{else}}none{{end}}",
	"{{with $x := .A}}{{.}}{{else with .B}}w{{end}}", "{{template \"t\" .}}{{template `u`}}", "{{block \"b\" .X}}inner{{end}}",
	"{{printf \"%d %s\" 1 'a' | printf \"%v\"}}", "{{(.A.B).C}}{{(index . 1).X.Y}}", "{{1.5}} {{0x1F}} {{1e3}} {{-3}} {{+4}} {{1i}} {{'\\n'}} {{true}} {{false}} {{nil}}",
	"{{/* comment */}}x{{- /* c2 */ -}}  y", "  a  {{- .X -}}  b  ", "{{$x = 3}}", "{{$.A}} {{$}}", "{{\"a\\tb\"}} {{`raw\\t`}}",
	"{{define \"d\"}}D{{.}}{{end}}main", "{{range .}}{{.}}{{end}}", "{{if and .A (not .B)}}y{{end}}", "{{ .X | len | printf \"%03d\" }}", "{{with .}}{{end}}",
	"{{range $x := 5}}{{$x}}{{end}}", "{{1_000}} {{0b101}} {{0o17}} {{017}} {{.5}} {{1.}} {{0x1p4}} {{'x'}}",
}

func main() {
	for _, c := range cases {
		m, err := parse.Parse("t", c, "", "", map[string]any{"printf": fmt.Sprintf, "and": 1, "not": 1, "len": 1, "index": 1})
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		for _, name := range []string{"t", "d", "b"} {
			if tr, ok := m[name]; ok {
				fmt.Printf("%s: %q\n", name, tr.Root.String())
			}
		}
	}
	tr, err := parse.Parse("n", "{{1}}{{-1}}{{1.5}}{{1e3}}{{0x10}}{{'a'}}{{1i}}{{2.5i}}{{18446744073709551615}}{{-0}}{{1+2i}}{{0i}}{{1e-3}}", "", "")
	if err != nil { fmt.Println(err); return }
	for _, n := range tr["n"].Root.Nodes {
		num := n.(*parse.ActionNode).Pipe.Cmds[0].Args[0].(*parse.NumberNode)
		fmt.Printf("%s int=%v %d uint=%v %d float=%v %g cplx=%v %v\n", num.Text, num.IsInt, num.Int64, num.IsUint, num.Uint64, num.IsFloat, num.Float64, num.IsComplex, num.Complex128)
	}
	for _, c := range []string{"{{1+2i}}", "{{1e1000}}", "{{0x1.8p1}}", "{{3xyz}}", "{{.X\n\n", "{{ .X }}\n{{ end }}", "{{if 1}}{{define \"x\"}}{{end}}{{end}}", "{{define \"a\"}}y{{end}}{{define \"a\"}}x{{end}}", "{{$x = 1}}{{$x}}", "a{{.X}}\n{{.Y \n .Z}}\n{{ ( }}", "{{ 'ab }}", "{{ \"a\n\" }}", "{{ .X ` }}", "{{ @ }}", "{{ é }}", "{{ .Aé }}", "{{ $x := 1 }}{{ $x, $y := 2 }}", "{{ range $x, $y = . }}{{end}}", "{{range $x, 3 := .}}{{end}}", "{{template}}", "{{define}}{{end}}", "{{define \"a\" 1}}{{end}}", "{{ \x01 }}", "{{ .X.Y.Z.W.V.U.T }}"} {
		_, err := parse.Parse("t", c, "", "")
		fmt.Printf("%q: %v\n", c, err)
	}
}
