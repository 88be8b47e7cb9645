// Go by Example: writing/reading files, line filters, file paths, directories, temp files.
package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gbe")
	check(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "dat1")
	check(os.WriteFile(p, []byte("hello\ngo\n"), 0644))
	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	n2, _ := f.Write([]byte{115, 111, 109, 101, 10})
	n3, _ := f.WriteString("writes\n")
	w := bufio.NewWriter(f)
	n4, _ := w.WriteString("buffered\n")
	w.Flush()
	f.Close()
	fmt.Println(n2, n3, n4)
	dat, _ := os.ReadFile(p)
	fmt.Print(string(dat))
	f, _ = os.Open(filepath.Join(dir, "dat2"))
	b1 := make([]byte, 5)
	n1, _ := f.Read(b1)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, _ := f.Seek(6, io.SeekStart)
	b2 := make([]byte, 2)
	n2, _ = f.Read(b2)
	fmt.Printf("%d bytes @ %d: %v\n", n2, o2, string(b2[:n2]))
	f.Seek(0, io.SeekStart)
	b3 := make([]byte, 2)
	n3, _ = io.ReadAtLeast(f, b3, 2)
	fmt.Printf("%d bytes: %s\n", n3, string(b3))
	r4 := bufio.NewReader(f)
	b4, _ := r4.Peek(5)
	fmt.Printf("5 bytes: %s\n", string(b4))
	f.Close()
	_, err = f.Read(b1)
	fmt.Println(err != nil)
	scanner := bufio.NewScanner(strings.NewReader("hello\nfilter\nlines"))
	for scanner.Scan() {
		fmt.Println(strings.ToUpper(scanner.Text()))
	}
	fmt.Println(filepath.Join("dir1//", "filename"), filepath.Join("dir1/../dir1", "filename"))
	fmt.Println(filepath.Dir("dir1/dir2/filename"), filepath.Base("dir1/dir2/filename"), filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext, strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	fmt.Println(rel, err)
	d1, f1 := path.Split("a/b/c.txt")
	fmt.Println(path.Clean("/a/b/../../../c/./d/"), d1, f1, filepath.SplitList("/a:/b"))
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m)
	sub := filepath.Join(dir, "subdir")
	check(os.Mkdir(sub, 0755))
	createEmptyFile := func(name string) { check(os.WriteFile(name, []byte(""), 0644)) }
	createEmptyFile(filepath.Join(sub, "file1"))
	check(os.MkdirAll(filepath.Join(sub, "parent/child"), 0755))
	createEmptyFile(filepath.Join(sub, "parent/file2"))
	createEmptyFile(filepath.Join(sub, "parent/file3"))
	createEmptyFile(filepath.Join(sub, "parent/child/file4"))
	c, err := os.ReadDir(filepath.Join(sub, "parent"))
	check(err)
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	var visited []string
	filepath.WalkDir(sub, func(p string, d fs.DirEntry, err error) error {
		r, _ := filepath.Rel(dir, p)
		visited = append(visited, fmt.Sprint(r, d.IsDir()))
		return nil
	})
	fmt.Println(visited)
	matches, _ := filepath.Glob(filepath.Join(sub, "parent", "file*"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	sort.Strings(matches)
	fmt.Println(matches)
	st, err := os.Stat(filepath.Join(sub, "parent/file2"))
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular(), err)
	_, err = os.Stat(filepath.Join(sub, "nope"))
	fmt.Println(os.IsNotExist(err), strings.Replace(err.Error(), dir, "DIR", 1))
	check(os.Rename(filepath.Join(sub, "file1"), filepath.Join(sub, "file9")))
	fa, err := os.OpenFile(filepath.Join(sub, "file9"), os.O_APPEND|os.O_WRONLY, 0644)
	check(err)
	fmt.Fprintf(fa, "x=%d\n", 5)
	fa.Close()
	data, _ := os.ReadFile(filepath.Join(sub, "file9"))
	fmt.Printf("%q\n", data)
	tf, _ := os.CreateTemp(dir, "sample-*.txt")
	fmt.Println(strings.HasPrefix(filepath.Base(tf.Name()), "sample-"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.Close()
}
