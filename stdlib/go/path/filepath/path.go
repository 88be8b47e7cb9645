// Package filepath handles file paths of the operating system: on Linux they are
// slash-separated, so the lexical functions agree with package path; the others (Abs,
// EvalSymlinks, Glob, Walk, WalkDir) consult the file system.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

// The separators of this system.
const (
	Separator     = '/'
	ListSeparator = ':'
)

var (
	// ErrBadPattern is the error of Match and Glob for a malformed pattern.
	ErrBadPattern = errors.New("syntax error in pattern")
	// SkipDir and SkipAll are io/fs's values (a walk function may return either).
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// Clean returns the shortest path naming the same file by lexical processing only
// (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Join joins the non-empty elements with separators and cleans the result; "" when all
// are empty.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits p after its last separator: Join(dir, file) == p for the cleaned forms.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base returns the last element of p ("." for "", "/" for only separators).
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of p, cleaned.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the extension of p's last element: from its last dot, or "".
func Ext(p string) string { return path.Ext(p) }

// IsAbs reports whether p is absolute (starts with a separator).
func IsAbs(p string) bool { return strings.HasPrefix(p, "/") }

// VolumeName is always "" on Linux.
func VolumeName(p string) string { return "" }

// ToSlash and FromSlash change nothing on Linux, where the separator is '/'.
func ToSlash(p string) string   { return p }
func FromSlash(p string) string { return p }

// SplitList splits a PATH-style list at ':' (no elements for "").
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

// HasPrefix is strings.HasPrefix (deprecated: it ignores path boundaries).
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// IsLocal reports whether p, lexically, names something inside the directory it is
// evaluated in: not empty, not absolute, and not escaping through "..".
func IsLocal(p string) bool {
	if p == "" || IsAbs(p) {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// Localize turns a slash-separated, fs.ValidPath path into a path of this system.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errors.New("invalid path")
	}
	return p, nil
}

// Abs returns an absolute, cleaned form of p, relative to the working directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// parts splits a cleaned path into its elements ("." and "/" have none).
func parts(p string) []string {
	if strings.HasPrefix(p, "/") {
		p = p[1:]
	}
	if p == "" || p == "." {
		return nil
	}
	return strings.Split(p, "/")
}

func relError(base, targ string) error {
	return errors.New("Rel: can't make " + targ + " relative to " + base)
}

var errTooManyLinks = errors.New("EvalSymlinks: too many links")

// walkResult is a walk's error: SkipDir and SkipAll only steered it.
func walkResult(err error) error {
	switch err {
	case SkipDir, SkipAll:
		return nil
	}
	return err
}

// checkPattern reports ErrBadPattern for a malformed pattern.
func checkPattern(p string) error {
	_, err := Match(p, "")
	return err
}

// Rel returns a relative path that names targpath when joined to basepath, by lexical
// processing. Both must be absolute or both relative, and basepath must not need
// knowledge of the working directory (".." left over in it).
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", relError(basepath, targpath)
	}
	b, t := parts(base), parts(targ)
	if targ == "." {
		t = []string{"."} // kept as an element: Rel("a/b", ".") is "../../."
	}
	common := 0
	for common < len(b) && common < len(t) && b[common] == t[common] {
		common++
	}
	var out []string
	for _, e := range b[common:] {
		if e == ".." {
			return "", relError(basepath, targpath)
		}
		out = append(out, "..")
	}
	out = append(out, t[common:]...)
	if len(out) == 0 {
		return ".", nil
	}
	return strings.Join(out, "/"), nil
}

// Match reports whether name matches the shell pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) {
	ok, err := path.Match(pattern, name)
	if err != nil {
		return false, ErrBadPattern
	}
	return ok, nil
}

// hasMeta reports whether p has any of Match's special characters.
func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// Glob returns the names of the files matching pattern, or nil; the only error is
// ErrBadPattern. Unreadable directories are ignored.
func Glob(pattern string) ([]string, error) {
	if err := checkPattern(pattern); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch {
	case dir == "":
		dir = "."
	case len(dir) > 1:
		dir = strings.TrimSuffix(dir, "/")
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	dirs, err := Glob(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range dirs {
		if out, err = globDir(d, file, out); err != nil {
			return out, err
		}
	}
	return out, nil
}

// globDir appends the names in directory dir matching pattern to out.
func globDir(dir, pattern string, out []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return out, nil
	}
	names, err := dirNames(dir)
	if err != nil {
		return out, nil
	}
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return out, err
		}
		if ok {
			out = append(out, Join(dir, n))
		}
	}
	return out, nil
}

// dirNames returns the sorted names in directory dir (those read before an error too).
func dirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(0)
	f.Close()
	sort.Strings(names)
	return names, err
}

// EvalSymlinks returns p with every symbolic link in it replaced by its target, cleaned.
func EvalSymlinks(p string) (string, error) {
	const maxLinks = 255
	links := 0
	var done string // resolved prefix
	rest := p
	if IsAbs(p) {
		done = "/"
	}
	for rest != "" {
		var elem string
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			elem, rest = rest[:i], rest[i+1:]
		} else {
			elem, rest = rest, ""
		}
		switch elem {
		case "", ".":
			continue
		case "..":
			switch {
			case done == "" || done == ".." || strings.HasSuffix(done, "/.."):
				done = Join(done, "..")
				if done == "" {
					done = ".."
				}
			case done != "/":
				done = Dir(done)
				if done == "." {
					done = ""
				}
			}
			continue
		}
		next := Join(done, elem)
		if done == "" {
			next = elem
		}
		info, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		if links++; links > maxLinks {
			return "", errTooManyLinks
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		// Continue with the target in place of the link.
		rest = strings.TrimSuffix(target+"/"+rest, "/")
		if IsAbs(target) {
			done = "/"
		}
	}
	if done == "" {
		return ".", nil
	}
	return Clean(done), nil
}

// WalkFunc is called by Walk for each file or directory, with the Lstat information,
// or with a nil info and the error when Lstat fails, or with the directory's info and
// the error when reading the directory fails (see Walk).
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the tree rooted at root in lexical order, calling fn for root and every
// file and directory below it, joined with Join. A directory's names are read before fn
// is called for it. Walk does not follow symbolic links.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkInfo(root, info, fn)
	}
	return walkResult(err)
}

// walkInfo visits p and what is below it. SkipDir coming back means: skip the rest of
// p's parent directory.
func walkInfo(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, rerr := dirNames(p)
	if err := fn(p, info, rerr); err != nil || rerr != nil {
		return err
	}
	for _, name := range names {
		child := Join(p, name)
		ci, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, ci, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		err = walkInfo(child, ci, fn)
		if err == SkipDir && ci.IsDir() {
			continue // that directory was skipped, the walk goes on
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// WalkDir walks the tree rooted at root in lexical order, calling fn for root and every
// file and directory below it (see fs.WalkDirFunc); fn sees a directory before it is
// read. WalkDir does not follow symbolic links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkEntry(root, fs.FileInfoToDirEntry(info), fn)
	}
	return walkResult(err)
}

func walkEntry(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	err := fn(p, d, nil)
	if !d.IsDir() {
		return err
	}
	switch err {
	case nil:
	case SkipDir:
		return nil
	default:
		return err
	}
	entries, rerr := os.ReadDir(p)
	if rerr != nil {
		if err := fn(p, d, rerr); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		switch err := walkEntry(Join(p, e.Name()), e, fn); err {
		case nil:
		case SkipDir:
			return nil
		default:
			return err
		}
	}
	return nil
}
