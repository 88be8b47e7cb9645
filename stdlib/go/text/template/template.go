// Package template executes data-driven text templates.
package template

import (
	"fmt"
	"reflect"
	"sync"
	"text/template/parse"
)

// missingKeyMode says what a map lookup of an absent key yields.
type missingKeyMode int

const (
	missingInvalid missingKeyMode = iota // "<no value>"
	missingZero                          // the element type's zero value
	missingError                         // an execution error
)

// family is what associated templates share: the name table, functions and options.
type family struct {
	mu       sync.RWMutex
	byName   map[string]*Template
	parseFns FuncMap                  // names the parser accepts
	execFns  map[string]reflect.Value // what those names call
	missing  missingKeyMode
}

// Template is a parsed template; templates created from one another with New, Parse or
// {{define}} form a family that can invoke each other by name.
type Template struct {
	name string
	*parse.Tree
	*family
	leftDelim  string
	rightDelim string
}

// New allocates an undefined template with the given name.
func New(name string) *Template {
	t := &Template{name: name}
	t.ensureFamily()
	return t
}

// Name returns the template's name.
func (t *Template) Name() string { return t.name }

// New allocates a template associated with t, sharing its delimiters and functions.
func (t *Template) New(name string) *Template {
	t.ensureFamily()
	return &Template{name: name, family: t.family, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
}

func (t *Template) ensureFamily() {
	if t.family == nil {
		t.family = &family{
			byName:   make(map[string]*Template),
			parseFns: make(FuncMap),
			execFns:  make(map[string]reflect.Value),
		}
	}
}

// Clone returns a copy of t and its associated templates; later additions to either do
// not affect the other.
func (t *Template) Clone() (*Template, error) {
	c := &Template{name: t.name, Tree: t.Tree, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
	c.ensureFamily()
	if t.family == nil {
		return c, nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	for name, m := range t.byName {
		if name == t.name {
			c.byName[name] = c
			continue
		}
		c.byName[name] = &Template{name: m.name, Tree: m.Tree, family: c.family, leftDelim: m.leftDelim, rightDelim: m.rightDelim}
	}
	for k, v := range t.parseFns {
		c.parseFns[k] = v
	}
	for k, v := range t.execFns {
		c.execFns[k] = v
	}
	c.missing = t.missing
	return c, nil
}

// AddParseTree associates tree with t under name (t itself when name is t's name).
func (t *Template) AddParseTree(name string, tree *parse.Tree) (*Template, error) {
	t.ensureFamily()
	t.mu.Lock()
	defer t.mu.Unlock()
	nt := t
	if name != t.name {
		nt = t.New(name)
	}
	if t.install(nt, tree) || nt.Tree == nil {
		nt.Tree = tree
	}
	return nt, nil
}

// install records nt in the family unless that would replace a defined template by an
// empty one.
func (t *Template) install(nt *Template, tree *parse.Tree) bool {
	if old := t.byName[nt.name]; old != nil && parse.IsEmptyTree(tree.Root) && old.Tree != nil {
		return false
	}
	t.byName[nt.name] = nt
	return true
}

// Templates returns the defined templates associated with t, t included.
func (t *Template) Templates() []*Template {
	if t.family == nil {
		return nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make([]*Template, 0, len(t.byName))
	for _, m := range t.byName {
		out = append(out, m)
	}
	return out
}

// Delims sets the action delimiters for later Parse calls; empty means the default.
func (t *Template) Delims(left, right string) *Template {
	t.ensureFamily()
	t.leftDelim, t.rightDelim = left, right
	return t
}

// Funcs adds the functions of funcMap to the family. It panics if a name is not an
// identifier or a value is not a function with one result or a result and an error.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.ensureFamily()
	t.mu.Lock()
	defer t.mu.Unlock()
	for name, fn := range funcMap {
		if !isIdentifier(name) {
			panic(fmt.Errorf(msgBadFuncName, name))
		}
		v := reflect.ValueOf(fn)
		if v.Kind() != reflect.Func {
			panic(fmt.Sprintf(msgNotFunc, name))
		}
		if err := checkResults(name, v.Type()); err != nil {
			panic(err)
		}
		t.execFns[name] = v
		t.parseFns[name] = fn
	}
	return t
}

// Lookup returns the template called name in t's family, or nil.
func (t *Template) Lookup(name string) *Template {
	if t.family == nil {
		return nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.byName[name]
}

// Parse parses text as the body of t; {{define}} and {{block}} in it add templates to the
// family. A template redefined later replaces the earlier definition.
func (t *Template) Parse(text string) (*Template, error) {
	t.ensureFamily()
	t.mu.RLock()
	trees, err := parse.Parse(t.name, text, t.leftDelim, t.rightDelim, t.parseFns, builtinNames)
	t.mu.RUnlock()
	if err != nil {
		return nil, err
	}
	for name := range trees {
		if _, err := t.AddParseTree(name, trees[name]); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Option sets execution options: "missingkey=default" (or "invalid"), "missingkey=zero",
// "missingkey=error".
func (t *Template) Option(opts ...string) *Template {
	t.ensureFamily()
	for _, opt := range opts {
		if opt == "" {
			panic("empty option string")
		}
		switch opt {
		case "missingkey=default", "missingkey=invalid":
			t.missing = missingInvalid
		case "missingkey=zero":
			t.missing = missingZero
		case "missingkey=error":
			t.missing = missingError
		default:
			panic(fmt.Sprintf(msgBadOption, opt))
		}
	}
	return t
}

// Must panics if err is not nil and returns t otherwise.
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}
