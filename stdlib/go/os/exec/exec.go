// Package exec runs external commands. It wraps os.StartProcess to make it easier to
// remap stdin and stdout, connect I/O with pipes, and do other adjustments.
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

// Error is returned by LookPath when it fails to classify a file as an executable.
type Error struct {
	// Name is the file name for which the error occurred.
	Name string
	// Err is the underlying error.
	Err error
}

func (e *Error) Error() string { return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound is the error resulting if a path search failed to find an executable
// file.
var ErrNotFound = errors.New("executable file not found in $PATH")

// ErrDot indicates that a path lookup resolved to an executable in the current
// directory due to '.' being in the path, either implicitly or explicitly.
var ErrDot = errors.New("cannot run executable found relative to current directory")

// ErrWaitDelay is returned by Cmd.Wait if the process exits with a successful status
// code but its output pipes are not closed before the command's WaitDelay expires.
var ErrWaitDelay = errors.New("exec: WaitDelay expired before I/O complete")

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
)

// An ExitError reports an unsuccessful exit by a command.
type ExitError struct {
	*os.ProcessState

	// Stderr holds a subset of the standard error output from the Cmd.Output method
	// if standard error was not otherwise being collected.
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// Cmd represents an external command being prepared or run. A Cmd cannot be reused
// after calling its Run, Output or CombinedOutput methods.
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

// Command returns the Cmd struct to execute the named program with the given
// arguments. It sets only the Path and Args in the returned structure. If name
// contains no path separators, Command uses LookPath to resolve name to a complete
// path if possible; an error doing so is stored in Err.
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

// CommandContext is like Command but includes a context. The provided context is used
// to interrupt the process (by calling cmd.Cancel or os.Process.Kill) if the context
// becomes done before the command completes on its own.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	c := Command(name, arg...)
	c.ctx = ctx
	c.Cancel = func() error { return c.Process.Kill() }
	return c
}

// String returns a human-readable description of c: the path and arguments.
func (c *Cmd) String() string {
	if c.Err != nil || len(c.Args) == 0 {
		return strings.Join(c.Args, " ")
	}
	return strings.Join(append([]string{c.Path}, c.Args[1:]...), " ")
}

// Environ returns a copy of the environment in which the command would be run as it
// is currently configured.
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

// environ is the child's environment: Env, or this process's environment plus PWD for
// a Dir; later duplicates of a key replace earlier ones.
func (c *Cmd) environ() ([]string, error) {
	env := c.Env
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			if abs, err := filepath.Abs(c.Dir); err == nil {
				env = append(env, "PWD="+abs)
			}
		}
	}
	var bad error
	for _, kv := range env {
		if strings.IndexByte(kv, 0) >= 0 {
			bad = errEnvNUL
		}
	}
	return lastOfEachKey(env), bad
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
	out := make([]string, 0, len(env))
	for i, kv := range env {
		if k, _, ok := strings.Cut(kv, "="); ok && last[k] != i {
			continue
		}
		out = append(out, kv)
	}
	return out
}

// Run starts the specified command and waits for it to complete.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
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

// Start starts the specified command but does not wait for it to complete. After a
// successful call to Start the Wait method must be called in order to release
// associated system resources.
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
	if c.Cancel != nil && c.ctx == nil {
		return errors.New("exec: command with a non-nil Cancel was not created with CommandContext")
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
	for _, setup := range []func() (*os.File, error){c.childStdin, c.childStdout, c.childStderr} {
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
		timer := time.NewTimer(c.WaitDelay)
		select {
		case <-timer.C:
			c.Process.Kill()
			c.stopCopiers()
		case <-c.exited:
			timer.Stop()
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

// Wait waits for the command to exit and waits for any copying to stdin or copying
// from stdout or stderr to complete. The command must have been started by Start. If
// the command fails to run or doesn't complete successfully, the error is of type
// *ExitError.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errNotStarted
	}
	if c.waitCalled {
		return errWaitCalled
	}
	c.waitCalled = true
	state, err := c.Process.Wait()
	if err == nil && !state.Success() {
		err = &ExitError{ProcessState: state}
	}
	c.ProcessState = state
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

// Output runs the command and returns its standard output. Any returned error will
// usually be of type *ExitError. If c.Stderr was nil, Output populates
// ExitError.Stderr.
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

// CombinedOutput runs the command and returns its combined standard output and
// standard error.
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

// childStdin is the child's standard input: /dev/null, the *os.File given, or the read
// end of a pipe a goroutine fills from Stdin.
func (c *Cmd) childStdin() (*os.File, error) {
	if c.Stdin == nil {
		return c.openNull(os.O_RDONLY)
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return f, nil
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

func (c *Cmd) childStdout() (*os.File, error) { return c.childOutput(c.Stdout) }

func (c *Cmd) childStderr() (*os.File, error) {
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

// StdinPipe returns a pipe that will be connected to the command's standard input when
// the command starts. The pipe will be closed automatically after Wait sees the
// command exit; a caller need only call Close to force the pipe to close sooner.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errStdinSet
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdinPipe after process started")
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

// StdoutPipe returns a pipe that will be connected to the command's standard output
// when the command starts. Wait will close the pipe after seeing the command exit, so
// it is incorrect to call Wait before all reads from the pipe have completed.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, errStdoutSet
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdoutPipe after process started")
	}
	pr, pw, err := c.outPipe()
	if err != nil {
		return nil, err
	}
	c.Stdout = pw
	return pr, nil
}

// StderrPipe returns a pipe that will be connected to the command's standard error
// when the command starts, closed by Wait as StdoutPipe's is.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, errStderrSet
	}
	if c.Process != nil {
		return nil, errors.New("exec: StderrPipe after process started")
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

// LookPath searches for an executable named file in the directories named by the PATH
// environment variable. If file contains a slash, it is tried directly and the PATH
// is not consulted. The result may be an absolute path or a path relative to the
// current directory; a relative result comes with an error wrapping ErrDot.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		if err := executable(file); err != nil {
			return "", &Error{Name: file, Err: err}
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
