// html/template writes a "<" of the template text that starts no tag as "&lt;" (a doctype excepted), and every "<" in a title or textarea body; text/template reports a lone "." at the end of an action as an illegal number.
package main

import (
	"fmt"
	"html/template"
	"os"
	text "text/template"
)

func main() {
	for _, src := range []string{"A<{{.}}>", "A< {{.}}", "A<<{{.}}", "x<{{.}}y", "<{{.}}", "a<b>{{.}}", "{{if .}}<{{end}}{{.}}", "1 < 2 {{.}}", "<{{.}}/p>", "<p title='<{{.}}'>", "1 < 2", "a <3 b", "<!DOCTYPE html><p>x</p>", "<a href=x>1<2</a>", "<textarea>1<2</textarea>", "<title>a<b</title>", "<script>if (a<b) {}</script>", "<style>a<b{}</style>", "a<", "<!-- c -->x<y", "</>", "<//>", "<?x?>", "<_a>", "<é>", "< p>", "<P>", "{{/* c */}}a<b", "a < b{{.}}", "<!x>", "<!doctype html>", "<!DOCTYPEx>", "<!DOCTYPE", "<!DocType html>", "<!DOCTYPE html>{{.}}", "<textarea>{{.}}<</textarea>", "<title><{{.}}</title>", "<textarea>a</b></textarea>", "<title>x<!-- c --></title>", "a<1", "<a0>"} {
		t, err := template.New("t").Parse(src)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: ", src)
		err = t.Execute(os.Stdout, "b")
		fmt.Println(" |", err)
	}
	for _, src := range []string{"{{.", "{{.}}", "x{{ . }}", "{{.5}}", "{{. ", "{{.x", "{{$x := .}}{{$x.", "{{.}}{{ ."} {
		_, err := text.New("t").Parse(src)
		fmt.Printf("%q: %v\n", src, err)
	}
}
