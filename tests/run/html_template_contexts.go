package main

import (
	"fmt"
	"html/template"
	"strings"
)

type D struct {
	S   string
	H   template.HTML
	U   string
	N   int
	F   float64
	L   []string
	M   map[string]int
	B   bool
	JS  template.JS
	URL template.URL
	CSS template.CSS
	A   template.HTMLAttr
	P   *int
}

func run(src string) {
	seven := 7
	d := D{S: `<a href="x">O'Neil & "co" +1</a>`, H: "<b>bold</b>", U: "javascript:alert(1)", N: 42, F: 1.5,
		L: []string{"a", "b<"}, M: map[string]int{"k": 1}, B: true, JS: "alert(1)", URL: "javascript:ok()", CSS: "color: red", A: `title="t"`, P: &seven}
	t, err := template.New("x").Parse(src)
	if err != nil {
		fmt.Printf("%q: PARSE %v\n", src, err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, d)
	fmt.Printf("%q:\n  %q %v\n", src, sb.String(), err)
}

func main() {
	for _, c := range []string{
		"{{.S}}", "{{.H}}", "<p title={{.S}}>", "<p title='{{.S}}'>", "<p title=\"{{.S}}\">", "<a href=\"{{.U}}\">", "<a href=\"/x?q={{.S}}\">",
		"<a href=\"{{.URL}}\">", "<a href='http://x/{{.S}}'>", "<a href={{.S}}>", "<script>var x = {{.S}}; var n = {{.N}}; var l = {{.L}}; var m = {{.M}}; var b = {{.B}}; var f = {{.F}}; var d = {{.}}</script>",
		"<script>var s = \"{{.S}}\"; var t = '{{.S}}';</script>", "<script>{{.JS}}</script>", "<button onclick=\"f({{.S}})\">", "<style>p { color: {{.S}} }</style>",
		"<style>p { color: {{.CSS}} }</style>", "<p style=\"color: {{.S}}\">", "<p style=\"color: {{.CSS}}\">", "<title>{{.S}}</title>", "<textarea>{{.H}}</textarea>",
		"<!-- comment {{.S}} -->x", "a<!-- c -->b", "<p {{.A}}>", "<p {{.S}}>", "{{.P}} {{.N}} {{.F}} {{.L}} {{.M}}", "<a href=\"{{.S}}\">",
		"<p title={{.H}}>", "<a href=\"http://x/?a={{.U}}&b={{.N}}\">", "<img srcset=\"{{.S}}\">", "{{if .B}}<a href=\"{{else}}<b>{{end}}", "<a href=\"{{.S}}", "<script>var x = '{{.S}}",
		"<a href=\"/{{.S}}/{{.N}}\">", "{{.S | html}}", "{{html .S}}", "{{.S | urlquery}}", "<script>var r = /{{.S}}/;</script>", "<script>var t = `{{.S}}`;</script>",
		"<p class=\"{{.S}}\" data-x=\"{{.S}}\">", "<a title=\"{{.U}}\" href=\"{{.H}}\">", "<input value=\"{{.S}}\" {{if .B}}checked{{end}}>", "{{template \"y\"}}",
		"<a onclick=\"alert('{{.S}}')\">", "{{range .L}}<li>{{.}}</li>{{end}}", "<a href=\"{{.M}}{{.L}}\">",
	} {
		run(c)
	}
}
