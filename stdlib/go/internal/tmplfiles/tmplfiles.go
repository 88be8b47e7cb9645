// Package tmplfiles finds and reads the files that text/template's and html/template's
// ParseFiles, ParseGlob and ParseFS take in; each package parses them into its own
// Template type through Load.
package tmplfiles

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// Reader gives a file's template name and its content.
type Reader func(file string) (name string, content []byte, err error)

// OS reads a file of the operating system; the template is named after its base name.
func OS(file string) (string, []byte, error) {
	b, err := os.ReadFile(file)
	return filepath.Base(file), b, err
}

// Family is what Load needs of a template type: its name, a new associated template,
// and parsing a body into it.
type Family[T any] interface {
	Name() string
	New(name string) T
	Parse(text string) (T, error)
}

// Load reads the files one by one and parses each into the template of the family named
// after it; root is nil when there is no family yet, and newRoot then starts one from the
// first file. A read or parse error stops at that file, as Go does.
func Load[T Family[T]](root T, isNil bool, newRoot func(string) T, read Reader, files []string, noFiles string) (T, error) {
	var zero T
	if len(files) == 0 {
		return zero, errors.New(noFiles)
	}
	for _, f := range files {
		name, text, err := read(f)
		if err != nil {
			return zero, err
		}
		if isNil {
			root, isNil = newRoot(name), false
		}
		into := root
		if root.Name() != name {
			into = root.New(name)
		}
		if _, err := into.Parse(string(text)); err != nil {
			return zero, err
		}
	}
	return root, nil
}

// Glob lists the files of the operating system matching pattern; none is an error made
// with the format noMatch.
func Glob(pattern, noMatch string) ([]string, error) {
	files, err := filepath.Glob(pattern)
	if err == nil && len(files) == 0 {
		err = fmt.Errorf(noMatch, pattern)
	}
	return files, err
}

// FS lists the files of fsys matching each pattern in turn, and gives their Reader.
func FS(fsys fs.FS, patterns []string, noMatch string) ([]string, Reader, error) {
	var files []string
	for _, p := range patterns {
		m, err := fs.Glob(fsys, p)
		if err == nil && len(m) == 0 {
			err = fmt.Errorf(noMatch, p)
		}
		if err != nil {
			return nil, nil, err
		}
		files = append(files, m...)
	}
	read := func(file string) (string, []byte, error) {
		b, err := fs.ReadFile(fsys, file)
		return path.Base(file), b, err
	}
	return files, read, nil
}
