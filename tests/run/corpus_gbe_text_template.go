package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

func main() {
	t1 := template.New("t1")
	t1 = template.Must(t1.Parse("Value is {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})
	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")
	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	funcs := template.FuncMap{"upper": strings.ToUpper, "add": func(a, b int) int { return a + b }}
	t5 := template.Must(template.New("inv").Funcs(funcs).Parse(`{{define "row"}}{{printf "%-8s" (upper .Name)}} {{printf "%6.2f" .Total}}{{end -}}
Invoice:
{{range $i, $it := .}}{{add $i 1}}. {{template "row" $it}}
{{else}}none
{{end}}{{with $x := len .}}{{$x}} items{{end}}
{{- /* a comment */ -}}
{{"\n"}}{{index . 0 | printf "%v"}} {{(index . 1).Qty | printf "%03d"}} {{eq 1 1}} {{lt 2 1}} {{and 1 0}} {{or 0 "x"}} {{not true}} {{html "<a&b>"}} {{js "it's"}} {{urlquery "a b&c"}} {{len "héllo"}} {{slice "abcdef" 1 3}} {{print 1 2 "x" "y" 3}}
`))
	items := []Item{{"apple", 0.5, 10}, {"pear", 1.25, 3}}
	if err := t5.Execute(os.Stdout, items); err != nil {
		panic(err)
	}
	t5.Execute(os.Stdout, []Item{})
	_, err := template.New("bad").Parse("{{.Foo")
	os.Stdout.WriteString(err.Error() + "\n")
	err = Create("e", "{{.Missing}}\n").Execute(os.Stdout, Item{})
	os.Stdout.WriteString(err.Error() + "\n")
}
