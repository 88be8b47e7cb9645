package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type In struct{ V int }
type P struct{ Any any }

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
	run("{{.Any.Zz}}", P{In{1}})
	run("{{.Any.Zz}}", &P{In{1}})
	run("{{range $x := 3}}{{printf \"%T\" $x}}{{end}}", nil)
	run("{{range $x := .}}{{printf \"%T\" $x}}{{end}}", uint8(2))
	ch := make(chan int, 3); ch <- 1; ch <- 2; close(ch)
	run("{{range $x := .}}{{$x}}{{end}}", ch)
	ch2 := make(chan int); close(ch2)
	run("{{range $i, $x := .}}{{$i}}{{$x}}{{end}}", ch2)
	run("{{range .}}{{.}}{{end}}", "abc")
	run("{{index . 2}}", []int{1, 2})
	run("{{index . 1}}", []int{1, 2})
	run("{{printf \"%s\" .VeryLongFieldNameThatGoesOnAndOn}}", 1)
	run("{{.VeryLongFieldNameThatGoesOnAndOn}}", 1)
	run("{{$x := 1}}{{$x = 2}}{{$x}}{{if true}}{{$x = 3}}{{$y := 4}}{{end}}{{$x}}", 1)
	run("{{with $x := 5}}{{$x}}{{.}}{{end}}", 1)
	run("{{.}} {{print .}} {{printf \"%v\" .}}", &In{3})
	run("{{template \"x\"}}", 1)
	run("{{eq 1 2 3 1}} {{eq \"a\" \"a\"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt 3 1.5}} {{ge 1 1}} {{eq .V 3}} {{lt -1 .U}} {{eq .U 3}}", map[string]any{"V": 3, "U": uint(3)})
	run("{{html \"<a href='x'>&\\\"\\x00\"}} {{js \"<a href='x'>&\\\"=\\n\\t\\\\é\\u2028\"}} {{urlquery \"a b&c=d/é\"}} {{print 1 2 \"a\" \"b\" 3}} {{println 1 \"a\"}}", nil)
	run("{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" 3}} {{or 0 \"\"}} {{not 0}} {{len \"héllo\"}} {{index . \"b\"}} {{slice \"hello\" 1 3}}", map[string]int{"a": 1, "b": 2})
	run("{{range $k, $v := .}}{{$k}}={{$v}};{{end}}", map[string]int{"z": 1, "a": 2, "m": 3})
	run("{{range $k, $v := .}}{{$k}}={{$v}};{{end}}", map[int]string{10: "a", -2: "b", 3: "c"})
	run("{{range .}}{{if eq . 3}}{{break}}{{end}}{{if eq . 1}}{{continue}}{{end}}{{.}}{{end}}", []int{0, 1, 2, 3, 4})
	run("{{range .}}x{{else}}empty{{end}}", []int{})
	run("{{range .}}x{{else}}empty{{end}}", nil)
	run("{{with .}}x{{else with 0}}y{{else}}z{{end}}", 0)
	run("{{if .}}a{{else if eq . 0}}b{{end}}", 0)
	run("a  {{- 1 -}}  \n b {{- /* c */ -}} c", nil)
	run("{{1.5}} {{1e3}} {{0x10}} {{'a'}} {{1i}} {{-1}} {{true}} {{\"s\"}} {{`r`}}", nil)
	run("{{printf \"%T %T %T\" 1 1.0 'a'}}", nil)
	run("{{.}}", nil)
	run("{{.}}", []byte("hi"))
	run("{{.}}", map[string]int{"b": 1, "a": 2})
	var np *In
	run("{{.}}", np)
	run("{{.V}}", np)
	run("{{slice . 1}} {{slice . 1 2 3}} {{slice .}} {{index . }}", []int{1, 2, 3, 4})
	t, _ := template.New("a").Parse(`{{define "b"}}x{{end}}`)
	fmt.Println(t.Execute(os.Stdout, 1))
	fmt.Println(template.Must(template.New("one").Parse("x")).DefinedTemplates())
}
