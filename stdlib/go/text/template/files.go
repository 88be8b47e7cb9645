package template

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// ParseFiles creates a template named after the first file's base name and parses each
// file as a template named after its base name.
func ParseFiles(filenames ...string) (*Template, error) {
	return fromFiles(nil, readOSFile, filenames...)
}

// ParseFiles parses the named files as templates associated with t; a file whose base name
// is t's name becomes t's body.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	t.ensureFamily()
	return fromFiles(t, readOSFile, filenames...)
}

// ParseGlob parses the files matching pattern, as ParseFiles does.
func ParseGlob(pattern string) (*Template, error) { return fromGlob(nil, pattern) }

// ParseGlob parses the files matching pattern into t's family.
func (t *Template) ParseGlob(pattern string) (*Template, error) {
	t.ensureFamily()
	return fromGlob(t, pattern)
}

// ParseFS is ParseGlob over a file system: each pattern is matched with fs.Glob.
func ParseFS(fsys fs.FS, patterns ...string) (*Template, error) { return fromFS(nil, fsys, patterns) }

// ParseFS parses the files of fsys matching the patterns into t's family.
func (t *Template) ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	t.ensureFamily()
	return fromFS(t, fsys, patterns)
}

func readOSFile(name string) (string, []byte, error) {
	b, err := os.ReadFile(name)
	return filepath.Base(name), b, err
}

func fromFiles(t *Template, read func(string) (string, []byte, error), filenames ...string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, errors.New(msgNoFiles)
	}
	for _, file := range filenames {
		name, b, err := read(file)
		if err != nil {
			return nil, err
		}
		if t == nil {
			t = New(name)
		}
		target := t
		if name != t.Name() {
			target = t.New(name)
		}
		if _, err := target.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func fromGlob(t *Template, pattern string) (*Template, error) {
	names, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf(msgNoMatch, pattern)
	}
	return fromFiles(t, readOSFile, names...)
}

func fromFS(t *Template, fsys fs.FS, patterns []string) (*Template, error) {
	var names []string
	for _, p := range patterns {
		m, err := fs.Glob(fsys, p)
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf(msgNoMatch, p)
		}
		names = append(names, m...)
	}
	read := func(name string) (string, []byte, error) {
		b, err := fs.ReadFile(fsys, name)
		return path.Base(name), b, err
	}
	return fromFiles(t, read, names...)
}
