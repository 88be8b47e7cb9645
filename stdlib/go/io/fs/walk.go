package fs

import (
	"errors"
	"io"
	"path"
	"sort"
)

// The two values a walk function returns to steer a walk rather than to end it.
var (
	// SkipDir: do not descend into this directory (or, returned for a file, skip the
	// rest of its directory).
	SkipDir = errors.New("skip this directory")
	// SkipAll: stop the walk, successfully.
	SkipAll = errors.New("skip everything and stop the walk")
)

// WalkDirFunc is called by WalkDir for each file or directory: with err == nil before a
// directory is read, and a second time with the error if reading it fails; for a root
// that cannot be stat'ed, with d == nil and the error. Returning SkipDir or SkipAll
// steers the walk; any other error ends it.
type WalkDirFunc func(path string, d DirEntry, err error) error

// ReadDirFS is an FS that reads directories itself.
type ReadDirFS interface {
	FS
	// ReadDir reads the named directory, sorted by file name.
	ReadDir(string) ([]DirEntry, error)
}

// ReadFileFS is an FS that reads whole files itself.
type ReadFileFS interface {
	FS
	// ReadFile returns the contents of the named file; the caller may keep the slice.
	ReadFile(string) ([]byte, error)
}

// StatFS is an FS with a Stat method.
type StatFS interface {
	FS
	// Stat describes the named file.
	Stat(string) (FileInfo, error)
}

// GlobFS is an FS with its own Glob.
type GlobFS interface {
	FS
	// Glob returns the names of the files matching pattern.
	Glob(string) ([]string, error)
}

// SubFS is an FS with its own Sub.
type SubFS interface {
	FS
	// Sub returns the FS rooted at dir.
	Sub(string) (FS, error)
}

// ReadDir reads the named directory of fsys and returns its entries sorted by name,
// through fsys's own ReadDir when it has one.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if rd, ok := fsys.(ReadDirFS); ok {
		return rd.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		return nil, pathError("readdir", name, errNoReadDir)
	}
	list, err := dir.ReadDir(-1)
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, err
}

// ReadFile returns the contents of the named file of fsys.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var data []byte
	chunk := make([]byte, 4096)
	for {
		n, err := f.Read(chunk)
		data = append(data, chunk[:n]...)
		switch {
		case err == io.EOF:
			return data, nil
		case err != nil:
			return data, err
		}
	}
}

// Stat describes the named file of fsys.
func Stat(fsys FS, name string) (FileInfo, error) {
	if sf, ok := fsys.(StatFS); ok {
		return sf.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// WalkDir walks the tree of fsys rooted at root in lexical order, calling fn for root
// and everything below it (see WalkDirFunc). It does not follow symbolic links.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkTree(root, FileInfoToDirEntry(info), fn, func(dir string) ([]DirEntry, error) { return ReadDir(fsys, dir) })
	}
	switch err {
	case SkipDir, SkipAll:
		return nil
	}
	return err
}

// walkTree visits p (described by d) and, for a directory, what is below it. It returns
// SkipDir when the rest of p's parent is to be skipped, SkipAll or another error to end
// the walk.
func walkTree(p string, d DirEntry, fn WalkDirFunc, readDir func(string) ([]DirEntry, error)) error {
	err := fn(p, d, nil)
	if !d.IsDir() {
		return err
	}
	switch err {
	case nil:
	case SkipDir:
		return nil // skip only this directory
	default:
		return err
	}
	entries, rerr := readDir(p)
	if rerr != nil {
		// Report the failed read; the entries read before it are still walked.
		if err := fn(p, d, rerr); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		err := walkTree(path.Join(p, e.Name()), e, fn, readDir)
		if err == SkipDir {
			break
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Glob returns the names in fsys matching pattern (path.Match syntax), or nil. The only
// error is path.ErrBadPattern.
func Glob(fsys FS, pattern string) ([]string, error) {
	if g, ok := fsys.(GlobFS); ok {
		return g.Glob(pattern)
	}
	if err := checkPattern(pattern); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, last := path.Split(pattern)
	dir = trimDir(dir)
	if !hasMeta(dir) {
		return globIn(fsys, dir, last, nil)
	}
	dirs, err := Glob(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range dirs {
		if out, err = globIn(fsys, d, last, out); err != nil {
			return out, err
		}
	}
	return out, nil
}

// checkPattern reports path.ErrBadPattern for a malformed pattern.
func checkPattern(p string) error {
	_, err := path.Match(p, "")
	return err
}

var errNoReadDir = errors.New("not implemented")

func pathError(op, p string, err error) *PathError {
	return &PathError{op, p, err}
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// trimDir turns the directory part of a split pattern into a path of its own.
func trimDir(dir string) string {
	switch {
	case dir == "":
		return "."
	case len(dir) > 1 && dir[len(dir)-1] == '/':
		return dir[:len(dir)-1]
	}
	return dir
}

// globIn appends the entries of dir matching pattern to out.
func globIn(fsys FS, dir, pattern string, out []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return out, nil // unreadable directories match nothing
	}
	for _, e := range entries {
		ok, err := path.Match(pattern, e.Name())
		if err != nil {
			return out, err
		}
		if ok {
			out = append(out, path.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// Sub returns the FS of the subtree of fsys rooted at dir.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, pathError("sub", dir, ErrInvalid)
	}
	if dir == "." {
		return fsys, nil
	}
	if s, ok := fsys.(SubFS); ok {
		return s.Sub(dir)
	}
	return &subtree{parent: fsys, dir: dir}, nil
}

// subtree is the FS of a directory of another FS: names are prefixed with dir on the
// way in, and taken off the paths of errors on the way out.
type subtree struct {
	parent FS
	dir    string
}

func (s *subtree) full(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", pathError(op, name, ErrInvalid)
	}
	return path.Join(s.dir, name), nil
}

// short rewrites the path of a *PathError back to the subtree's view.
func (s *subtree) short(err error) error {
	pe, ok := err.(*PathError)
	if !ok {
		return err
	}
	if pe.Path == s.dir {
		pe.Path = "."
	} else if len(pe.Path) > len(s.dir) && pe.Path[:len(s.dir)] == s.dir && pe.Path[len(s.dir)] == '/' {
		pe.Path = pe.Path[len(s.dir)+1:]
	}
	return pe
}

func (s *subtree) Open(name string) (File, error) {
	full, err := s.full("open", name)
	if err != nil {
		return nil, err
	}
	f, err := s.parent.Open(full)
	return f, s.short(err)
}

func (s *subtree) ReadDir(name string) ([]DirEntry, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	list, err := ReadDir(s.parent, full)
	return list, s.short(err)
}

func (s *subtree) ReadFile(name string) ([]byte, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(s.parent, full)
	return data, s.short(err)
}

func (s *subtree) Glob(pattern string) ([]string, error) {
	if err := checkPattern(pattern); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	names, err := Glob(s.parent, path.Join(s.dir, pattern))
	for i, n := range names {
		names[i] = n[len(s.dir)+1:]
	}
	return names, err
}

func (s *subtree) Sub(dir string) (FS, error) {
	if dir == "." {
		return s, nil
	}
	full, err := s.full("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subtree{parent: s.parent, dir: full}, nil
}
