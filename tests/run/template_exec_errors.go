package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Inner struct{ V int }

func (i Inner) Get() int        { return i.V }
func (i *Inner) PtrGet() int    { return i.V * 10 }
func (i Inner) Fail() (int, error) { return 0, errors.New("boom") }
func (i Inner) Add(a, b int) int { return a + b }
func (i Inner) Str() fmt.Stringer { return nil }

type S struct {
	Name   string
	Age    int
	In     Inner
	PIn    *Inner
	NilP   *Inner
	M      map[string]int
	L      []string
	priv   int
	F      func(int) int
	Any    any
	Ch     chan int
	E      error
}

var funcs = template.FuncMap{
	"fail": func() (string, error) { return "", errors.New("func failed") },
	"two":  func(a, b int) int { return a + b },
	"varg": func(s string, xs ...int) string { return fmt.Sprint(s, xs) },

	"pnc":  func() int { panic("ouch") },
	"nilf": (func() int)(nil),
	"up":   strings.ToUpper,
}

var cases = []string{
	"{{.Foo}}", "{{.Name.X}}", "{{.priv}}", "{{.In.Nope}}", "{{.NilP.V}}", "{{.M.zz}}", "{{.L.x}}", "{{.In.Fail}}",
	"{{fail}}", "{{two 1}}", "{{two 1 2 3}}", "{{two \"a\" 1}}", "{{two 1.5 2}}", "{{varg}}", "{{varg \"a\" 1 \"x\"}}",
	"{{pnc}}", "{{nilf}}", "{{.Name 1}}", "{{.In.Get 1}}", "{{.In.Add 1}}", "{{nil}}", "{{index .L 5}}",
	"{{index .M 1}}", "{{index 1 1}}", "{{index nil 1}}", "{{len 3}}", "{{len nil}}", "{{slice .L 1 5}}", "{{slice .L 2 1}}",
	"{{slice 3 1}}", "{{call .F}}", "{{call .Name}}", "{{call nil}}", "{{call .F \"x\"}}", "{{eq .Name 1}}", "{{lt .L .L}}",
	"{{eq .M .M}}", "{{lt true false}}", "{{eq}}", "{{eq 1}}", "{{lt 1}}", "{{template \"nope\"}}", "{{range 3.5}}{{end}}",
	"{{range $i, $j := 3}}{{end}}", "{{if .Ch}}{{end}}", "{{with .F}}x{{end}}", "{{.Ch}}", "{{.F}}", "{{printf \"%d\" .Foo}}",
	"{{.Any.X}}", "{{.In.Str.String}}", "{{$x := 1}}{{$x.Y}}", "{{and 1 .Foo}}", "{{or 0 .Foo}}", "{{not}}", "{{not 1 2}}",
	"{{and}}", "{{.NilP.PtrGet}}", "{{.In.V.W}}", "{{up 3}}", "{{(1).X}}", "{{.E.Error}}", "{{html .Foo}}", "{{index .L \"a\"}}",
	"{{range .In}}{{end}}", "{{range $k, $v := .L}}{{$k}}{{end}}{{.Foo}}",
	"line1\n  {{.Name}} {{.Bogus}}", "{{12345678901234567890123 | printf \"%v\"}}",
}

func main() {
	data := S{Name: "n", In: Inner{3}, PIn: &Inner{4}, M: map[string]int{"a": 1}, L: []string{"x", "y"}, F: func(i int) int { return i }}
	for _, c := range cases {
		t, err := template.New("x").Funcs(funcs).Parse(c)
		if err != nil {
			fmt.Printf("%q: PARSE %v\n", c, err)
			continue
		}
		var sb strings.Builder
		err = t.Execute(&sb, data)
		fmt.Printf("%q: %q %v\n", c, sb.String(), err)
	}
	t := template.Must(template.New("x").Option("missingkey=error").Parse("{{.a}} {{.b}}"))
	fmt.Println(t.Execute(os.Stdout, map[string]int{"a": 1}))
	t = template.Must(template.New("x").Option("missingkey=zero").Parse("{{.a}} {{.b}}\n"))
	fmt.Println(t.Execute(os.Stdout, map[string]int{"a": 1}))
	t = template.Must(template.New("x").Parse("{{.a}} {{.b}}\n"))
	fmt.Println(t.Execute(os.Stdout, map[string]int{"a": 1}))
	fmt.Println(t.Execute(os.Stdout, map[string]any{"a": 1}))
	fmt.Println(template.New("y").Execute(os.Stdout, 1))
	fmt.Println(t.ExecuteTemplate(os.Stdout, "zz", 1))
	t2, _ := template.New("a").Parse(`{{define "b"}}{{template "a" .}}{{end}}{{template "b" .}}`)
	err := t2.Execute(os.Stdout, 1)
	fmt.Println(len(err.Error()) > 0, strings.Contains(err.Error(), "exceeded maximum template depth"), err.Error()[:60])
}
