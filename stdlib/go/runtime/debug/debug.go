// Package debug: run-time controls and queries of minigo's runtime (collector setting,
// stack traces, build information).
package debug

import (
	"errors"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// setGCPercent sets the collector's GOGC percentage (a negative value turns collection
// off) and returns the previous one (-1 when it was off). Native.
func setGCPercent(percent int) int

// SetGCPercent sets the garbage collection target percentage (GOGC) and returns the
// previous setting; a negative percentage disables the collector.
func SetGCPercent(percent int) int {
	if percent < 0 {
		percent = -1
	}
	return setGCPercent(percent)
}

// FreeOSMemory forces a collection; the collector returns free pages to the system as
// it always does after one.
func FreeOSMemory() { runtime.GC() }

// Stack returns the calling goroutine's stack trace as a panic prints it.
func Stack() []byte {
	size := 1024
	for {
		buf := make([]byte, size)
		if used := runtime.Stack(buf, false); used < size {
			return buf[:used]
		}
		size *= 2
	}
}

// PrintStack writes Stack to standard error.
func PrintStack() { os.Stderr.Write(Stack()) }

// Limits that minigo's runtime does not enforce: the setters record the value so that
// the next call returns it, as Go's do. Go's defaults are reported initially.
var (
	maxStack      = 1000000000
	maxThreads    = 10000
	memoryLimit   = int64(1<<63 - 1)
	panicOnFault  bool
	tracebackMode = "single"
)

// SetMaxStack records the maximum stack size of a goroutine and returns the previous one.
// (minigo's frame stacks are bounded by its own limit.)
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads records the maximum number of OS threads and returns the previous one.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetMemoryLimit records the soft memory limit and returns the previous one; a negative
// limit only reads it.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// SetPanicOnFault records the setting and returns the previous one.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// SetTraceback records how much a fatal error prints (minigo always prints the failing
// goroutine).
func SetTraceback(level string) { tracebackMode = level }

// WriteHeapDump is not supported: minigo has no heap dump format.
func WriteHeapDump(fd uintptr) {
	panic("runtime/debug.WriteHeapDump is not supported by minigo yet")
}

// CrashOptions configures SetCrashOutput (no options exist yet).
type CrashOptions struct{}

var crashOutput *os.File

// SetCrashOutput names a second file that a fatal crash report is written to; minigo
// records it (nil to clear) but writes reports to standard error only.
func SetCrashOutput(f *os.File, opts CrashOptions) error {
	crashOutput = f
	return nil
}

// GCStats describes the collector's recent activity.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats fills stats with the collector's statistics. minigo does not keep a
// per-collection pause history: Pause, PauseEnd and PauseQuantiles are left empty.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	stats.LastGC = time.Time{}
	if m.LastGC != 0 {
		stats.LastGC = time.Unix(0, int64(m.LastGC))
	}
	stats.Pause, stats.PauseEnd, stats.PauseQuantiles = stats.Pause[:0], stats.PauseEnd[:0], stats.PauseQuantiles[:0]
}

// Module describes a module of a build.
type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}

// BuildSetting is one key=value setting of a build.
type BuildSetting struct {
	Key, Value string
}

// BuildInfo describes how the running program was built.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

// ReadBuildInfo describes the running program: a program run from a file is, as with
// `go run file.go`, the package "command-line-arguments".
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	return &BuildInfo{
		GoVersion: runtime.Version(),
		Path:      "command-line-arguments",
		Settings: []BuildSetting{
			{"-buildmode", "exe"},
			{"-compiler", runtime.Compiler},
			{"CGO_ENABLED", "0"},
			{"GOARCH", runtime.GOARCH},
			{"GOOS", runtime.GOOS},
		},
	}, true
}

// needsQuote reports whether a build setting's key (key true) or value must be written
// as a quoted Go string to be read back.
func needsQuote(s string, key bool) bool {
	if s == "" {
		return key
	}
	for _, c := range s {
		switch {
		case c == ' ', c == '\t', c == '\r', c == '\n', c == '"', c == '`':
			return true
		case key && c == '=':
			return true
		}
	}
	return false
}

// writeModule writes a "mod" or "dep" line: path and version, then either the checksum
// or, on the next line, the replacement ("=>") followed by an empty line.
func writeModule(b *strings.Builder, word string, m *Module) {
	b.WriteString(word + "\t" + m.Path + "\t" + m.Version)
	if m.Replace == nil {
		b.WriteString("\t" + m.Sum)
	} else {
		b.WriteByte('\n')
		writeModule(b, "=>", m.Replace)
	}
	b.WriteByte('\n')
}

// String formats the build information in the line format ParseBuildInfo reads.
func (bi *BuildInfo) String() string {
	var b strings.Builder
	if bi.GoVersion != "" {
		b.WriteString("go\t" + bi.GoVersion + "\n")
	}
	if bi.Path != "" {
		b.WriteString("path\t" + bi.Path + "\n")
	}
	if bi.Main != (Module{}) {
		writeModule(&b, "mod", &bi.Main)
	}
	for _, d := range bi.Deps {
		writeModule(&b, "dep", d)
	}
	for _, setting := range bi.Settings {
		k, v := setting.Key, setting.Value
		if needsQuote(k, true) {
			k = strconv.Quote(k)
		}
		if needsQuote(v, false) {
			v = strconv.Quote(v)
		}
		b.WriteString("build\t" + k + "=" + v + "\n")
	}
	return b.String()
}

// ParseBuildInfo reads the format written by BuildInfo.String. As in Go, the "go" line and
// lines with an unknown first word are ignored (the Go version is not part of the text a
// binary embeds).
func ParseBuildInfo(data string) (bi *BuildInfo, err error) {
	bi = new(BuildInfo)
	var last *Module // the module of the previous line, which a "=>" line may replace
	for n, line := range strings.Split(data, "\n") {
		fail := func(what string) (*BuildInfo, error) {
			return nil, errors.New("could not parse Go build info: line " + strconv.Itoa(n+1) + ": " + what)
		}
		word, rest, found := strings.Cut(line, "\t")
		prev := last
		last = nil
		if !found {
			continue
		}
		switch word {
		case "path":
			bi.Path = rest
		case "mod", "dep":
			cols := strings.Split(rest, "\t")
			if len(cols) < 2 || len(cols) > 3 {
				return fail("expected 2 or 3 columns; got " + strconv.Itoa(len(cols)))
			}
			m := &Module{Path: cols[0], Version: cols[1]}
			if len(cols) == 3 {
				m.Sum = cols[2]
			}
			if word == "mod" {
				bi.Main = *m
				last = &bi.Main
			} else {
				bi.Deps = append(bi.Deps, m)
				last = m
			}
		case "=>":
			cols := strings.Split(rest, "\t")
			if len(cols) != 3 {
				return fail("expected 3 columns for replacement; got " + strconv.Itoa(len(cols)))
			}
			if prev == nil {
				return fail("replacement with no module on previous line")
			}
			prev.Replace = &Module{Path: cols[0], Version: cols[1], Sum: cols[2]}
		case "build":
			k, v, what := splitSetting(rest)
			if what != "" {
				return fail(what)
			}
			bi.Settings = append(bi.Settings, BuildSetting{k, v})
		}
	}
	return bi, nil
}

// splitSetting splits `key=value` where either part may be a quoted Go string; what
// describes a malformed setting.
func splitSetting(s string) (key, value, what string) {
	if strings.HasPrefix(s, `"`) {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return "", "", "invalid quoted key in build line"
		}
		key, _ = strconv.Unquote(q)
		s = s[len(q):]
		if s == "" {
			return "", "", "build line missing '=' after quoted key"
		}
		if c, _ := utf8.DecodeRuneInString(s); c != '=' {
			return "", "", "unexpected character after quoted key: " + strconv.QuoteRune(c)
		}
		s = s[1:]
	} else {
		k, v, ok := strings.Cut(s, "=")
		if !ok {
			return "", "", "build line missing '=' after key"
		}
		if k == "" {
			return "", "", "build line with missing key"
		}
		key, s = k, v
	}
	if strings.HasPrefix(s, `"`) {
		v, err := strconv.Unquote(s)
		if err != nil {
			return "", "", "invalid quoted value in build line"
		}
		return key, v, ""
	}
	return key, s, ""
}
