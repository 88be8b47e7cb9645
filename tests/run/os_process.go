// os process and file additions: StartProcess, Process.Wait/Signal/Kill/Release,
// ProcessState texts, FindProcess, Pipe, CreateTemp, MkdirTemp, DirFS, CopyFS, Chtimes,
// Chown, Getgroups, IsPathSeparator and the signal names.
package main

import (
	"io"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"time"
)

func main() {
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "exit 7"}, &os.ProcAttr{})
	fmt.Println(err)
	st, err := p.Wait()
	fmt.Println(st, err, st.Exited(), st.ExitCode(), st.Success(), st.Pid() == p.Pid, st.SystemTime() >= 0)
	st, err = p.Wait()
	fmt.Println(st, err)
	fmt.Println(p.Kill(), p.Release(), p.Kill())
	st, err = p.Wait()
	fmt.Println(st, err)
	p, err = os.StartProcess("/bin/sleep", []string{"sleep", "10"}, &os.ProcAttr{})
	fmt.Println(p.Release())
	fmt.Println(p.Kill())
	st, err = p.Wait()
	fmt.Println(st, err)
	p, err = os.StartProcess("/bin/sleep", []string{"sleep", "10"}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
	fmt.Println(err)
	p.Signal(syscall.SIGTERM)
	st, err = p.Wait()
	fmt.Println(st, err, st.ExitCode(), st.Exited())
	ws := st.Sys().(syscall.WaitStatus)
	fmt.Println(ws.Signaled(), ws.Signal(), ws.ExitStatus())
	fmt.Printf("%T\n", st.SysUsage())
	p, err = os.StartProcess("nosuch", []string{"x"}, &os.ProcAttr{})
	fmt.Println(p, err)
	p, err = os.StartProcess("/bin/sh", []string{"x"}, &os.ProcAttr{Dir: "/nope"})
	fmt.Println(p, err)
	fmt.Println(os.Signal(syscall.SIGTERM))
	d, err := os.MkdirTemp("", "pre*suf")
	fmt.Println(strings.HasPrefix(d, os.TempDir()+"/pre"), strings.HasSuffix(d, "suf"), digits(d[len(os.TempDir()+"/pre"):len(d)-3]), err)
	_, err = os.MkdirTemp("", "a/b")
	fmt.Println(err)
	_, err = os.CreateTemp("", "a/b")
	fmt.Println(err)
	_, err = os.MkdirTemp("/nonexist", "x")
	fmt.Println(err)
	_, err = os.CreateTemp("/nonexist", "x*y")
	fmt.Println(strings.HasPrefix(err.Error(), "open /nonexist/x"), strings.HasSuffix(err.Error(), "y: no such file or directory"))
	f, err := os.CreateTemp(d, "f")
	fi, _ := f.Stat()
	fmt.Println(fi.Name()[0] == 'f' && digits(fi.Name()[1:]), fi.Mode(), err)
	di, _ := os.Stat(d)
	fmt.Println(di.Mode())
	os.WriteFile(d+"/a.txt", []byte("hello"), 0644)
	os.Mkdir(d+"/sub", 0755)
	os.WriteFile(d+"/sub/b.txt", []byte("bee"), 0600)
	fsys := os.DirFS(d)
	b, err := fs.ReadFile(fsys, "a.txt")
	fmt.Println(string(b), err)
	_, err = fsys.Open("../x")
	fmt.Println(err)
	_, err = fsys.Open("/x")
	fmt.Println(err)
	_, err = fsys.Open("nope")
	fmt.Println(err)
	_, err = fs.ReadFile(fsys, "nope")
	fmt.Println(err)
	_, err = fs.Stat(fsys, "nope")
	fmt.Println(err)
	_, err = fs.ReadDir(fsys, "nope")
	fmt.Println(err)
	es, err := fs.ReadDir(fsys, ".")
	fmt.Println(len(es), err)
	fmt.Printf("%T %T\n", fsys, mustOpen(fsys))
	_, ok1 := fsys.(fs.StatFS)
	_, ok2 := fsys.(fs.ReadFileFS)
	_, ok3 := fsys.(fs.ReadDirFS)
	fmt.Println(ok1, ok2, ok3)
	_, err = os.DirFS("").Open("x")
	fmt.Println(err)
	err = os.CopyFS(d+"-copy", fsys)
	fmt.Println(err)
	b, err = os.ReadFile(d + "-copy/sub/b.txt")
	fmt.Println(string(b), err)
	ci, _ := os.Stat(d + "-copy/sub/b.txt")
	ci2, _ := os.Stat(d + "-copy/sub")
	fmt.Println(ci.Mode(), ci2.Mode())
	err = os.CopyFS(d+"-copy", fsys)
	fmt.Println(err != nil, strings.Replace(err.Error(), d, "D", -1))
	fmt.Println(os.Chtimes(d+"/a.txt", time.Unix(100, 5), time.Unix(200, 7)))
	ai, _ := os.Stat(d + "/a.txt")
	fmt.Println(ai.ModTime().Unix(), ai.ModTime().Nanosecond())
	fmt.Println(os.Chtimes(d+"/nope", time.Time{}, time.Time{}))
	fmt.Println(strings.Replace(fmt.Sprint(os.Chown(d+"/nope", -1, -1), os.Lchown(d+"/nope", 1, 1)), d, "D", -1))
	fmt.Println(os.Chown(d+"/a.txt", -1, -1), f.Chown(-1, -1))
	f.Close()
	fmt.Println(strings.Replace(f.Chown(-1, -1).Error(), f.Name(), "F", -1))
	g, err := os.Getgroups()
	fmt.Println(len(g) >= 0, err)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	r, w, err := os.Pipe()
	fmt.Println(r.Name(), w.Name(), err)
	go func() { w.Write([]byte("through the pipe")); w.Close() }()
	buf := make([]byte, 100)
	n, err := r.Read(buf)
	fmt.Println(string(buf[:n]), err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	os.RemoveAll(d); os.RemoveAll(d + "-copy")
	pr, pw, _ := os.Pipe()
	p, err = os.StartProcess("/bin/sh", []string{"sh", "-c", "echo $X; pwd; echo err >&2"}, &os.ProcAttr{Dir: "/usr", Env: []string{"X=from env"}, Files: []*os.File{nil, pw, pw}})
	pw.Close()
	out, _ := io.ReadAll(pr)
	st, err = p.Wait()
	fmt.Printf("%q %v %v\n", out, st, err)
	ws = syscall.WaitStatus(0x137f)
	fmt.Println(ws.Stopped(), ws.StopSignal(), ws.Exited(), ws.Signaled(), ws.ExitStatus(), ws.Signal())
	ws = syscall.WaitStatus(0x86)
	fmt.Println(ws.Signaled(), ws.Signal(), ws.CoreDump(), ws.Continued())
	ws = syscall.WaitStatus(0xffff)
	fmt.Println(ws.Continued(), ws.Stopped(), ws.Exited())
	for i := 1; i <= 31; i++ {
		fmt.Printf("%d %q\n", i, syscall.Signal(i).String())
	}
	fmt.Println(syscall.Signal(34).String(), syscall.Signal(64).String(), syscall.Signal(65).String())
}

func mustOpen(f fs.FS) fs.File { x, _ := f.Open("."); return x }

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
