package template

import (
	"internal/tmplfiles"
	"io/fs"
)

// ParseFiles creates a template named after the first file's base name and parses each
// file as a template named after its base name.
func ParseFiles(filenames ...string) (*Template, error) {
	return load(nil, tmplfiles.OS, filenames, nil)
}

// ParseFiles parses the named files as templates associated with t; a file whose base name
// is t's name becomes t's body.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	t.ensureFamily()
	return load(t, tmplfiles.OS, filenames, nil)
}

// ParseGlob parses the files matching pattern, as ParseFiles does.
func ParseGlob(pattern string) (*Template, error) { return globbed(nil, pattern) }

// ParseGlob parses the files matching pattern into t's family.
func (t *Template) ParseGlob(pattern string) (*Template, error) {
	t.ensureFamily()
	return globbed(t, pattern)
}

// ParseFS is ParseGlob over a file system: each pattern is matched with fs.Glob.
func ParseFS(fsys fs.FS, patterns ...string) (*Template, error) { return fromFS(nil, fsys, patterns) }

// ParseFS parses the files of fsys matching the patterns into t's family.
func (t *Template) ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	t.ensureFamily()
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
	files, read, err := tmplfiles.FS(fsys, patterns, msgNoMatch)
	return load(t, read, files, err)
}
