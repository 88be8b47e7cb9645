// os/exec: running programs, their exit statuses, pipes, environment, directory,
// contexts (kill on cancel, Cancel, WaitDelay) and LookPath's errors.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

func show(label string) func([]byte, error) {
	return func(out []byte, err error) { fmt.Printf("%s: %q %v\n", label, out, err) }
}

func main() {
	// Exit statuses.
	err := exec.Command("false").Run()
	var ee *exec.ExitError
	fmt.Println(err, errors.As(err, &ee), ee.ExitCode(), ee.Exited(), ee.Success())
	c := exec.Command("sh", "-c", "exit 42")
	fmt.Println(c.Run(), c.ProcessState.ExitCode(), c.ProcessState.String())
	c = exec.Command("sh", "-c", "kill -TERM $$")
	fmt.Println(c.Run(), c.ProcessState.ExitCode(), c.ProcessState.Exited())
	fmt.Println(exec.Command("true").Run())

	// Output, CombinedOutput, ExitError.Stderr.
	show("echo")(exec.Command("echo", "hello", "world").Output())
	show("combined")(exec.Command("sh", "-c", "echo 1; echo 2 >&2; echo 3").CombinedOutput())
	out, err := exec.Command("sh", "-c", "echo partial; echo oops >&2; exit 3").Output()
	show("failing")(out, err)
	if errors.As(err, &ee) {
		fmt.Printf("stderr %q code %d\n", ee.Stderr, ee.ExitCode())
	}
	_, err = exec.Command("sh", "-c", "head -c 100000 /dev/zero | tr '\\0' a >&2; exit 1").Output()
	errors.As(err, &ee)
	fmt.Println(len(ee.Stderr), string(ee.Stderr[32760:32800]))

	// Stdin from a reader, from a pipe; stdout to a writer.
	c = exec.Command("cat")
	c.Stdin = strings.NewReader("from a reader")
	show("stdin")(c.Output())
	c = exec.Command("head", "-c", "3")
	c.Stdin = strings.NewReader(strings.Repeat("x", 1<<20))
	show("early exit")(c.Output())
	var buf bytes.Buffer
	c = exec.Command("tr", "a-z", "A-Z")
	c.Stdin = strings.NewReader("shout")
	c.Stdout = &buf
	fmt.Println(c.Run(), buf.String())

	c = exec.Command("sort")
	in, _ := c.StdinPipe()
	outp, _ := c.StdoutPipe()
	fmt.Println(c.Start())
	go func() {
		for _, w := range []string{"pear", "apple", "fig"} {
			fmt.Fprintln(in, w)
		}
		in.Close()
	}()
	sc := bufio.NewScanner(outp)
	for sc.Scan() {
		fmt.Println("sorted:", sc.Text())
	}
	fmt.Println(c.Wait())

	c = exec.Command("sh", "-c", "echo to-stderr >&2")
	errp, _ := c.StderrPipe()
	c.Start()
	b, _ := io.ReadAll(errp)
	fmt.Printf("%q %v\n", b, c.Wait())

	// Environment and directory.
	c = exec.Command("sh", "-c", "echo $FOO $BAR")
	c.Env = []string{"FOO=1", "BAR=2", "FOO=3"}
	fmt.Println(c.Environ())
	show("env")(c.Output())
	c = exec.Command("sh", "-c", "pwd; echo $PWD")
	c.Dir = "/usr/bin/.."
	show("dir")(c.Output())
	c = exec.Command("pwd")
	c.Dir = "/nonexistent-dir"
	show("bad dir")(c.Output())
	c = exec.Command("sh", "-c", "echo $A")
	c.Env = []string{"A=x\x00y"}
	fmt.Println(c.Run())

	// ExtraFiles: the child writes on descriptor 3.
	pr, pw, _ := os.Pipe()
	c = exec.Command("sh", "-c", "echo via fd 3 >&3")
	c.ExtraFiles = []*os.File{pw}
	fmt.Println(c.Run())
	pw.Close()
	b, _ = io.ReadAll(pr)
	fmt.Printf("%q\n", b)

	// Misuse.
	c = exec.Command("echo")
	fmt.Println(c.Start(), c.Start())
	fmt.Println(c.Wait(), c.Wait())
	fmt.Println(exec.Command("echo").Wait())
	c = exec.Command("echo")
	c.Stdout = os.Stdout
	_, err = c.Output()
	fmt.Println(err)
	_, err = c.CombinedOutput()
	fmt.Println(err)
	c = exec.Command("echo")
	c.Stdin = os.Stdin
	_, err = c.StdinPipe()
	fmt.Println(err)
	c = exec.Command("")
	fmt.Println(c.Err, c.Run())
	var zero exec.Cmd
	fmt.Println(zero.Run())
	c = &exec.Cmd{Path: "echo", Args: []string{"echo", "hi"}}
	show("relative path")(c.Output())
	show("no args")((&exec.Cmd{Path: "/bin/echo"}).Output())

	// LookPath and its errors.
	c = exec.Command("no-such-program-here")
	fmt.Println(c.Err, c.Path, c.String())
	fmt.Println(c.Run(), errors.Is(c.Err, exec.ErrNotFound))
	c = exec.Command("/bin/no-such-program", "a", "b")
	fmt.Println(c.Err, c.String())
	fmt.Println(c.Run())
	fmt.Println(exec.Command("/etc/passwd").Run())
	fmt.Println(exec.LookPath("/etc/passwd"))
	fmt.Println(exec.LookPath("/tmp"))
	fmt.Println(exec.LookPath("/nonexistent"))
	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)
	dir, _ := os.MkdirTemp("", "lookpath")
	os.WriteFile(dir+"/myexe", []byte("#!/bin/sh\necho mine\n"), 0o755)
	wd, _ := os.Getwd()
	os.Chdir(dir)
	oldPath := os.Getenv("PATH")
	os.Setenv("PATH", ".:"+oldPath)
	p, err = exec.LookPath("myexe")
	fmt.Println(p, err, errors.Is(err, exec.ErrDot))
	os.Setenv("PATH", dir+":"+oldPath)
	show("found in PATH")(exec.Command("myexe").Output())
	os.Setenv("PATH", oldPath)
	os.Chdir(wd)
	os.RemoveAll(dir)
	e := &exec.Error{Name: "n", Err: exec.ErrNotFound}
	fmt.Println(e, e.Unwrap() == exec.ErrNotFound)

	// Contexts.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	c = exec.CommandContext(ctx, "sleep", "5")
	t0 := time.Now()
	fmt.Println(c.Run(), ctx.Err(), time.Since(t0) < 3*time.Second)
	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(exec.CommandContext(done, "echo").Run())
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	c = exec.CommandContext(ctx, "sh", "-c", "trap 'exit 0' INT; sleep 1 & wait")
	c.Cancel = func() error { return c.Process.Signal(os.Interrupt) }
	fmt.Println(c.Run())
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	c = exec.CommandContext(ctx, "sh", "-c", "trap '' INT; sleep 2")
	c.Cancel = func() error { return c.Process.Signal(os.Interrupt) }
	c.WaitDelay = 100 * time.Millisecond
	fmt.Println(c.Run())
	c = exec.Command("sh", "-c", "sleep 2 &")
	c.Stdout = &bytes.Buffer{}
	c.WaitDelay = 100 * time.Millisecond
	t0 = time.Now()
	fmt.Println(c.Run(), time.Since(t0) < time.Second)

	// Many commands at once.
	var wg sync.WaitGroup
	results := make([]string, 12)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := exec.Command("sh", "-c", fmt.Sprintf("echo job %d; exit %d", i, i%3)).Output()
			results[i] = fmt.Sprintf("%q %v", out, err)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
