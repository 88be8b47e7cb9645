// Package exec runs other programs: it builds on os.StartProcess with PATH lookup,
// pipes and copying goroutines for the standard streams, and contexts.
//
// In minigo a command's pipes are os.Pipe files: the goroutines copying to and from a
// non-*os.File Stdin, Stdout or Stderr block in the runtime's system-call state, and
// Wait waits for the child without holding a processor.
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Error says why LookPath could not use a program.
type Error struct {
	Name string // the program looked up
	Err  error  // why it cannot be run
}

func (e *Error) Error() string { return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound: no directory of $PATH holds an executable of that name.
var ErrNotFound = errors.New(
	"executable file not found in $PATH")

// ErrDot: the $PATH search found the program through a relative directory (such as
// "." or an empty element), which LookPath refuses to return silently.
var ErrDot = errors.New(
	"cannot run executable found relative to current directory")

// ErrWaitDelay is Wait's error when the command succeeded but its I/O was still open
// when WaitDelay ran out.
var ErrWaitDelay = errors.New(
	"exec: WaitDelay expired before I/O complete")

var (
	errNoCommand   = errors.New("exec: no command")
	errStarted     = errors.New("exec: already started")
	errNotStarted  = errors.New("exec: not started")
	errWaitCalled  = errors.New("exec: Wait was already called")
	errEnvNUL      = errors.New("exec: environment variable contains NUL")
	errStdoutSet   = errors.New("exec: Stdout already set")
	errStderrSet   = errors.New("exec: Stderr already set")
	errStdinSet    = errors.New("exec: Stdin already set")
	errCancelWrapS = "exec: canceling Cmd: "

	errCancelNoContext = errors.New(
		"exec: command with a non-nil Cancel was not created with CommandContext")
)

// ExitError is the error of a command that ended without success; it carries how it
// ended.
type ExitError struct {
	*os.ProcessState

	// Stderr holds a subset of the standard error output from the Cmd.Output method
	// if standard error was not otherwise being collected.
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// Cmd is one external command: set it up (Path and Args at least), then Run it, or
// Start and Wait. A Cmd runs once.
type Cmd struct {
	Path         string
	Args         []string
	Env          []string
	Dir          string
	Stdin        io.Reader
	Stdout       io.Writer
	Stderr       io.Writer
	ExtraFiles   []*os.File
	SysProcAttr  *syscall.SysProcAttr
	Process      *os.Process
	ProcessState *os.ProcessState
	Err          error // LookPath error, if any.
	Cancel       func() error
	WaitDelay    time.Duration

	ctx context.Context

	// Descriptors this Cmd opened: the child's ends close after Start, the parent's
	// after Wait.
	childEnds  []*os.File
	parentEnds []io.Closer
	sharedOut  *os.File // the child's stdout, reused for a Stderr that is the same writer

	// copiers run as goroutines between Start and Wait; each sends one result.
	copiers  []func() error
	copyErrs chan error

	waitCalled bool
	exited     chan struct{} // closed when Wait has collected the process
	watch      chan error    // the context watcher's verdict
	giveUp     chan struct{} // closed when WaitDelay expires: stop waiting for copiers
	giveUpOnce sync.Once
}

// Command prepares (without starting) the program name with the arguments arg: Path
// and Args are set. A name without a slash is searched in $PATH with LookPath; if that
// fails, Err says why and Start will return it.
func Command(name string, arg ...string) *Cmd {
	c := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	switch {
	case name == "":
		c.Err = errNoCommand
	case !strings.Contains(name, "/"):
		lp, err := LookPath(name)
		if lp != "" {
			c.Path = lp
		}
		if err != nil {
			c.Err = err
		}
	}
	return c
}

// CommandContext is Command tied to ctx: if ctx ends before the command does, Cancel is
// called (by default it kills the process), and WaitDelay then bounds the wait.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	c := Command(name, arg...)
	c.ctx = ctx
	c.Cancel = func() error { return c.Process.Kill() }
	return c
}

// String shows the command as a line: the resolved path, then the arguments.
func (c *Cmd) String() string {
	words := c.Args
	if c.Err == nil && len(words) > 0 {
		words = append([]string{c.Path}, words[1:]...)
	}
	return strings.Join(words, " ")
}

// Environ is the environment the command would get if started now.
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

// environ is the child's environment: Env, or this process's environment plus PWD for
// a Dir; later duplicates of a key replace earlier ones.
func (c *Cmd) environ() (env []string, err error) {
	env = c.Env
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			if abs, err := filepath.Abs(c.Dir); err == nil {
				env = append(env, "PWD="+abs)
			}
		}
	}
	for _, kv := range env {
		if strings.IndexByte(kv, 0) >= 0 {
			err = errEnvNUL
		}
	}
	return lastOfEachKey(env), err
}

// lastOfEachKey keeps, for each key, its last "key=value" entry, in the order of those
// last entries; entries without '=' are kept as they are.
func lastOfEachKey(env []string) []string {
	last := map[string]int{}
	for i, kv := range env {
		if k, _, ok := strings.Cut(kv, "="); ok {
			last[k] = i
		}
	}
	var kept []string
	for i, kv := range env {
		if k, _, ok := strings.Cut(kv, "="); !ok || last[k] == i {
			kept = append(kept, kv)
		}
	}
	return kept
}

// Run is Start followed by Wait.
func (c *Cmd) Run() error {
	started := c.Start()
	if started != nil {
		return started
	}
	return c.Wait()
}

// closeAll closes every descriptor the Cmd opened.
func (c *Cmd) closeAll() {
	for _, f := range c.childEnds {
		f.Close()
	}
	for _, f := range c.parentEnds {
		f.Close()
	}
	c.childEnds, c.parentEnds = nil, nil
}

// Start launches the command and returns without waiting for it; Process is set on
// success, and Wait must be called later to collect it and release its resources.
func (c *Cmd) Start() error {
	if c.Process != nil {
		return errStarted
	}
	if c.Path == "" && c.Err == nil {
		c.Err = errNoCommand
	}
	if c.Err != nil {
		c.closeAll()
		return c.Err
	}
	if c.ctx == nil && c.Cancel != nil {
		return errCancelNoContext
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			c.closeAll()
			return c.ctx.Err()
		default:
		}
	}
	env, err := c.environ()
	if err != nil {
		c.closeAll()
		return err
	}
	files := make([]*os.File, 0, 3+len(c.ExtraFiles))
	for _, setup := range []func() (*os.File, error){c.inputEnd, c.stdoutEnd, c.stderrEnd} {
		f, err := setup()
		if err != nil {
			c.closeAll()
			return err
		}
		files = append(files, f)
	}
	files = append(files, c.ExtraFiles...)
	args := c.Args
	if len(args) == 0 {
		args = []string{c.Path}
	}
	c.Process, err = os.StartProcess(c.Path, args, &os.ProcAttr{Dir: c.Dir, Env: env, Files: files, Sys: c.SysProcAttr})
	if err != nil {
		c.Process = nil
		c.closeAll()
		return err
	}
	for _, f := range c.childEnds {
		f.Close()
	}
	c.childEnds = nil
	c.exited = make(chan struct{})
	c.giveUp = make(chan struct{})
	c.copyErrs = make(chan error, len(c.copiers))
	for _, copier := range c.copiers {
		go func(run func() error) { c.copyErrs <- run() }(copier)
	}
	if c.ctx != nil && c.ctx.Done() != nil {
		c.watch = make(chan error, 1)
		go c.watchContext()
	}
	return nil
}

// watchContext runs while the command does: when the context ends first it calls
// Cancel and, after WaitDelay, kills the process and stops the wait for the copiers.
// It sends the error Wait should report for the interruption (nil: none).
func (c *Cmd) watchContext() {
	select {
	case <-c.exited:
		c.watch <- nil
		return
	case <-c.ctx.Done():
	}
	var verdict error
	if c.Cancel != nil {
		switch err := c.Cancel(); {
		case err == nil:
			verdict = c.ctx.Err()
		case errors.Is(err, os.ErrProcessDone):
			// The command finished on its own: its own status stands.
		default:
			verdict = &wrappedError{prefix: errCancelWrapS, err: err}
		}
	}
	if c.WaitDelay > 0 {
		select {
		case <-time.After(c.WaitDelay):
			c.Process.Kill()
			c.stopCopiers()
		case <-c.exited:
		}
	}
	c.watch <- verdict
}

// wrappedError is an error with a prefix that unwraps to its cause.
type wrappedError struct {
	prefix string
	err    error
}

func (w *wrappedError) Error() string { return w.prefix + w.err.Error() }
func (w *wrappedError) Unwrap() error { return w.err }

// stopCopiers makes Wait stop waiting for the I/O goroutines.
func (c *Cmd) stopCopiers() { c.giveUpOnce.Do(func() { close(c.giveUp) }) }

// Wait collects the started command, then waits until the goroutines copying its
// Stdin, Stdout and Stderr are done (bounded by WaitDelay, if set). A command that
// ends unsuccessfully gives an *ExitError; copy failures and context ends give theirs.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errNotStarted
	}
	if c.waitCalled {
		return errWaitCalled
	}
	c.waitCalled = true
	var err error
	c.ProcessState, err = c.Process.Wait()
	if st := c.ProcessState; err == nil && !st.Success() {
		err = &ExitError{ProcessState: st}
	}
	close(c.exited)

	var interrupted error
	if c.watch != nil {
		interrupted = <-c.watch
	}
	// The process is gone; its I/O may still be in flight (a grandchild can hold a
	// pipe). WaitDelay bounds that wait too.
	var delay *time.Timer
	if c.WaitDelay > 0 && len(c.copiers) > 0 {
		delay = time.AfterFunc(c.WaitDelay, c.stopCopiers)
	}
	var copyErr error
	gaveUp := false
	for i := 0; i < len(c.copiers) && !gaveUp; i++ {
		select {
		case e := <-c.copyErrs:
			if copyErr == nil {
				copyErr = e
			}
		case <-c.giveUp:
			gaveUp = true
		}
	}
	if delay != nil {
		delay.Stop()
	}
	c.closeAll()
	switch {
	case err != nil:
		return err
	case interrupted != nil:
		return interrupted
	case gaveUp:
		return ErrWaitDelay
	}
	return copyErr
}

// Output runs the command and returns what it wrote on standard output. If Stderr was
// not set, standard error is kept too (its first and last 32 KiB), in the *ExitError.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errStdoutSet
	}
	var stdout bytes.Buffer
	c.Stdout = &stdout
	var saved *headTail
	if c.Stderr == nil {
		saved = &headTail{keep: 32 << 10}
		c.Stderr = saved
	}
	err := c.Run()
	if ee, ok := err.(*ExitError); ok && saved != nil {
		ee.Stderr = saved.Bytes()
	}
	return stdout.Bytes(), err
}

// CombinedOutput runs the command and returns standard output and standard error
// interleaved as the command wrote them (one pipe serves both).
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errStdoutSet
	}
	if c.Stderr != nil {
		return nil, errStderrSet
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// headTail keeps the first and the last `keep` bytes written to it and counts what
// falls between.
type headTail struct {
	keep    int
	head    []byte
	tail    []byte // a ring once full: tail[pos:] then tail[:pos] in order
	pos     int
	dropped int64
}

func (h *headTail) Write(p []byte) (int, error) {
	n := len(p)
	if room := h.keep - len(h.head); room > 0 {
		take := min(room, len(p))
		h.head = append(h.head, p[:take]...)
		p = p[take:]
	}
	for len(p) > 0 {
		if len(h.tail) < h.keep {
			take := min(h.keep-len(h.tail), len(p))
			h.tail = append(h.tail, p[:take]...)
			p = p[take:]
			continue
		}
		// Full: overwrite the oldest bytes.
		take := min(h.keep-h.pos, len(p))
		copy(h.tail[h.pos:], p[:take])
		h.dropped += int64(take)
		h.pos = (h.pos + take) % h.keep
		p = p[take:]
	}
	return n, nil
}

// Bytes is the head, a note of how much was left out, and the tail.
func (h *headTail) Bytes() []byte {
	out := append([]byte(nil), h.head...)
	if h.dropped > 0 {
		out = append(out, "\n... omitting "+strconv.FormatInt(h.dropped, 10)+" bytes ...\n"...)
	}
	out = append(out, h.tail[h.pos:]...)
	return append(out, h.tail[:h.pos]...)
}

// inputEnd is the child's standard input: /dev/null, the *os.File given, or the read
// end of a pipe a goroutine fills from Stdin.
func (c *Cmd) inputEnd() (*os.File, error) {
	switch in := c.Stdin.(type) {
	case nil:
		return c.openNull(os.O_RDONLY)
	case *os.File:
		return in, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.childEnds = append(c.childEnds, pr)
	c.parentEnds = append(c.parentEnds, pw)
	src := c.Stdin
	c.copiers = append(c.copiers, func() error {
		_, err := io.Copy(pw, src)
		// The child may stop reading early: a broken pipe is not the copy's failure.
		if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) {
			err = nil
		}
		if cerr := pw.Close(); err == nil && !errors.Is(cerr, os.ErrClosed) {
			err = cerr
		}
		return err
	})
	return pr, nil
}

func (c *Cmd) stdoutEnd() (*os.File, error) { return c.childOutput(c.Stdout) }

func (c *Cmd) stderrEnd() (*os.File, error) {
	if c.Stderr != nil && sameWriter(c.Stderr, c.Stdout) {
		return c.sharedOut, nil
	}
	return c.childOutput(c.Stderr)
}

// sameWriter reports whether a and b are the same comparable writer.
func sameWriter(a, b io.Writer) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

// childOutput is the child's end for an output writer: /dev/null, the *os.File given,
// or the write end of a pipe a goroutine drains into w.
func (c *Cmd) childOutput(w io.Writer) (*os.File, error) {
	var f *os.File
	var err error
	switch w := w.(type) {
	case nil:
		f, err = c.openNull(os.O_WRONLY)
	case *os.File:
		f = w
	default:
		var pr *os.File
		pr, f, err = os.Pipe()
		if err != nil {
			return nil, err
		}
		c.childEnds = append(c.childEnds, f)
		c.parentEnds = append(c.parentEnds, pr)
		c.copiers = append(c.copiers, func() error {
			_, err := io.Copy(w, pr)
			pr.Close()
			if errors.Is(err, os.ErrClosed) {
				err = nil // Wait gave up on this pipe (WaitDelay)
			}
			return err
		})
	}
	c.sharedOut = f
	return f, err
}

func (c *Cmd) openNull(flag int) (*os.File, error) {
	f, err := os.OpenFile(os.DevNull, flag, 0)
	if err == nil {
		c.childEnds = append(c.childEnds, f)
	}
	return f, err
}

// errLate is the error of asking for a pipe once the command runs.
func errLate(which string) error { return errors.New("exec: " + which + " after process started") }

// closeOnce lets a pipe end be closed by both the user and Wait.
type closeOnce struct {
	*os.File
	once sync.Once
	err  error
}

func (c *closeOnce) Close() error {
	c.once.Do(func() { c.err = c.File.Close() })
	return c.err
}

// StdinPipe gives a writer whose bytes become the command's standard input once it
// starts. Closing it ends the input; Wait closes it in any case.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errStdinSet
	}
	if c.Process != nil {
		return nil, errLate("StdinPipe")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdin = pr
	c.childEnds = append(c.childEnds, pr)
	w := &closeOnce{File: pw}
	c.parentEnds = append(c.parentEnds, w)
	return w, nil
}

// StdoutPipe gives a reader of the command's standard output. Wait closes it, so read
// everything before calling Wait.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, errStdoutSet
	}
	if c.Process != nil {
		return nil, errLate("StdoutPipe")
	}
	pr, pw, err := c.outPipe()
	if err != nil {
		return nil, err
	}
	c.Stdout = pw
	return pr, nil
}

// StderrPipe is StdoutPipe for standard error.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, errStderrSet
	}
	if c.Process != nil {
		return nil, errLate("StderrPipe")
	}
	pr, pw, err := c.outPipe()
	if err != nil {
		return nil, err
	}
	c.Stderr = pw
	return pr, nil
}

func (c *Cmd) outPipe() (io.ReadCloser, *os.File, error) {
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	c.childEnds = append(c.childEnds, pw)
	r := &closeOnce{File: pr}
	c.parentEnds = append(c.parentEnds, r)
	return r, pw, nil
}

// LookPath finds the program file would name: a name with a slash is checked as it
// is; otherwise each directory of $PATH is tried in order. A match found through a
// relative directory is returned together with an error wrapping ErrDot.
func LookPath(file string) (string, error) {
	if strings.ContainsRune(file, '/') {
		// A path is tried as it is.
		if why := executable(file); why != nil {
			return "", &Error{Name: file, Err: why}
		}
		return file, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "." // an empty element means the current directory
		}
		p := filepath.Join(dir, file)
		if executable(p) != nil {
			continue
		}
		if !filepath.IsAbs(p) {
			return p, &Error{Name: file, Err: ErrDot}
		}
		return p, nil
	}
	return "", &Error{Name: file, Err: ErrNotFound}
}

// executable says why the file at path cannot be run (nil: it can).
func executable(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	mode := info.Mode()
	if mode.IsDir() {
		return syscall.EISDIR
	}
	if mode&0o111 == 0 {
		return fs.ErrPermission
	}
	return nil
}
