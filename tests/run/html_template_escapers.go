package main

import (
	"fmt"
	"html/template"
	"strings"
)

func run(src string, data any) {
	t, err := template.New("x").Parse(src)
	if err != nil {
		fmt.Printf("%q: PARSE %v\n", src, err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%q %q:\n  %q %v\n", src, data, sb.String(), err)
}

func main() {
	all := "\x00\x01\t\n\v\f\r \"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u00e9\u2028\u2029\x7f"
	run(`<script>var s = "{{.}}"</script>`, all)
	run("<script>var s = `{{.}}`</script>", all)
	run(`<script>var s = /{{.}}/</script>`, all)
	run(`<script>var s = /{{.}}/</script>`, "")
	run(`<script>var s = {{.}}</script>`, all)
	run(`{{.}}`, all)
	run(`<p title={{.}}>`, all)
	run(`<p title={{.}}>`, "")
	run(`<p title="{{.}}">`, "")
	run(`<a href="{{.}}">`, all)
	run(`<a href="?{{.}}">`, all)
	run(`<a href="{{.}}?q={{.}}">`, "a?b")
	run(`<a href="{{.}}{{.}}">`, "a?b")
	run(`<p {{.}}>`, "checked")
	run(`<p {{.}}="x">`, "onclick")
	run(`<p {{.}}="x">`, "title")
	run(`<p {{.}}="x">`, "HREF")
	run(`<style>p { color: {{.}} }</style>`, "red")
	run(`<style>p { width: {{.}} }</style>`, "10px #fff -1.5em")
	run(`<style>p { width: {{.}} }</style>`, "expression(x)")
	run(`<style>p { font-family: "{{.}}" }</style>`, all)
	run(`<style>p { background: url({{.}}) }</style>`, "http://x/a b")
	run(`<script>/* c {{.}} */ var x = 1; // line {{.}}
var y = 2;</script>`, "z")
	run(`<style>/* c */ p { }</style>`, "z")
	run(`<script>var a = 1 / {{.}} / 2; var b = x++ / {{.}}</script>`, "3")
	run(`<img srcset="{{.}}">`, "a.png 1x, b.png 2x")
	run(`<img srcset="{{.}}">`, "javascript:x 1x")
	run(`<a href="{{.}}">`, "HTTP://ok/x")
	run(`<a href="{{.}}">`, "mailto:a@b")
	run(`<a href="{{.}}">`, "/rel:x")
	run(`<a href="{{.}}">`, "data:x")
	run(`<a "x">`, nil)
	run(`<a b="c"d>`, nil)
	run(`<a href={{.}}>x</a>`, "y z")
	run(`<SCRIPT>var x = {{.}}</SCRIPT>{{.}}`, "<")
	run(`<textarea>{{.}}</textarea>{{.}}`, "<")
	run(`<title>{{.}}`, "<")
	run(`<p onclick="{{.}}">`, "a&b")
	run(`<p onclick='x = "{{.}}"'>`, "a&b")
	run(`<input checked {{.}}>`, "x")
	run(`{{.}}`, template.HTML("<b>"))
	run(`<p title="{{.}}">`, template.HTML("<b>x</b> & y"))
	run(`<a href="{{.}}">`, template.URL("javascript:x(' ')"))
	run(`<script>var x = {{.}}</script>`, template.JSStr("a\"b"))
	run(`<script>var x = "{{.}}"</script>`, template.JSStr("a\"b"))
	run(`{{.}}`, template.JS("<x>"))
	run(`{{.}}`, []any{1, "a", nil})
	run(`<script>var x = {{.}}</script>`, nil)
	run(`<script>var x = {{.}}</script>`, []any{1, "a", nil, 2.5, true})
	run(`{{.}}`, nil)
	run(`<a title="{{.}}">`, nil)
}
