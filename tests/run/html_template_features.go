package main

import (
	"errors"
	"fmt"
	"html/template"
	"os"
	"sort"
	"strings"
)

type Page struct {
	Title string
	Items []Item
	User  *User
}

type Item struct {
	Name, Link string
	Price      float64
}

type User struct{ Name string }

func (u *User) Greeting() string { return "Hi, " + u.Name + " <3" }

func show(t *template.Template, name string, data any) {
	var sb strings.Builder
	var err error
	if name == "" {
		err = t.Execute(&sb, data)
	} else {
		err = t.ExecuteTemplate(&sb, name, data)
	}
	fmt.Printf("%q %v\n", sb.String(), err)
}

func main() {
	page := Page{Title: "Tom & Jerry's <show>", Items: []Item{{"a<b", "/item?id=1&x=<", 9.5}, {"c\"d", "javascript:evil()", 1}}, User: &User{"Ann"}}
	layout := `<html><head><title>{{.Title}}</title></head><body>
{{template "list" .Items}}
{{with .User}}<p class="greet" title="{{.Greeting}}">{{.Greeting}}</p>{{end}}
<script>var items = {{.Items}}; var title = "{{.Title}}";</script>
<a href="/search?q={{.Title}}" onclick="track({{.Title}})">{{block "footer" .}}footer{{end}}</a>
</body></html>
{{define "list"}}<ul>{{range $i, $it := .}}<li id="item-{{$i}}"><a href="{{.Link}}">{{.Name}}</a> {{printf "%.2f" .Price}}</li>{{end}}</ul>{{end}}`
	t := template.Must(template.New("page").Parse(layout))
	show(t, "", page)
	// A template called from an attribute is escaped for that context too.
	t2 := template.Must(template.New("attrs").Parse(`{{define "v"}}{{.}}{{end}}<p title="{{template "v" .}}">{{template "v" .}}</p><a href="{{template "v" .}}">x</a>`))
	show(t2, "", "a<b>\"c")
	show(t2, "v", "direct <call>")
	names := []string{}
	for _, m := range t2.Templates() {
		names = append(names, m.Name())
	}
	sort.Strings(names)
	fmt.Println(len(names) >= 2, t2.Lookup("v") != nil)

	// Errors.
	for _, src := range []string{
		`{{if .}}<a href="{{else}}<b>{{end}}`,
		`<a href="{{.}}`,
		`{{template "missing"}}`,
		`<a href="{{if .}}x?{{end}}{{.}}">`,
		`{{range .}}<a href="{{end}}`,
		`<script>var x = "{{.}}`,
		`<title>{{.}}`,
		`{{.}}<!-- open`,
		`<a "b">`,
		`{{. | html | print}}`,
		`{{with .}}<p {{end}}`,
	} {
		tt, err := template.New("e").Parse(src)
		if err != nil {
			fmt.Println("parse:", err)
			continue
		}
		var sb strings.Builder
		err = tt.Execute(&sb, "v")
		var he *template.Error
		if errors.As(err, &he) {
			fmt.Printf("%q -> code %d: %v\n", src, he.ErrorCode, err)
		} else {
			fmt.Printf("%q -> %q %v\n", src, sb.String(), err)
		}
	}

	// Parse after Execute, Clone before, ExecuteTemplate of an unknown name, Funcs.
	base := template.Must(template.New("b").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(`<b>{{up .}}</b>{{block "extra" .}}{{end}}`))
	clone := template.Must(base.Clone())
	template.Must(clone.Parse(`{{define "extra"}}<i>{{.}}</i>{{end}}`))
	show(base, "", "x<y")
	show(clone, "", "x<y")
	_, err := base.Parse("more")
	fmt.Println(err)
	_, err = base.Clone()
	fmt.Println(err)
	show(base, "nope", nil)
	fmt.Println(template.HTMLEscapeString("<'\">&"), template.JSEscapeString("'\"<"), template.URLQueryEscaper("a b"))

	// Safe types in their own contexts, and outside them.
	safe := template.Must(template.New("s").Parse(`{{.H}}|<p {{.A}}>|<a href="{{.U}}">|<script>{{.J}}; "{{.S}}"</script>|<p style="{{.C}}">|<img srcset="{{.Set}}">|{{.J}}|<p title="{{.H}}">`))
	err = safe.Execute(os.Stdout, map[string]any{
		"H": template.HTML("<em>hi</em>"), "A": template.HTMLAttr(`data-x="1"`), "U": template.URL("javascript:void(0)"),
		"J": template.JS("f(1)"), "S": template.JSStr(`a\"b`), "C": template.CSS("color: red"), "Set": template.Srcset("a.png 1x"),
	})
	fmt.Println()
	fmt.Println(err)
	var e template.Error
	e.Description = "d"
	fmt.Println(e.Error())
	e.Name, e.Line = "n", 3
	fmt.Println(e.Error())
	e.Line = 0
	fmt.Println(e.Error())
}
