package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
	"text/template/parse"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i Item) Label() string           { return strings.ToUpper(i.Name) }
func (i *Item) Discount(p int) float64 { return i.Price * float64(100-p) / 100 }

// memFS is a file system of in-memory files that supports fs.Glob and fs.ReadFile.
type memFS map[string]string

func (m memFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (m memFS) ReadFile(name string) ([]byte, error) {
	if s, ok := m[name]; ok {
		return []byte(s), nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (m memFS) Glob(pattern string) ([]string, error) {
	var out []string
	for name := range m {
		if ok, _ := path.Match(pattern, name); ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out, nil
}

func names(ts []*template.Template) string {
	var s []string
	for _, t := range ts {
		s = append(s, t.Name())
	}
	sort.Strings(s)
	return strings.Join(s, ",")
}

func main() {
	// Nested templates, block overriding, ExecuteTemplate.
	base := template.Must(template.New("base").Parse(`<{{block "title" .}}default title{{end}}>{{template "body" .}}{{define "body"}}[body {{.}}]{{end}}`))
	over := template.Must(template.Must(base.Clone()).Parse(`{{define "title"}}custom {{.}}{{end}}`))
	base.Execute(os.Stdout, "x")
	fmt.Println()
	over.Execute(os.Stdout, "y")
	fmt.Println()
	over.ExecuteTemplate(os.Stdout, "body", 42)
	fmt.Println()
	fmt.Println(names(base.Templates()), names(over.Templates()), base.Lookup("title") != nil, base.Lookup("nope") == nil)

	// Funcs, methods with arguments, pointer methods on addressable values, variables.
	funcs := template.FuncMap{
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"safe":  func(s string) (string, error) { if s == "" { return "", errors.New("empty") }; return s, nil },
	}
	items := []*Item{{"apple", 1.5, []string{"fruit", "red"}}, {"bread", 3, nil}}
	t := template.Must(template.New("list").Funcs(funcs).Parse(`{{range $i, $it := .}}{{add $i 1}}. {{$it.Label}} {{money $it.Price}} -> {{$it.Discount 10 | money}}{{with $it.Tags}} [{{join . ", "}}]{{else}} (no tags){{end}}
{{end}}{{len .}} items; first {{(index . 0).Name | printf "%q"}}
`))
	if err := t.Execute(os.Stdout, items); err != nil {
		fmt.Println("error:", err)
	}

	// Error-returning function stops execution, and the error wraps the function's error.
	t2 := template.Must(template.New("e").Funcs(funcs).Parse(`a{{safe .}}b`))
	var buf bytes.Buffer
	err := t2.Execute(&buf, "")
	fmt.Printf("%q %v\n", buf.String(), err)
	var ee template.ExecError
	fmt.Println(errors.As(err, &ee), ee.Name, errors.Unwrap(errors.Unwrap(err)) != nil)

	// Delims and trim markers.
	t3 := template.Must(template.New("d").Delims("<<", ">>").Parse("a <<- .A >> {{.B}} <<.B\t->>  c\n"))
	t3.Execute(os.Stdout, map[string]string{"A": "1", "B": "2"})

	// Options.
	for _, opt := range []string{"missingkey=default", "missingkey=zero", "missingkey=error"} {
		t4 := template.Must(template.New("o").Option(opt).Parse("{{.x}}|{{.y}}"))
		buf.Reset()
		err := t4.Execute(&buf, map[string]int{"x": 1})
		fmt.Printf("%s: %q %v\n", opt, buf.String(), err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("p").Option("bogus")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("p").Funcs(template.FuncMap{"two": func() (int, int) { return 1, 2 }})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("p").Funcs(template.FuncMap{"bad name": strings.ToUpper})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.Must(template.New("p").Parse("{{"))
	}()

	// AddParseTree and parse.Parse.
	trees, err := parse.Parse("extra", `{{define "sub"}}SUB{{.}}{{end}}main`, "", "", map[string]any{})
	fmt.Println(err, len(trees))
	t5 := template.New("root")
	for name, tree := range trees {
		if _, err := t5.AddParseTree(name, tree); err != nil {
			fmt.Println(err)
		}
	}
	t5.ExecuteTemplate(os.Stdout, "sub", 7)
	t5.ExecuteTemplate(os.Stdout, "extra", nil)
	fmt.Println()
	fmt.Println(t5.ExecuteTemplate(os.Stdout, "root", nil))

	// ParseFiles, ParseGlob, ParseFS.
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("tmpltest%d", os.Getpid()))
	os.MkdirAll(dir, 0o755)
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.tmpl"), []byte(`A({{template "b.tmpl" .}})`), 0o644)
	os.WriteFile(filepath.Join(dir, "b.tmpl"), []byte(`B{{.}}`), 0o644)
	tf, err := template.ParseFiles(filepath.Join(dir, "a.tmpl"), filepath.Join(dir, "b.tmpl"))
	fmt.Println(err, tf.Name())
	tf.Execute(os.Stdout, 1)
	fmt.Println()
	tg, err := template.ParseGlob(filepath.Join(dir, "*.tmpl"))
	fmt.Println(err, tg.Name(), names(tg.Templates()))
	tg.ExecuteTemplate(os.Stdout, "a.tmpl", 2)
	fmt.Println()
	fsys := memFS{"a.tmpl": `A({{template "b.tmpl" .}})`, "b.tmpl": "B{{.}}", "c.txt": "no"}
	tfs, err := template.ParseFS(fsys, "*.tmpl")
	fmt.Println(err, tfs.Name())
	tfs.Execute(os.Stdout, 3)
	fmt.Println()
	_, err = template.ParseGlob(filepath.Join(dir, "*.none"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = template.ParseFiles()
	fmt.Println(err)
	_, err = template.ParseFiles(filepath.Join(dir, "missing.tmpl"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	// Escaping helpers.
	template.HTMLEscape(os.Stdout, []byte(`<b>"Tom" & 'Jerry'</b>`))
	fmt.Println()
	template.JSEscape(os.Stdout, []byte("it's \"q\" <x> & y=1\u00e9\x01"))
	fmt.Println()
	fmt.Println(template.HTMLEscapeString("a<b"), template.JSEscapeString("a'b"), template.HTMLEscaper("<", 1, &Item{Name: "n"}), template.JSEscaper("<", 2), template.URLQueryEscaper("a b", "&"))
	for _, v := range []any{0, 1, "", "x", nil, []int{}, []int{1}, map[int]int{}, struct{}{}, (*int)(nil), 0.0, false, true, make(chan int)} {
		tr, ok := template.IsTrue(v)
		fmt.Print(tr, ok, " ")
	}
	fmt.Println()

	// Copy of the tree, ErrorContext, and String round trip of a whole template.
	t6 := template.Must(template.New("s").Parse("x {{if .A}}{{.A.B | printf \"%v\"}}{{else}}{{range $i, $v := .L}}{{$i}}{{end}}{{end}}"))
	fmt.Println(t6.Tree.Root.String(), t6.Copy().Root.String() == t6.Root.String())
	loc, ctx := t6.ErrorContext(t6.Root.Nodes[1].(*parse.IfNode).Pipe)
	fmt.Println(loc, ctx)

	// Redefinition: later definitions replace earlier ones; an empty one does not.
	t7 := template.Must(template.New("r").Parse(`{{define "x"}}one{{end}}{{template "x"}}`))
	template.Must(t7.Parse(`{{define "x"}}two{{end}}`))
	template.Must(t7.New("x").Parse(``))
	t7.Execute(os.Stdout, nil)
	fmt.Println()
	fmt.Println(t7.DefinedTemplates() != "")
	fmt.Printf("%q\n", template.New("empty").DefinedTemplates())
	fmt.Println(template.New("y").Execute(os.Stdout, 1))
}
