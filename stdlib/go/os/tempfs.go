package os

import (
	"errors"
	"io"
	"io/fs"
	"strings"
)

// errPatternSep is the error of a temporary-name pattern holding a '/'.
var errPatternSep = errors.New("pattern contains path separator")

// tempNamer splits a CreateTemp/MkdirTemp pattern at its last '*' and makes candidate
// names dir/prefix<random>suffix.
type tempNamer struct {
	dir, prefix, suffix string
}

func newTempNamer(op, dir, pattern string) (tempNamer, error) {
	if strings.ContainsRune(pattern, PathSeparator) {
		return tempNamer{}, &PathError{Op: op, Path: pattern, Err: errPatternSep}
	}
	t := tempNamer{dir: dir, prefix: pattern}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			t.prefix, t.suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if t.dir == "" {
		t.dir = TempDir()
	}
	if !IsPathSeparator(t.dir[len(t.dir)-1]) {
		t.dir += string(PathSeparator)
	}
	return t, nil
}

// next is a fresh candidate: the random part is a 32-bit number in decimal.
func (t tempNamer) next() string {
	var b [4]byte
	sysRandom(b[:])
	n := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	return t.dir + t.prefix + utoa(uint64(n)) + t.suffix
}

func utoa(n uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// tempTries bounds the attempts at an unused name.
const tempTries = 10000

// CreateTemp creates and opens (read-write, mode 0o600) a new file in dir, or in
// TempDir() when dir is empty. Its name is pattern with a random number in place of the
// last "*" (at the end if there is none). Removing it is the caller's job.
func CreateTemp(dir, pattern string) (*File, error) {
	namer, err := newTempNamer("createtemp", dir, pattern)
	if err != nil {
		return nil, err
	}
	for try := 0; ; try++ {
		name := namer.next()
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0o600)
		if err != nil && IsExist(err) && try < tempTries {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new directory (mode 0o700) named as CreateTemp names files, and
// returns its path.
func MkdirTemp(dir, pattern string) (string, error) {
	namer, err := newTempNamer("mkdirtemp", dir, pattern)
	if err != nil {
		return "", err
	}
	for try := 0; ; try++ {
		name := namer.next()
		err := Mkdir(name, 0o700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < tempTries {
			continue
		}
		if IsNotExist(err) {
			// Say which part is missing: the directory itself.
			if _, serr := Stat(namer.dir[:len(namer.dir)-1]); IsNotExist(serr) && dir != "" {
				return "", serr
			}
		}
		return "", err
	}
}

// DirFS is the tree under directory dir as an fs.FS (names are slash-separated,
// relative, checked with fs.ValidPath); it also answers Stat, ReadFile and ReadDir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

// path maps a name of the file system to a path of the operating system, or gives
// op's error for an invalid name or an empty root.
func (dir dirFS) path(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", pathError(op, name, ErrInvalid)
	}
	if dir == "" {
		return "", &PathError{Op: op, Path: name, Err: errors.New("os: DirFS with empty root")}
	}
	if name == "." {
		return string(dir), nil
	}
	root := string(dir)
	if IsPathSeparator(root[len(root)-1]) {
		return root + name, nil
	}
	return root + "/" + name, nil
}

// relabel makes a *PathError name the file-system path instead of the full one.
func relabel(err error, name string) error {
	var pe *PathError
	if errors.As(err, &pe) {
		pe.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.path("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, relabel(err, name)
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.path("stat", name)
	if err != nil {
		return nil, err
	}
	info, err := Stat(full)
	if err != nil {
		return nil, relabel(err, name)
	}
	return info, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.path("readfile", name)
	if err != nil {
		return nil, err
	}
	b, err := ReadFile(full)
	if err != nil {
		return nil, relabel(err, name)
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.path("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := ReadDir(full)
	if err != nil {
		return nil, relabel(err, name)
	}
	return entries, nil
}

// CopyFS copies every directory and regular file of fsys under dir (created if
// missing): directories with mode 0o777, files with 0o666 plus the source's execute
// bits (before umask). An existing file is never replaced: it is an error, and so is
// any irregular file (a symbolic link...).
func CopyFS(dir string, fsys fs.FS) error {
	copyOne := func(path string, d fs.DirEntry, walkErr error) error {
		if walkErr != nil {
			return walkErr
		}
		target := dir
		if path != "." {
			target = dir + "/" + path
		}
		if d.IsDir() {
			return MkdirAll(target, 0o777)
		}
		if !d.Type().IsRegular() {
			return pathError("CopyFS", path, ErrInvalid)
		}
		src, err := fsys.Open(path)
		if err != nil {
			return err
		}
		defer src.Close()
		info, err := src.Stat()
		if err != nil {
			return err
		}
		dst, err := OpenFile(target, O_CREATE|O_EXCL|O_WRONLY, 0o666|info.Mode()&0o777)
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, src); err != nil {
			dst.Close()
			return &PathError{Op: "Copy", Path: target, Err: err}
		}
		return dst.Close()
	}
	return fs.WalkDir(fsys, ".", copyOne)
}

