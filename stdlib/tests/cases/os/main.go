// Compares mg/os with the real os package on a scratch directory: results and error
// texts of file operations, environment, and io/fs helpers.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	mgio "mg/io"
	mgfs "mg/io/fs"
	mg "mg/os"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 40 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	base, _ := os.MkdirTemp("", "mgos")
	defer os.RemoveAll(base)
	a := filepath.Join(base, "a") // used by mg
	b := filepath.Join(base, "b") // used by real os
	// The same sequence of operations in two parallel trees; paths in messages are
	// rewritten from b to a before comparing.
	fix := func(s string) string { return strings.ReplaceAll(s, b, a) }
	type step struct {
		name string
		m    func(root string) string
		r    func(root string) string
	}
	steps := []step{
		{"Mkdir", func(p string) string { return es(mg.Mkdir(p, 0755)) }, func(p string) string { return es(os.Mkdir(p, 0755)) }},
		{"Mkdir again", func(p string) string { return es(mg.Mkdir(p, 0755)) }, func(p string) string { return es(os.Mkdir(p, 0755)) }},
		{"MkdirAll", func(p string) string { return es(mg.MkdirAll(p+"/x/y/z", 0755)) }, func(p string) string { return es(os.MkdirAll(p+"/x/y/z", 0755)) }},
		{"MkdirAll existing", func(p string) string { return es(mg.MkdirAll(p+"/x/y/", 0755)) }, func(p string) string { return es(os.MkdirAll(p+"/x/y/", 0755)) }},
		{"WriteFile", func(p string) string { return es(mg.WriteFile(p+"/f.txt", []byte("hello\nworld\n"), 0644)) }, func(p string) string { return es(os.WriteFile(p+"/f.txt", []byte("hello\nworld\n"), 0644)) }},
		{"MkdirAll over file", func(p string) string { return es(mg.MkdirAll(p+"/f.txt/q", 0755)) }, func(p string) string { return es(os.MkdirAll(p+"/f.txt/q", 0755)) }},
		{"ReadFile", func(p string) string { d, err := mg.ReadFile(p + "/f.txt"); return fmt.Sprintf("%q %s", d, es(err)) }, func(p string) string { d, err := os.ReadFile(p + "/f.txt"); return fmt.Sprintf("%q %s", d, es(err)) }},
		{"ReadFile missing", func(p string) string {
			_, err := mg.ReadFile(p + "/nope")
			return es(err) + fmt.Sprint(mg.IsNotExist(err), errors.Is(err, mgfs.ErrNotExist))
		}, func(p string) string {
			_, err := os.ReadFile(p + "/nope")
			return es(err) + fmt.Sprint(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
		}},
		{"Open dir as file", func(p string) string { _, err := mg.ReadFile(p); return es(err) }, func(p string) string { _, err := os.ReadFile(p); return es(err) }},
		{"Stat", func(p string) string {
			fi, err := mg.Stat(p + "/f.txt")
			return fmt.Sprint(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), es(err))
		}, func(p string) string {
			fi, err := os.Stat(p + "/f.txt")
			return fmt.Sprint(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), es(err))
		}},
		{"Stat dir", func(p string) string {
			fi, _ := mg.Stat(p + "/x/")
			return fmt.Sprint(fi.Name(), fi.Mode(), fi.IsDir())
		}, func(p string) string {
			fi, _ := os.Stat(p + "/x/")
			return fmt.Sprint(fi.Name(), fi.Mode(), fi.IsDir())
		}},
		{"Symlink", func(p string) string { return es(mg.Symlink("f.txt", p+"/link")) }, func(p string) string { return es(os.Symlink("f.txt", p+"/link")) }},
		{"Lstat", func(p string) string {
			fi, err := mg.Lstat(p + "/link")
			return fmt.Sprint(fi.Mode().Type(), fi.Mode()&mg.ModeSymlink != 0, es(err))
		}, func(p string) string {
			fi, err := os.Lstat(p + "/link")
			return fmt.Sprint(fi.Mode().Type(), fi.Mode()&os.ModeSymlink != 0, es(err))
		}},
		{"Readlink", func(p string) string { s, err := mg.Readlink(p + "/link"); return s + es(err) }, func(p string) string { s, err := os.Readlink(p + "/link"); return s + es(err) }},
		{"Open/Read/Seek", func(p string) string {
			f, err := mg.Open(p + "/f.txt")
			buf := make([]byte, 4)
			n, err2 := f.Read(buf)
			off, err3 := f.Seek(-3, 2)
			rest, err4 := mgio.ReadAll(f)
			n5, err5 := f.Read(buf)
			ra := make([]byte, 5)
			n6, err6 := f.ReadAt(ra, 8)
			c1 := f.Close()
			c2 := f.Close()
			_, rerr := f.Read(buf)
			return fmt.Sprintf("%s %d %q %d %s %d %s %q %s %d %s %d %q %s %s %s %s", es(err), n, buf, off, es(err2), off, es(err3), rest, es(err4), n5, es(err5), n6, ra, es(err6), es(c1), es(c2), es(rerr))
		}, func(p string) string {
			f, err := os.Open(p + "/f.txt")
			buf := make([]byte, 4)
			n, err2 := f.Read(buf)
			off, err3 := f.Seek(-3, 2)
			rest, err4 := io.ReadAll(f)
			n5, err5 := f.Read(buf)
			ra := make([]byte, 5)
			n6, err6 := f.ReadAt(ra, 8)
			c1 := f.Close()
			c2 := f.Close()
			_, rerr := f.Read(buf)
			return fmt.Sprintf("%s %d %q %d %s %d %s %q %s %d %s %d %q %s %s %s %s", es(err), n, buf, off, es(err2), off, es(err3), rest, es(err4), n5, es(err5), n6, ra, es(err6), es(c1), es(c2), es(rerr))
		}},
		{"Create/Write/WriteAt", func(p string) string {
			f, err := mg.Create(p + "/g.txt")
			n1, e1 := f.WriteString("abcdef")
			n2, e2 := f.WriteAt([]byte("XY"), 2)
			fi, _ := f.Stat()
			e3 := f.Truncate(4)
			f.Close()
			d, _ := mg.ReadFile(p + "/g.txt")
			return fmt.Sprint(es(err), n1, es(e1), n2, es(e2), fi.Size(), es(e3), string(d))
		}, func(p string) string {
			f, err := os.Create(p + "/g.txt")
			n1, e1 := f.WriteString("abcdef")
			n2, e2 := f.WriteAt([]byte("XY"), 2)
			fi, _ := f.Stat()
			e3 := f.Truncate(4)
			f.Close()
			d, _ := os.ReadFile(p + "/g.txt")
			return fmt.Sprint(es(err), n1, es(e1), n2, es(e2), fi.Size(), es(e3), string(d))
		}},
		{"Append", func(p string) string {
			f, _ := mg.OpenFile(p+"/g.txt", mg.O_APPEND|mg.O_WRONLY, 0)
			f.WriteString("++")
			_, e := f.WriteAt([]byte("z"), 0)
			f.Close()
			d, _ := mg.ReadFile(p + "/g.txt")
			return string(d) + es(e)
		}, func(p string) string {
			f, _ := os.OpenFile(p+"/g.txt", os.O_APPEND|os.O_WRONLY, 0)
			f.WriteString("++")
			_, e := f.WriteAt([]byte("z"), 0)
			f.Close()
			d, _ := os.ReadFile(p + "/g.txt")
			return string(d) + es(e)
		}},
		{"O_EXCL", func(p string) string {
			_, err := mg.OpenFile(p+"/g.txt", mg.O_CREATE|mg.O_EXCL|mg.O_WRONLY, 0600)
			return es(err) + fmt.Sprint(mg.IsExist(err))
		}, func(p string) string {
			_, err := os.OpenFile(p+"/g.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
			return es(err) + fmt.Sprint(os.IsExist(err))
		}},
		{"write read-only", func(p string) string {
			f, _ := mg.Open(p + "/g.txt")
			_, err := f.Write([]byte("x"))
			f.Close()
			return es(err)
		}, func(p string) string {
			f, _ := os.Open(p + "/g.txt")
			_, err := f.Write([]byte("x"))
			f.Close()
			return es(err)
		}},
		{"ReadDir", func(p string) string {
			ds, err := mg.ReadDir(p)
			var s []string
			for _, d := range ds {
				s = append(s, fmt.Sprint(d.Name(), d.IsDir(), d.Type(), mgfs.FormatDirEntry(d)))
			}
			return fmt.Sprint(s, es(err))
		}, func(p string) string {
			ds, err := os.ReadDir(p)
			var s []string
			for _, d := range ds {
				s = append(s, fmt.Sprint(d.Name(), d.IsDir(), d.Type(), fs.FormatDirEntry(d)))
			}
			return fmt.Sprint(s, es(err))
		}},
		{"Readdirnames", func(p string) string {
			f, _ := mg.Open(p)
			n1, e1 := f.Readdirnames(2)
			n2, e2 := f.Readdirnames(-1)
			n3, e3 := f.Readdirnames(1)
			f.Close()
			all := append(n1, n2...)
			sort.Strings(all)
			return fmt.Sprint(len(n1), all, es(e1), es(e2), n3, es(e3))
		}, func(p string) string {
			f, _ := os.Open(p)
			n1, e1 := f.Readdirnames(2)
			n2, e2 := f.Readdirnames(-1)
			n3, e3 := f.Readdirnames(1)
			f.Close()
			all := append(n1, n2...)
			sort.Strings(all)
			return fmt.Sprint(len(n1), all, es(e1), es(e2), n3, es(e3))
		}},
		{"ReadDir missing", func(p string) string { _, err := mg.ReadDir(p + "/zz"); return es(err) }, func(p string) string { _, err := os.ReadDir(p + "/zz"); return es(err) }},
		{"Rename", func(p string) string { return es(mg.Rename(p+"/g.txt", p+"/h.txt")) + es(mg.Rename(p+"/nope", p+"/x")) }, func(p string) string { return es(os.Rename(p+"/g.txt", p+"/h.txt")) + es(os.Rename(p+"/nope", p+"/x")) }},
		{"Chmod", func(p string) string {
			e := mg.Chmod(p+"/h.txt", 0600)
			fi, _ := mg.Stat(p + "/h.txt")
			return es(e) + fi.Mode().String() + es(mg.Chmod(p+"/none", 0600))
		}, func(p string) string {
			e := os.Chmod(p+"/h.txt", 0600)
			fi, _ := os.Stat(p + "/h.txt")
			return es(e) + fi.Mode().String() + es(os.Chmod(p+"/none", 0600))
		}},
		{"Remove", func(p string) string {
			return es(mg.Remove(p+"/h.txt")) + "|" + es(mg.Remove(p+"/x")) + "|" + es(mg.Remove(p+"/nope"))
		}, func(p string) string {
			return es(os.Remove(p+"/h.txt")) + "|" + es(os.Remove(p+"/x")) + "|" + es(os.Remove(p+"/nope"))
		}},
		{"RemoveAll", func(p string) string {
			return es(mg.RemoveAll(p+"/x")) + es(mg.RemoveAll(p+"/nope")) + es(mg.RemoveAll(p+"/."))
		}, func(p string) string {
			return es(os.RemoveAll(p+"/x")) + es(os.RemoveAll(p+"/nope")) + es(os.RemoveAll(p+"/."))
		}},
		{"gone", func(p string) string { _, err := mg.Stat(p + "/x"); return es(err) }, func(p string) string { _, err := os.Stat(p + "/x"); return es(err) }},
	}
	for _, st := range steps {
		check(st.name, st.m(a), fix(st.r(b)))
	}
	// Environment.
	os.Setenv("MG_TEST_A", "one")
	check("Getenv", mg.Getenv("MG_TEST_A"), "one")
	check("Setenv", es(mg.Setenv("MG_TEST_B", "two")), "<nil>")
	check("LookupEnv", fmt.Sprint(mg.LookupEnv("MG_TEST_B")), fmt.Sprint(os.LookupEnv("MG_TEST_B")))
	check("Unsetenv", fmt.Sprint(mg.Unsetenv("MG_TEST_B"), os.Getenv("MG_TEST_B") == ""), "<nil> true")
	check("Setenv bad", es(mg.Setenv("", "x")), es(os.Setenv("", "x")))
	check("Environ", len(mg.Environ()), len(os.Environ()))
	for _, s := range []string{"$MG_TEST_A", "${MG_TEST_A}x", "a$", "$$", "${}", "${MG_TEST_A", "$1 $* $@", "plain", "${!}", "$MG_TEST_A/$MG_TEST_A"} {
		check("ExpandEnv "+s, mg.ExpandEnv(s), os.ExpandEnv(s))
	}
	// Process info.
	h1, _ := mg.Hostname()
	h2, _ := os.Hostname()
	w1, _ := mg.Getwd()
	w2, _ := os.Getwd()
	check("process", fmt.Sprint(mg.Getpid(), mg.Getppid(), mg.Getuid(), h1, w1, mg.TempDir(), len(mg.Args)), fmt.Sprint(os.Getpid(), os.Getppid(), os.Getuid(), h2, w2, os.TempDir(), len(os.Args)))
	check("Chdir bad", es(mg.Chdir(base+"/none")), fix(es(os.Chdir(base+"/none"))))
	// FileMode strings.
	for _, m := range []uint32{0, 0644, 0755 | uint32(fs.ModeDir), uint32(fs.ModeSymlink | fs.ModeSetuid | fs.ModeSticky | 0777), uint32(fs.ModeDevice | fs.ModeCharDevice | 0600), 0xffffffff} {
		check("FileMode", mgfs.FileMode(m).String(), fs.FileMode(m).String())
	}
	check("errors", fmt.Sprint(mg.ErrNotExist, mg.ErrExist, mg.ErrPermission, mg.ErrClosed, mg.ErrInvalid, mg.ErrDeadlineExceeded, mg.ErrNoDeadline, mg.ErrProcessDone),
		fmt.Sprint(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid, os.ErrDeadlineExceeded, os.ErrNoDeadline, os.ErrProcessDone))
	check("NewSyscallError", es(mg.NewSyscallError("x", mgio.EOF)), "x: EOF")
	check("Stdout", fmt.Sprint(mg.Stdout.Name(), mg.Stderr.Fd(), mg.Stdin.Fd()), fmt.Sprint(os.Stdout.Name(), os.Stderr.Fd(), os.Stdin.Fd()))
	check("ValidPath", fmt.Sprint(mgfs.ValidPath("a/b"), mgfs.ValidPath("/a"), mgfs.ValidPath("a/../b"), mgfs.ValidPath(".")), fmt.Sprint(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath(".")))
	var nf *mg.File
	check("nil File", es(nf.Close()), "invalid argument")
	fmt.Printf("PASS %d/%d\n", pass, total)
}
