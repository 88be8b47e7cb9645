package main

import (
	"errors"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c", "//x//y/", "../../a", "/../a", "a/./b/.", "x.tar.gz", "dir/", "/a/b.c/d"} {
		d, f := filepath.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v local=%v\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), d, f, filepath.IsAbs(p), filepath.IsLocal(p))
	}
	fmt.Println(filepath.Join("a", "", "b/", "../c"), filepath.Join(), filepath.Join("", ""), filepath.Join("/", "x"), filepath.SplitList(""), len(filepath.SplitList("")), filepath.SplitList("/bin:/usr/bin::x"))
	fmt.Println(filepath.VolumeName("/x"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator), filepath.HasPrefix("/ab", "/a"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {".", "a/b"}, {"a/b", "."}, {"/", "/x"}, {"/x", "/"}, {"a", "/b"}, {"..", "a"}, {"../a", "../b"}, {"a/..", "b"}, {"x", "x"}, {"a/b/../c", "a/c/d"}, {"", "a"}, {"a", ".."}, {"a", "."}, {".", "."}, {"/a", "/a/."}} {
		r, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pair[0], pair[1], r, err)
	}
	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]*", "bx"}, {"[", "x"}, {"[^a]", "b"}, {"\\*", "*"}, {"a/*/c", "a/b/c"}, {"*", ".hidden"}} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Println(m, ok, err, err == filepath.ErrBadPattern)
	}
	fmt.Println(filepath.Localize("a/b"))
	fmt.Println(filepath.Localize("../a"))
	fmt.Println(filepath.Localize("a\x00b"))

	root, err := ioutil.TempDir("", "fpwalk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	os.Chdir(root)
	for _, d := range []string{"a/b/c", "a/skip/deep", "z", "m/n"} {
		os.MkdirAll(d, 0755)
	}
	for i, f := range []string{"a/1.txt", "a/b/2.go", "a/b/c/3.go", "a/skip/4.txt", "a/skip/deep/5.go", "z/6.txt", "top.go", "m/n/7.txt", "m/8.go", "m/9.txt"} {
		os.WriteFile(f, []byte(strings.Repeat("x", i)), 0644)
	}
	os.Symlink("a/b", "link")
	err = filepath.Walk(".", func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		size := info.Size() // a directory's size depends on the file system
		if info.IsDir() {
			size = -1
		}
		fmt.Println("walk", p, info.Name(), info.IsDir(), size, info.Mode()&fs.ModeSymlink != 0)
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		if p == "m/8.go" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walk done", err)
	err = filepath.WalkDir("a", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walkdir", p, d.Name(), d.IsDir(), d.Type())
		if d.Name() == "c" {
			return filepath.SkipDir
		}
		if p == "a/skip/4.txt" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("walkdir done", err)
	stop := errors.New("stop")
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if p == "a/b" {
			return stop
		}
		return nil
	})
	fmt.Println(err == stop)
	err = filepath.Walk("nothere", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("missing root", p, info == nil, err)
		return nil
	})
	fmt.Println(err)
	err = filepath.WalkDir("nothere", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("missing root", p, d == nil, err)
		return err
	})
	fmt.Println(err)
	for _, pat := range []string{"*.go", "a/*/*.go", "*/*.txt", "a/[bs]*", "nope*", "top.go", "missing.go", "[", "*/[", "a/*/deep/*"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("glob %q %q %v %v\n", pat, m, err, m == nil)
	}
	ev, err := filepath.EvalSymlinks("link/c/../2.go")
	fmt.Println(ev, err)
	ev, err = filepath.EvalSymlinks("link")
	fmt.Println(ev, err)
	_, err = filepath.EvalSymlinks("link/nothere")
	fmt.Println(err)
	abs, _ := filepath.Abs("x/../y")
	wd, _ := os.Getwd()
	fmt.Println(strings.TrimPrefix(abs, wd))
	abs, _ = filepath.Abs("/p/./q/")
	fmt.Println(abs)

	infos, err := ioutil.ReadDir(".")
	for _, fi := range infos {
		fmt.Print(fi.Name(), " ", fi.IsDir(), "; ")
	}
	fmt.Println(err)
	_, err = ioutil.ReadDir("nothere")
	fmt.Println(err)
	err = ioutil.WriteFile("w.txt", []byte("hello\n"), 0600)
	data, err2 := ioutil.ReadFile("w.txt")
	fmt.Printf("%q %v %v\n", data, err, err2)
	all, err := ioutil.ReadAll(strings.NewReader("reader"))
	fmt.Println(string(all), err)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n, err := ioutil.Discard.Write([]byte("abc"))
	fmt.Println(n, err)
	tf, err := ioutil.TempFile(root, "pre*suf")
	fmt.Println(err, strings.HasPrefix(filepath.Base(tf.Name()), "pre"), strings.HasSuffix(tf.Name(), "suf"), filepath.Dir(tf.Name()) == root)
	tf.WriteString("temp")
	tf.Close()
	td, err := ioutil.TempDir("", "tdir")
	st, _ := os.Stat(td)
	fmt.Println(err, st.IsDir(), st.Mode().Perm(), strings.HasPrefix(filepath.Base(td), "tdir"))
	os.Remove(td)
	_, err = ioutil.TempFile(root, "a/b")
	fmt.Println(err)
	_, err = ioutil.TempDir(root+"/nothere", "x")
	fmt.Println(err != nil)
	ff, err := ioutil.TempFile("", "")
	fmt.Println(err, filepath.Dir(ff.Name()) == os.TempDir())
	os.Remove(ff.Name())
}
