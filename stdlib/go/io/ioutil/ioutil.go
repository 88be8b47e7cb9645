// Package ioutil keeps the old names of functions that now live in io and os (it is
// deprecated in Go since 1.16, and kept because programs still use it).
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// ReadAll reads r to its end (io.ReadAll).
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile returns the contents of the named file (os.ReadFile).
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to the named file, creating it with perm if needed (os.WriteFile).
func WriteFile(name string, b []byte, mode fs.FileMode) error {
	return os.WriteFile(name, b, mode)
}

// ReadDir returns the FileInfo of each entry of the named directory, sorted by name.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	infos, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	return infos, nil
}

// NopCloser wraps r with a Close that does nothing (io.NopCloser).
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer on which every write succeeds without doing anything (io.Discard).
var (
	Discard io.Writer = io.Discard
)

// TempFile creates a new file in dir (os.TempDir() when empty) named from pattern, with
// a random string in place of its last "*" or appended, opens it for reading and
// writing, and returns it. The caller removes it when done.
func TempFile(dir, pattern string) (*os.File, error) { return createTemp(dir, pattern) }

// TempDir creates a new directory in dir named as TempFile names files, and returns its
// path.
func TempDir(dir, pattern string) (string, error) { return makeTempDir(dir, pattern) }
