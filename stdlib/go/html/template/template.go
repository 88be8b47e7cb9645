// Package template is text/template with contextual escaping: each action's output is
// escaped for where it lands in the HTML document (text, attribute, URL, JavaScript, CSS).
package template

import (
	"errors"
	"fmt"
	"io"
	"internal/tmplfiles"
	"io/fs"
	"sync"
	"text/template"
	"text/template/parse"
)

// Texts of the errors of the Template methods (Go's words).
const (
	msgCloneLate = "html/template: cannot Clone %q after it has executed"
	msgAddLate   = "html/template: cannot AddParseTree to %q after it has executed"
	msgParseLate = "html/template: cannot Parse after Execute"
	msgNoFiles   = "html/template: no files named in call to ParseFiles"
	msgNoMatch   = "html/template: pattern matches no files: %#q"
	msgEmpty     = "html/template: %q is an incomplete or empty template"
	msgUndefined = "html/template: %q is undefined"
)

// FuncMap is text/template's FuncMap.
type FuncMap = template.FuncMap

// group is what associated templates share: the text/template family they wrap and
// whether it has been escaped (after which it can no longer be parsed into).
type group struct {
	mu      sync.Mutex
	members map[string]*Template
	escaped bool
	done    map[string]context // escaped templates and the contexts they end in
}

func newGroup() *group {
	return &group{members: map[string]*Template{}, done: map[string]context{}}
}

// Template is an HTML template: a text/template whose actions are escaped by context.
type Template struct {
	escapeErr error // the escaping result, once escaped
	text      *template.Template
	// Tree is the template's parse tree; it changes when the template is escaped.
	Tree *parse.Tree
	*group
}

// New allocates an HTML template with the given name.
func New(name string) *Template {
	t := &Template{text: template.New(name).Funcs(escaperFuncs), group: newGroup()}
	t.members[name] = t
	return t
}

// Must panics if err is non-nil and returns t otherwise.
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// Name returns the template's name.
func (t *Template) Name() string { return t.text.Name() }

// New allocates a template associated with t.
func (t *Template) New(name string) *Template {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.adopt(t.text.New(name))
}

// adopt wraps a text template of the family (the group lock is held).
func (t *Template) adopt(tt *template.Template) *Template {
	m := t.members[tt.Name()]
	if m == nil || m.text != tt {
		m = &Template{text: tt, group: t.group}
		t.members[tt.Name()] = m
	}
	m.Tree = tt.Tree
	return m
}

// sync refreshes the wrappers after the text family changed.
func (t *Template) sync() {
	for _, tt := range t.text.Templates() {
		t.adopt(tt)
	}
}

// Parse parses text as t's body; {{define}} blocks add templates to the family.
func (t *Template) Parse(text string) (*Template, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.escaped {
		return nil, errors.New(msgParseLate)
	}
	if _, err := t.text.Parse(text); err != nil {
		return nil, err
	}
	t.sync()
	return t, nil
}

// AddParseTree adds tree to the family under name.
func (t *Template) AddParseTree(name string, tree *parse.Tree) (*Template, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.escaped {
		return nil, fmt.Errorf(msgAddLate, t.Name())
	}
	tt, err := t.text.AddParseTree(name, tree)
	if err != nil {
		return nil, err
	}
	return t.adopt(tt), nil
}

// Clone copies the family, which must not have been executed yet.
func (t *Template) Clone() (*Template, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.escaped {
		return nil, fmt.Errorf(msgCloneLate, t.Name())
	}
	tc, err := t.text.Clone()
	if err != nil {
		return nil, err
	}
	// Escaping rewrites trees: the clone gets its own.
	for _, tt := range tc.Templates() {
		if tt.Tree != nil {
			tt.Tree = tt.Tree.Copy()
		}
	}
	c := &Template{text: tc, Tree: tc.Tree, group: newGroup()}
	c.members[c.Name()] = c
	for _, tt := range tc.Templates() {
		c.adopt(tt)
	}
	return c, nil
}

// Templates returns the family's templates.
func (t *Template) Templates() []*Template {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]*Template, 0, len(t.members))
	for _, m := range t.members {
		out = append(out, m)
	}
	return out
}

// DefinedTemplates lists the family's defined templates, as text/template does.
func (t *Template) DefinedTemplates() string { return t.text.DefinedTemplates() }

// Delims sets the action delimiters for later parsing.
func (t *Template) Delims(left, right string) *Template {
	t.text.Delims(left, right)
	return t
}

// Funcs adds functions to the family.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.text.Funcs(funcMap)
	return t
}

// Option sets execution options, as text/template's Option.
func (t *Template) Option(opt ...string) *Template {
	t.text.Option(opt...)
	return t
}

// Lookup returns the family's template called name, or nil.
func (t *Template) Lookup(name string) *Template {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.members[name]
}

// escape analyses the family from t once; later executions reuse the result.
func (t *Template) prepare() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.escaped = true
	if t.escapeErr != nil {
		return t.escapeErr
	}
	if t.Tree == nil || t.Tree.Root == nil {
		return fmt.Errorf(msgEmpty, t.Name())
	}
	if t.escapeErr = escapeFamily(t.text, t.Name(), t.done); t.escapeErr != nil {
		return t.escapeErr
	}
	t.escapeErr = errDone
	t.sync()
	return nil
}

// errDone marks a template escaped without error.
var errDone = fmt.Errorf("html/template: already escaped")

func (t *Template) escaped1() error {
	if err := t.prepare(); err != nil && err != errDone {
		return err
	}
	return nil
}

// Execute escapes the template family if needed and applies t to data.
func (t *Template) Execute(w io.Writer, data any) error {
	if err := t.escaped1(); err != nil {
		return err
	}
	return t.text.Execute(w, data)
}

// ExecuteTemplate applies the family's template called name to data.
func (t *Template) ExecuteTemplate(w io.Writer, name string, data any) error {
	m := t.Lookup(name)
	if m == nil {
		return fmt.Errorf(msgUndefined, name)
	}
	if err := m.escaped1(); err != nil {
		return err
	}
	return m.text.Execute(w, data)
}

// ParseFiles creates a template from the named files, as text/template's ParseFiles.
func ParseFiles(filenames ...string) (*Template, error) {
	return load(nil, tmplfiles.OS, filenames, nil)
}

// ParseFiles parses the named files into t's family.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	return load(t, tmplfiles.OS, filenames, nil)
}

// ParseGlob parses the files matching pattern.
func ParseGlob(pattern string) (*Template, error) { return globbed(nil, pattern) }

// ParseGlob parses the files matching pattern into t's family.
func (t *Template) ParseGlob(pattern string) (*Template, error) { return globbed(t, pattern) }

// ParseFS parses the files of fsys matching the patterns.
func ParseFS(fsys fs.FS, patterns ...string) (*Template, error) { return fromFS(nil, fsys, patterns) }

// ParseFS parses the files of fsys matching the patterns into t's family.
func (t *Template) ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	return fromFS(t, fsys, patterns)
}

// load parses the files into t's family (a new one if t is nil), unless listing them
// failed with err.
func load(t *Template, read tmplfiles.Reader, files []string, err error) (*Template, error) {
	if err != nil {
		return nil, err
	}
	return tmplfiles.Load(t, t == nil, New, read, files, msgNoFiles)
}

func globbed(t *Template, pattern string) (*Template, error) {
	files, err := tmplfiles.Glob(pattern, msgNoMatch)
	return load(t, tmplfiles.OS, files, err)
}

func fromFS(t *Template, fsys fs.FS, patterns []string) (*Template, error) {
	// Go words this one error as text/template does.
	files, read, err := tmplfiles.FS(fsys, patterns, "template: pattern matches no files: %#q")
	return load(t, read, files, err)
}

// The escaping helpers of text/template, shared.

func HTMLEscape(w io.Writer, b []byte)   { template.HTMLEscape(w, b) }
func HTMLEscapeString(s string) string   { return template.HTMLEscapeString(s) }
func HTMLEscaper(args ...any) string     { return template.HTMLEscaper(args...) }
func JSEscape(w io.Writer, b []byte)     { template.JSEscape(w, b) }
func JSEscapeString(s string) string     { return template.JSEscapeString(s) }
func JSEscaper(args ...any) string       { return template.JSEscaper(args...) }
func URLQueryEscaper(args ...any) string { return template.URLQueryEscaper(args...) }
func IsTrue(val any) (truth, ok bool)    { return template.IsTrue(val) }
