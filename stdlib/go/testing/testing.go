// Package testing runs the tests, examples, benchmarks and fuzz seed corpora of a package
// for `minigo test`. The generated main package of a test program calls MainStart with
// the package's test functions and runs the returned M.
//
// Flags come from the program's arguments as the go command passes them to a test
// binary: -test.v, -test.run, -test.bench, -test.count, -test.timeout, -test.benchtime.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Natives (stdlib/NATIVES.md).

// matchString reports whether s matches the regular expression pat; errText is the
// compile error of pat, if any.
func matchString(pat, s string) (matched bool, errText string)

// captureStdout points the process's standard output at a temporary file and returns a
// handle for endCapture (-1 when that failed).
func captureStdout() int

// endCapture restores standard output and returns what was written while captured.
func endCapture(handle int) string

// Options of the run, from the arguments.
var (
	chatty      bool
	runPattern  string
	benchPat    string
	count       = 1
	timeout     time.Duration
	benchTime   = time.Second
	benchIters  int // -test.benchtime=Nx: exactly N iterations
	flagsParsed bool
)

// InternalTest is a test function of the package under test.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalBenchmark is a benchmark function.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// InternalExample is an example function with its expected output.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// InternalFuzzTarget is a fuzz target.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// TB is the interface common to T, B and F.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	private()
}

// stdoutMu serialises writes of reports to standard output.
var stdoutMu sync.Mutex

func printOut(s string) {
	stdoutMu.Lock()
	os.Stdout.WriteString(s)
	stdoutMu.Unlock()
}

// common is the state shared by tests, benchmarks and fuzz targets.
type common struct {
	mu       sync.Mutex
	name     string
	level    int // 0 for a top-level test
	parent   *common
	output   []byte // reports and logs shown when the test finishes
	failed   bool
	skipped  bool
	finished bool // the function returned normally or called SkipNow
	done     bool // the report was written
	helpers  map[string]bool
	cleanups []func()
	envs     []savedEnv
	tempDirs []string
	tempSeq  int
	start    time.Time
	duration time.Duration
	isBench  bool

	// Subtests.
	subNames  map[string]int
	parallel  bool
	release   chan bool // closed when a paused parallel test may run
	signal    chan bool // the test finished (or, when parallel, paused)
	subs      []*T      // parallel subtests to wait for
	hasSub    bool
}

type savedEnv struct {
	key, value string
	had        bool
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

// Fail records a failure of the test (and its parents); the test goes on running.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed tells whether a failure was recorded.
func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution.
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped tells whether the test called Skip, Skipf or SkipNow.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// SkipNow marks the test as skipped and stops its execution.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Helper marks the calling function as a test helper: file and line information of
// log messages skip it.
func (c *common) Helper() {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return
	}
	name := runtime.FuncForPC(pc).Name()
	c.mu.Lock()
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	c.helpers[name] = true
	c.mu.Unlock()
}

// callSite is "file:line" of the first caller outside the testing package and the
// helpers.
func (c *common) callSite() string {
	var pcs [50]uintptr
	stack := pcs[:runtime.Callers(3, pcs[:])]
	frames := runtime.CallersFrames(stack)
	first := ""
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, "testing.") {
			site := shortFile(f.File) + ":" + strconv.Itoa(f.Line)
			if first == "" {
				first = site
			}
			if !c.isHelper(f.Function) {
				return site
			}
		}
		if !more {
			break
		}
	}
	if first == "" {
		return "???:1"
	}
	return first
}

func (c *common) isHelper(fn string) bool {
	for p := c; p != nil; p = p.parent {
		p.mu.Lock()
		h := p.helpers[fn]
		p.mu.Unlock()
		if h {
			return true
		}
	}
	return false
}

func shortFile(f string) string {
	if i := strings.LastIndex(f, "/"); i >= 0 {
		return f[i+1:]
	}
	return f
}

// indent is the prefix of this test's report lines.
func (c *common) indent() string { return strings.Repeat("    ", c.level) }

// logLine formats a log message as the go command shows it: "    file:line: text", with
// continuation lines indented further and a final newline.
func (c *common) logLine(s string) string {
	site := c.callSite()
	if len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	ind := c.indent() + "    "
	s = strings.ReplaceAll(s, "\n", "\n"+ind+"    ")
	return ind + site + ": " + s + "\n"
}

func (c *common) record(s string) {
	line := c.logLine(s)
	c.mu.Lock()
	if c.done {
		c.mu.Unlock()
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if chatty && !c.isBench {
		c.mu.Unlock()
		printOut(line)
		return
	}
	c.output = append(c.output, line...)
	c.mu.Unlock()
}

// Log formats its arguments as Println does and records the text in the error log.
func (c *common) Log(args ...any) { c.record(fmt.Sprintln(args...)) }

// Logf formats its arguments as Printf does and records the text in the error log.
func (c *common) Logf(format string, args ...any) { c.recordf(format, args) }

// Error is Log followed by Fail.
func (c *common) Error(args ...any) {
	c.record(fmt.Sprintln(args...))
	c.Fail()
}

// recordf records a Logf-style line.
func (c *common) recordf(format string, args []any) { c.record(fmt.Sprintf(format, args...)) }

// Errorf is Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.recordf(format, args)
	c.Fail()
}

// Fatal is Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.record(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.recordf(format, args)
	c.FailNow()
}

// Skip is Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.record(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.recordf(format, args)
	c.SkipNow()
}

// Cleanup registers a function to run when the test and its subtests complete; cleanup
// functions run last registered, first run.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	c.cleanups = append(c.cleanups, f)
	c.mu.Unlock()
}

// TempDir returns a new directory for the test, removed when the test completes.
func (c *common) TempDir() string {
	c.mu.Lock()
	c.tempSeq++
	seq := c.tempSeq
	c.mu.Unlock()
	name := strings.NewReplacer("/", "_", " ", "_", "#", "_").Replace(c.name)
	dir := fmt.Sprintf("%s/%s%d_%d/%03d", os.TempDir(), name, os.Getpid(), time.Now().UnixNano(), seq)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	if seq == 1 {
		c.Cleanup(func() {
			if err := os.RemoveAll(dir[:strings.LastIndex(dir, "/")]); err != nil {
				c.Errorf("TempDir RemoveAll cleanup: %v", err)
			}
		})
	}
	return dir
}

// Setenv sets an environment variable for the duration of the test.
func (c *common) Setenv(key, value string) {
	// The previous state comes back at cleanup (also when setting fails).
	old, had := os.LookupEnv(key)
	c.Cleanup(func() {
		if had {
			os.Setenv(key, old)
		} else {
			os.Unsetenv(key)
		}
	})
	if failure := os.Setenv(key, value); failure != nil {
		c.Fatal(failure)
	}
}

// runCleanups runs the registered cleanups, last first.
func (c *common) runCleanups() {
	for {
		c.mu.Lock()
		n := len(c.cleanups)
		if n == 0 {
			c.mu.Unlock()
			return
		}
		f := c.cleanups[n-1]
		c.cleanups = c.cleanups[:n-1]
		c.mu.Unlock()
		f()
	}
}

// T is the state of a test.
type T struct {
	common
	deadline time.Time
}

// Deadline reports when the test binary will exceed its -timeout.
func (t *T) Deadline() (time.Time, bool) {
	return t.deadline, !t.deadline.IsZero()
}

// Parallel signals that the test runs in parallel with (and only with) the other parallel
// tests of its parent.
func (t *T) Parallel() {
	if t.parallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.parent == nil {
		return
	}
	t.parallel = true
	t.duration += time.Since(t.start)
	if chatty {
		printOut("=== PAUSE " + t.name + "\n")
	}
	t.release = make(chan bool)
	t.signal <- true
	// The parent prints "=== CONT" and releases its parallel subtests in the order they
	// paused, once its own function has returned.
	<-t.release
	t.start = time.Now()
}

// Setenv sets an environment variable for the test (not allowed in parallel tests).
func (t *T) Setenv(key, value string) {
	if t.parallel {
		panic("testing: t.Setenv called after t.Parallel; cannot set environment variables in parallel tests")
	}
	t.common.Setenv(key, value)
}

// Run runs f as a subtest of t called name, in its own goroutine, and reports whether f
// succeeded. Run returns when f returns or calls t.Parallel.
func (t *T) Run(name string, f func(t *T)) bool {
	full := t.subName(name)
	if !matches(full, runPattern) {
		return true
	}
	t.hasSub = true
	sub := &T{common: common{name: full, level: t.level + 1, parent: &t.common, signal: make(chan bool)}, deadline: t.deadline}
	if chatty {
		printOut("=== RUN   " + full + "\n")
	}
	go runTest(sub, f)
	<-sub.signal
	if sub.parallel {
		t.mu.Lock()
		t.subs = append(t.subs, sub)
		t.mu.Unlock()
		return true
	}
	return !sub.Failed()
}

// subName is the unique name of a subtest: spaces become underscores, duplicates get
// "#01", "#02" suffixes.
func (c *common) subName(name string) string {
	name = printableName(name)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.subNames == nil {
		c.subNames = map[string]int{}
	}
	base := c.name + "/" + name
	if c.name == "" {
		base = name
	}
	n := c.subNames[base]
	c.subNames[base] = n + 1
	if n == 0 {
		return base
	}
	for {
		s := fmt.Sprintf("%s#%02d", base, n)
		if _, taken := c.subNames[s]; !taken {
			c.subNames[s] = 1
			return s
		}
		n++
	}
}

// printableName makes a subtest name printable: spaces become underscores, unprintable runes
// are quoted.
func printableName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			b.WriteByte('_')
		case r < 0x20 || r == 0x7f:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// running holds the tests that started and have not finished, with their start times
// (a timeout lists them).
var (
	runningMu sync.Mutex
	running   = map[string]time.Time{}
)

// runningTests is "running tests:" and a line per running test with its running time
// in whole seconds, sorted by name.
func runningTests() string {
	runningMu.Lock()
	defer runningMu.Unlock()
	if len(running) == 0 {
		return ""
	}
	var names []string
	for n := range running {
		names = append(names, n)
	}
	slices.Sort(names)
	s := "running tests:\n"
	for _, n := range names {
		s += fmt.Sprintf("\t%s (%v)\n", n, time.Since(running[n]).Round(time.Second))
	}
	return s
}

// runTest runs one test function and reports its outcome to its parent.
func runTest(t *T, fn func(t *T)) {
	t.start = time.Now()
	runningMu.Lock()
	running[t.name] = t.start
	runningMu.Unlock()
	returned := false
	defer func() {
		err := recover()
		if !returned && err == nil {
			t.mu.Lock()
			finished := t.finished
			t.mu.Unlock()
			if !finished {
				err = "test executed panic(nil) or runtime.Goexit"
			}
		}
		if err != nil {
			t.Fail()
			// The report of this test and of its parents comes before the panic, as the
			// binary ends here.
			t.duration += time.Since(t.start)
			t.runCleanups()
			for c := &t.common; c != nil && c.parent != nil; c = c.parent {
				c.report()
				c.flushToParent()
			}
			panic(err)
		}
		t.runParallelSubtests()
		t.duration += time.Since(t.start)
		t.runCleanups()
		runningMu.Lock()
		delete(running, t.name)
		runningMu.Unlock()
		t.report()
		t.flushToParent()
		t.signal <- true
	}()
	fn(t)
	returned = true
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

// runParallelSubtests lets the paused parallel subtests run, in the order they paused,
// and waits until they all finished.
func (t *T) runParallelSubtests() {
	t.mu.Lock()
	subs := t.subs
	t.mu.Unlock()
	for _, sub := range subs {
		if chatty {
			printOut("=== CONT  " + sub.name + "\n")
		}
		close(sub.release)
	}
	for _, sub := range subs {
		<-sub.signal
	}
}

// report writes the "--- PASS/FAIL/SKIP" line (with the test's log) into the test's
// output, as the go command shows it: failures always, the rest only with -v.
func (c *common) report() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		return
	}
	c.done = true
	status := "PASS"
	if c.failed {
		status = "FAIL"
	} else if c.skipped {
		status = "SKIP"
	}
	if !c.failed && !chatty {
		c.output = nil
		return
	}
	head := fmt.Sprintf("%s--- %s: %s (%s)\n", strings.Repeat("    ", c.level), status, c.name, seconds(c.duration))
	c.output = append([]byte(head), c.output...)
}

// flushToParent appends the test's output to its parent's (top-level tests print it).
func (c *common) flushToParent() {
	c.mu.Lock()
	out := c.output
	c.output = nil
	c.mu.Unlock()
	p := c.parent
	if p == nil {
		return
	}
	if p.parent == nil {
		printOut(string(out))
		return
	}
	p.mu.Lock()
	p.output = append(p.output, out...)
	p.mu.Unlock()
}

// seconds formats d as go test does: "0.00s".
func seconds(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 2, 64) + "s" }

// matches reports whether a (sub)test name is selected by -run: each slash-separated
// element of the pattern must match the corresponding element of the name.
func matches(name, pattern string) bool {
	if pattern == "" {
		return true
	}
	pats := splitPattern(pattern)
	elems := strings.Split(name, "/")
	for i, e := range elems {
		if i >= len(pats) {
			return true
		}
		ok, errText := matchString(pats[i], e)
		if errText != "" {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for element %d of -test.run (%q): %s\n", i, pats[i], errText)
			os.Exit(1)
		}
		if !ok {
			return false
		}
	}
	return true
}

// splitPattern splits a -run pattern at slashes outside brackets and parentheses.
func splitPattern(p string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '[', '(':
			depth++
		case ']', ')':
			if depth > 0 {
				depth--
			}
		case '\\':
			i++
		case '/':
			if depth == 0 {
				out = append(out, p[start:i])
				start = i + 1
			}
		}
	}
	return append(out, p[start:])
}

// M is the state of a test program (TestMain's argument).
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	fuzz       []InternalFuzzTarget
	examples   []InternalExample
	exitCode   int
	ran        bool
	codeOut    *int
}

// MainStart is called by the generated main package of a test program. deps, when an
// *int, receives the exit code of Run (the program exits with it after TestMain).
func MainStart(deps any, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	code, _ := deps.(*int)
	return &M{tests: tests, benchmarks: benchmarks, fuzz: fuzzTargets, examples: examples, codeOut: code}
}

// Init is a no-op kept for programs that call it before flag parsing.
func Init() {}

// Short reports whether -test.short is set.
func Short() bool { return short }

// Verbose reports whether -test.v is set.
func Verbose() bool { return chatty }

// Testing reports whether the program is a test.
func Testing() bool { return true }

var short bool

func parseFlags() {
	if flagsParsed {
		return
	}
	flagsParsed = true
	args := os.Args[1:]
	for len(args) > 0 {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[0], "-"), "=")
		args = args[1:]
		// next is the flag's value: after '=', else the following argument.
		next := func() string {
			if hasValue || len(args) == 0 {
				return value
			}
			following := args[0]
			args = args[1:]
			return following
		}
		switch name {
		case "test.v":
			chatty = !hasValue || value == "true"
		case "test.short":
			short = !hasValue || value == "true"
		case "test.run":
			runPattern = next()
		case "test.bench":
			benchPat = next()
		case "test.count":
			count, _ = strconv.Atoi(next())
		case "test.timeout":
			timeout, _ = time.ParseDuration(next())
		case "test.benchtime":
			v := next()
			if strings.HasSuffix(v, "x") {
				benchIters, _ = strconv.Atoi(v[:len(v)-1])
			} else {
				benchTime, _ = time.ParseDuration(v)
			}
		}
	}
}

// Run runs the tests, examples and benchmarks; it returns the exit code for os.Exit.
func (m *M) Run() (code int) {
	defer func() {
		if m.codeOut != nil {
			*m.codeOut = code
		}
	}()
	parseFlags()
	if m.ran {
		return m.exitCode
	}
	m.ran = true
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
		timer := time.AfterFunc(timeout, func() {
			msg := fmt.Sprintf("test timed out after %v", timeout)
			if r := runningTests(); r != "" {
				msg += "\n" + strings.TrimSuffix(r, "\n")
			}
			panic(msg)
		})
		defer timer.Stop()
	}
	ok, ran := true, false
	// -count repeats the tests, then the fuzz targets' seed corpora; examples run once
	// (the order go test follows).
	for n := 0; n < count; n++ {
		r, o := runTests(m.tests, nil, deadline)
		ran = ran || r
		ok = ok && o
	}
	if len(m.fuzz) > 0 {
		for n := 0; n < count; n++ {
			r, o := runTests(nil, m.fuzz, deadline)
			ran = ran || r
			ok = ok && o
		}
	}
	r, o := runExamples(m.examples)
	ran = ran || r
	ok = ok && o
	if ok && benchPat != "" {
		ok = runBenchmarks(m.benchmarks)
	}
	if !ran && benchPat == "" {
		printOut("testing: warning: no tests to run\n")
	}
	if !ok {
		printOut("FAIL\n")
		m.exitCode = 1
		return 1
	}
	printOut("PASS\n")
	m.exitCode = 0
	return 0
}

// runTests runs the matching tests and fuzz targets' seed corpora under one root.
func runTests(tests []InternalTest, fuzz []InternalFuzzTarget, deadline time.Time) (ran, ok bool) {
	root := &T{common: common{level: -1, signal: make(chan bool)}, deadline: deadline}
	main := func(t *T) {
		for _, test := range tests {
			if !matches(test.Name, runPattern) {
				continue
			}
			ran = true
			t.Run(test.Name, test.F)
		}
		for _, ft := range fuzz {
			if !matches(ft.Name, runPattern) {
				continue
			}
			ran = true
			fn := ft.Fn
			t.Run(ft.Name, func(t *T) {
				f := &F{t: t}
				fn(f)
			})
		}
	}
	go func() {
		defer func() {
			root.runParallelSubtests()
			root.signal <- true
		}()
		main(root)
	}()
	<-root.signal
	return ran, !root.failed
}

// runExamples runs the examples with an expected output, comparing what they print.
func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	for _, eg := range examples {
		if !matches(eg.Name, runPattern) {
			continue
		}
		ran = true
		if chatty {
			printOut("=== RUN   " + eg.Name + "\n")
		}
		start := time.Now()
		h := captureStdout()
		finished := false
		var got string
		func() {
			defer func() {
				if !finished {
					got = endCapture(h)
					os.Stdout.WriteString(got)
					printOut(fmt.Sprintf("--- FAIL: %s (%s)\n", eg.Name, seconds(time.Since(start))))
				}
			}()
			eg.F()
			finished = true
		}()
		got = endCapture(h)
		d := time.Since(start)
		gotT, want := strings.TrimSpace(got), strings.TrimSpace(eg.Output)
		if eg.Unordered {
			gotT, want = sortLines(gotT), sortLines(want)
		}
		if gotT != want {
			ok = false
			printOut(fmt.Sprintf("--- FAIL: %s (%s)\ngot:\n%s\nwant:\n%s\n", eg.Name, seconds(d), strings.TrimSpace(got), strings.TrimSpace(eg.Output)))
		} else if chatty {
			printOut(fmt.Sprintf("--- PASS: %s (%s)\n", eg.Name, seconds(d)))
		}
	}
	return ran, ok
}

// sortLines puts the lines of s in order (for "Unordered output").
func sortLines(s string) string {
	return strings.Join(slices.Sorted(slices.Values(strings.Split(s, "\n"))), "\n")
}
