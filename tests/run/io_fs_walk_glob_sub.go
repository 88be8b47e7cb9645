package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"
)

// memFS is a small in-memory file system: paths of files to contents; directories are
// implied by the paths.
type memFS map[string]string

type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0555
	}
	return 0444
}
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }

type memFile struct {
	info    memInfo
	r       *strings.Reader
	entries []fs.DirEntry
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Read(b []byte) (int, error) {
	if f.info.dir {
		return 0, errors.New("is a directory")
	}
	return f.r.Read(b)
}
func (f *memFile) Close() error { return nil }
func (f *memFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if f.info.name == "broken" {
		return f.entries[:1], errors.New("disk on fire")
	}
	return f.entries, nil
}

func base(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[i+1:]
	}
	return p
}

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if data, ok := m[name]; ok {
		return &memFile{info: memInfo{name: base(name), size: int64(len(data))}, r: strings.NewReader(data)}, nil
	}
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var entries []fs.DirEntry
	for p := range m {
		if !strings.HasPrefix(p, prefix) {
			continue
		}
		rest := p[len(prefix):]
		child, _, isDir := strings.Cut(rest, "/")
		if seen[child] {
			continue
		}
		seen[child] = true
		size := int64(len(m[p]))
		if isDir {
			size = 0
		}
		entries = append(entries, fs.FileInfoToDirEntry(memInfo{name: child, size: size, dir: isDir}))
	}
	if len(entries) == 0 {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	// Deliberately unsorted: fs.ReadDir sorts.
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() > entries[j].Name() })
	return &memFile{info: memInfo{name: base(name), dir: true}, entries: entries}, nil
}

func main() {
	fmt.Println(fs.SkipDir, "|", fs.SkipAll)
	m := memFS{"a/x.txt": "hello", "a/b/y.go": "package y", "a/b/c/z.go": "zz", "top.go": "t", "skip/w.txt": "w", "broken/1.txt": "1", "broken/2.txt": "2", "q/r/s.md": "s"}
	err := fs.WalkDir(m, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("error at", p, err)
			return nil
		}
		info, _ := d.Info()
		fmt.Println(p, d.Name(), d.IsDir(), info.Size())
		if d.Name() == "skip" {
			return fs.SkipDir
		}
		if p == "q/r/s.md" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println("done", err)
	err = fs.WalkDir(m, "missing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("missing:", p, d == nil, err)
		return err
	})
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	err = fs.WalkDir(m, "a", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("a:", p)
		if p == "a/b/y.go" {
			return fs.SkipDir // rest of a/b skipped
		}
		return nil
	})
	fmt.Println(err)
	list, err := fs.ReadDir(m, "a")
	for _, e := range list {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
	data, err := fs.ReadFile(m, "a/b/y.go")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(m, "nope")
	fmt.Println(err)
	st, err := fs.Stat(m, "a/b")
	fmt.Println(st.Name(), st.IsDir(), err)
	for _, pat := range []string{"*.go", "a/*", "*/*/*.go", "a/b/c/z.go", "nope", "[", "?/x.txt"} {
		g, err := fs.Glob(m, pat)
		fmt.Printf("%q %q %v\n", pat, g, err)
	}
	sub, err := fs.Sub(m, "a/b")
	fmt.Println(err)
	data, err = fs.ReadFile(sub, "c/z.go")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(sub, "c/none")
	fmt.Println(err)
	g, err := fs.Glob(sub, "*/*.go")
	fmt.Println(g, err)
	list, err = fs.ReadDir(sub, ".")
	for _, e := range list {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
	_, err = fs.Sub(m, "../x")
	fmt.Println(err)
	same, _ := fs.Sub(m, ".")
	_, isMem := same.(memFS)
	fmt.Println(isMem)
	fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("sub:", p, d.IsDir())
		return nil
	})
	var r io.Reader = strings.NewReader("")
	_ = r
}
