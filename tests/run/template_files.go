// ParseFiles, ParseGlob and ParseFS of text/template and html/template: the family built from the files, and the error texts (a parse error stops at its file; an empty list; a pattern matching nothing).
package main

import (
	"fmt"
	htmpl "html/template"
	"os"
	"path/filepath"
	"strings"
	ttmpl "text/template"
)

func main() {
	dir, _ := os.MkdirTemp("", "tf")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.tmpl"), []byte(`A<{{.}}>{{template "b.tmpl" .}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "b.tmpl"), []byte(`B[{{.}}]`), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.tmpl"), []byte(`{{.`), 0o644)
	a, b := filepath.Join(dir, "a.tmpl"), filepath.Join(dir, "b.tmpl")

	h, err := htmpl.ParseFiles(a, b)
	fmt.Println(err)
	h.Execute(os.Stdout, "<x&y>")
	fmt.Println()
	h2, err := htmpl.ParseGlob(filepath.Join(dir, "[ab].tmpl"))
	fmt.Println(err, h2.Name())
	h2.ExecuteTemplate(os.Stdout, "b.tmpl", "'q'")
	fmt.Println()
	_, err = htmpl.ParseGlob(filepath.Join(dir, "*.none"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	_, err = htmpl.ParseFiles()
	fmt.Println(err)
	_, err = htmpl.ParseFiles(filepath.Join(dir, "bad.tmpl"), filepath.Join(dir, "missing.tmpl"))
	fmt.Println(err)
	_, err = htmpl.ParseFiles(filepath.Join(dir, "missing.tmpl"), filepath.Join(dir, "bad.tmpl"))
	fmt.Println(err != nil)
	os.Mkdir(filepath.Join(dir, "x"), 0o755)
	os.WriteFile(filepath.Join(dir, "x", "one.html"), []byte(`one {{.}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "x", "two.html"), []byte(`two`), 0o644)
	fsys := os.DirFS(dir)
	h3, err := htmpl.ParseFS(fsys, "x/*.html")
	fmt.Println(err, h3.Name(), h3.Lookup("two.html") != nil)
	_, err = htmpl.ParseFS(fsys, "y/*")
	fmt.Println(err)
	root := htmpl.New("one.html")
	r, err := root.ParseFS(fsys, "x/*.html")
	fmt.Println(err, r == root)
	r.Execute(os.Stdout, "<b>")
	fmt.Println()

	t, err := ttmpl.ParseFiles(a, b)
	fmt.Println(err)
	t.Execute(os.Stdout, "<x&y>")
	fmt.Println()
	_, err = ttmpl.ParseFS(fsys, "y/*")
	fmt.Println(err)
	_, err = ttmpl.ParseFiles()
	fmt.Println(err)
	tr := ttmpl.New("two.html")
	t2, err := tr.ParseFS(fsys, "x/*.html")
	fmt.Println(err, t2 == tr, t2.Lookup("one.html") != nil)
}
