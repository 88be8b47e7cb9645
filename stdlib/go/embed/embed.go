// Package embed gives the running program read access to the files that embed
// directives named when it was compiled. minigo's checker resolves a directive on a
// variable of type FS to a call of fromImage with every file packed in one string.
package embed

import (
	"errors"
	"io"
	"io/fs"
	"time"
)

// file is one file or directory of an FS. It is the fs.FileInfo and fs.DirEntry of
// itself.
type file struct {
	path string // slash-separated, relative to the package directory; "." for the root
	data string
	dir  bool
}

// FS is a read-only tree of embedded files; the zero FS is empty. It implements fs.FS,
// fs.ReadDirFS and fs.ReadFileFS.
type FS struct {
	// All entries but the root, sorted by path, so that the children of a directory are
	// consecutive (among them, in name order).
	entries *[]file
}

var rootFile = &file{path: ".", dir: true}

var (
	errNotDir = errors.New("not a directory")
	errIsDir  = errors.New("is a directory")
)

// pathError describes a failed operation on the named path.
func pathError(op, path string, err error) error {
	return &fs.PathError{Op: op, Path: path, Err: err}
}

// fromImage builds an FS from its packed form: for each file in path order, the path, a
// NUL byte, the length of the contents in decimal, a NUL byte and the contents.
func fromImage(image string) FS {
	var list []file
	seen := map[string]bool{}
	for len(image) > 0 {
		name, rest := cutNUL(image)
		length, rest := cutNUL(rest)
		n := 0
		for _, c := range length {
			n = n*10 + int(c-'0')
		}
		list = append(list, file{path: name, data: rest[:n]})
		image = rest[n:]
		// The directories on the way to the file.
		for dir := parent(name); dir != "." && !seen[dir]; dir = parent(dir) {
			seen[dir] = true
			list = append(list, file{path: dir, dir: true})
		}
	}
	// Insertion sort by path: the lists are short and mostly in order already.
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].path < list[j-1].path; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	return FS{entries: &list}
}

func cutNUL(s string) (before, after string) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

// parent is the directory holding path ("." at the top).
func parent(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[:i]
		}
	}
	return "."
}

func (e *file) Name() string {
	for i := len(e.path) - 1; i >= 0; i-- {
		if e.path[i] == '/' {
			return e.path[i+1:]
		}
	}
	return e.path
}

func (e *file) Size() int64 { return int64(len(e.data)) }

func (e *file) Mode() fs.FileMode {
	if e.dir {
		return fs.ModeDir | 0555
	}
	return 0444
}

func (e *file) ModTime() time.Time         { return time.Time{} }
func (e *file) IsDir() bool                { return e.dir }
func (e *file) Sys() any                   { return nil }
func (e *file) Type() fs.FileMode          { return e.Mode().Type() }
func (e *file) Info() (fs.FileInfo, error) { return e, nil }
func (e *file) String() string             { return fs.FormatFileInfo(e) }

// lookup finds the file of a valid path, or nil.
func (f FS) find(name string) *file {
	if name == "." {
		return rootFile
	}
	if f.entries == nil {
		return nil
	}
	list := *f.entries
	lo, hi := 0, len(list)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if list[mid].path < name {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(list) && list[lo].path == name {
		return &list[lo]
	}
	return nil
}

// children lists the entries directly inside directory dir, in name order.
func (f FS) children(dir string) []*file {
	var out []*file
	if f.entries == nil {
		return out
	}
	list := *f.entries
	for i := range list {
		if parent(list[i].path) == dir {
			out = append(out, &list[i])
		}
	}
	return out
}

// Open opens the named file or directory for reading; the result is an
// fs.ReadDirFile for a directory and an io.Seeker and io.ReaderAt for a file.
func (f FS) Open(name string) (fs.File, error) {
	e := (*file)(nil)
	if fs.ValidPath(name) {
		e = f.find(name)
	}
	if e == nil {
		return nil, pathError("open", name, fs.ErrNotExist)
	}
	if e.dir {
		return &openDir{e: e, list: f.children(e.path)}, nil
	}
	return &openFile{e: e}, nil
}

// ReadDir lists the named directory in name order.
func (f FS) ReadDir(name string) ([]fs.DirEntry, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	d, ok := file.(*openDir)
	if !ok {
		return nil, pathError("read", name, errNotDir)
	}
	out := make([]fs.DirEntry, len(d.list))
	for i, e := range d.list {
		out[i] = e
	}
	return out, nil
}

// ReadFile returns the contents of the named file.
func (f FS) ReadFile(name string) ([]byte, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	of, ok := file.(*openFile)
	if !ok {
		return nil, pathError("read", name, errIsDir)
	}
	return []byte(of.e.data), nil
}

// openFile reads an embedded file.
type openFile struct {
	e      *file
	offset int64
}

func (f *openFile) Close() error               { return nil }
func (f *openFile) Stat() (fs.FileInfo, error) { return f.e, nil }

func (f *openFile) Read(b []byte) (int, error) {
	if f.offset >= int64(len(f.e.data)) {
		return 0, io.EOF
	}
	if f.offset < 0 {
		return 0, &fs.PathError{Op: "read", Path: f.e.path, Err: fs.ErrInvalid}
	}
	n := copy(b, f.e.data[f.offset:])
	f.offset += int64(n)
	return n, nil
}

func (f *openFile) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += f.offset
	case io.SeekEnd:
		offset += int64(len(f.e.data))
	}
	if offset < 0 || offset > int64(len(f.e.data)) {
		return 0, &fs.PathError{Op: "seek", Path: f.e.path, Err: fs.ErrInvalid}
	}
	f.offset = offset
	return offset, nil
}

func (f *openFile) ReadAt(b []byte, offset int64) (int, error) {
	if offset < 0 || offset > int64(len(f.e.data)) {
		return 0, &fs.PathError{Op: "read", Path: f.e.path, Err: fs.ErrInvalid}
	}
	n := copy(b, f.e.data[offset:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// openDir lists an embedded directory.
type openDir struct {
	e    *file
	list []*file
	next int
}

func (d *openDir) Close() error               { return nil }
func (d *openDir) Stat() (fs.FileInfo, error) { return d.e, nil }

func (d *openDir) Read([]byte) (int, error) {
	return 0, pathError("read", d.e.path+"/", errIsDir)
}

// ReadDir returns the next count entries (all the remaining ones if count <= 0).
func (d *openDir) ReadDir(count int) ([]fs.DirEntry, error) {
	n := len(d.list) - d.next
	if n == 0 && count > 0 {
		return nil, io.EOF
	}
	if count > 0 && n > count {
		n = count
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]fs.DirEntry, n)
	for i := range out {
		out[i] = d.list[d.next+i]
	}
	d.next += n
	return out, nil
}
