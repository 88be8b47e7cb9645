// Package log writes one line per event to an io.Writer, optionally headed by a
// prefix, a timestamp and the calling file. A package-level logger writes to
// standard error; Fatal* also exit with status 1 and Panic* also panic.
package log

import (
	"fmt"
	"io"
	"log/internal"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Flag bits choosing the header of every line (combine them with |).
const (
	Ldate         = 1 << iota     // yyyy/mm/dd
	Ltime                         // hh:mm:ss
	Lmicroseconds                 // hh:mm:ss.uuuuuu (implies Ltime)
	Llongfile                     // /full/path/file.go:LINE
	Lshortfile                    // file.go:LINE (wins over Llongfile)
	LUTC                          // date and time in UTC instead of local time
	Lmsgprefix                    // prefix goes right before the message, not first
	LstdFlags     = Ldate | Ltime // what the package-level logger starts with
)

// A Logger formats events and writes each as a single Write call; it is safe for
// concurrent use.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
	line   []byte // reused between events
}

// New returns a Logger writing to out with the given prefix and flag bits.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = &Logger{out: os.Stderr, flag: LstdFlags}

// Default is the package-level logger.
func Default() *Logger { return std }

// locked runs f with l's mutex held.
func (l *Logger) locked(f func()) {
	l.mu.Lock()
	f()
	l.mu.Unlock()
}

// SetOutput changes where l writes.
func (l *Logger) SetOutput(w io.Writer) { l.locked(func() { l.out = w }) }

// Writer is where l writes.
func (l *Logger) Writer() (w io.Writer) {
	l.locked(func() { w = l.out })
	return
}

// Prefix is l's line prefix.
func (l *Logger) Prefix() (p string) {
	l.locked(func() { p = l.prefix })
	return
}

// SetPrefix changes l's line prefix.
func (l *Logger) SetPrefix(prefix string) { l.locked(func() { l.prefix = prefix }) }

// Flags are l's header flag bits (Ldate, Ltime, ...).
func (l *Logger) Flags() (f int) {
	l.locked(func() { f = l.flag })
	return
}

// SetFlags changes l's header flag bits.
func (l *Logger) SetFlags(flag int) { l.locked(func() { l.flag = flag }) }

// pad appends n in decimal with at least width digits (leading zeros).
func pad(b []byte, n, width int) []byte {
	var digits [20]byte
	at := len(digits)
	for n > 0 || width > 0 || at == len(digits) {
		at--
		digits[at] = '0' + byte(n%10)
		n /= 10
		width--
	}
	return append(b, digits[at:]...)
}

// stamp appends the date and/or clock parts the flags ask for.
func stamp(b []byte, flag int, t time.Time) []byte {
	if flag&LUTC != 0 {
		t = t.UTC()
	}
	if flag&Ldate != 0 {
		y, m, d := t.Date()
		b = append(pad(b, y, 4), '/')
		b = append(pad(b, int(m), 2), '/')
		b = append(pad(b, d, 2), ' ')
	}
	if flag&(Ltime|Lmicroseconds) == 0 {
		return b
	}
	h, mi, s := t.Clock()
	b = append(pad(b, h, 2), ':')
	b = append(pad(b, mi, 2), ':')
	b = pad(b, s, 2)
	if flag&Lmicroseconds != 0 {
		b = pad(append(b, '.'), t.Nanosecond()/1e3, 6)
	}
	return append(b, ' ')
}

// Output writes one event: the header, then s, then a newline unless s has one.
// calldepth counts the frames between Output and the caller whose file and line
// are shown (1 means the caller of Output).
func (l *Logger) Output(calldepth int, s string) error {
	return l.write(0, calldepth, s)
}

func init() {
	internal.DefaultOutput = func(pc uintptr, line []byte) error { return std.write(pc, 0, string(line)) }
}

// site finds the file and line shown by Llongfile/Lshortfile: those of pc when it is
// known, else of the frame skip levels above site's caller.
func site(pc uintptr, skip int) (string, int) {
	if pc != 0 {
		frame, _ := runtime.CallersFrames([]uintptr{pc}).Next()
		if frame.File != "" {
			return frame.File, frame.Line
		}
		return "???", 0
	}
	if _, f, n, ok := runtime.Caller(skip + 2); ok {
		return f, n
	}
	return "???", 0
}

// write formats and writes one event; the call site is pc, or (pc 0) the frame
// calldepth levels above write's caller.
func (l *Logger) write(pc uintptr, calldepth int, s string) error {
	now := time.Now()
	l.mu.Lock()
	flag := l.flag
	l.mu.Unlock()
	where, lineNo := "", 0
	if flag&(Llongfile|Lshortfile) != 0 {
		// Ask for the caller outside the lock; it walks the stack.
		where, lineNo = site(pc, calldepth)
		if flag&Lshortfile != 0 {
			if slash := strings.LastIndexByte(where, '/'); slash > 0 {
				where = where[slash+1:]
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.line[:0]
	if flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	b = stamp(b, flag, now)
	if flag&(Llongfile|Lshortfile) != 0 {
		b = append(append(b, where...), ':')
		b = append(pad(b, lineNo, 1), ": "...)
	}
	if flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	b = append(b, s...)
	if !strings.HasSuffix(s, "\n") {
		b = append(b, '\n')
	}
	l.line = b
	_, err := l.out.Write(b)
	return err
}

// emit logs msg for the caller of the exported function that called emit, and
// returns msg (for the Panic family).
func (l *Logger) emit(msg string) string {
	l.Output(3, msg)
	return msg
}

// Print logs its operands formatted as by fmt.Print.
func (l *Logger) Print(v ...any) { l.emit(fmt.Sprint(v...)) }

// Printf logs its operands formatted as by fmt.Printf.
func (l *Logger) Printf(format string, v ...any) { l.emit(fmt.Sprintf(format, v...)) }

// Println logs its operands formatted as by fmt.Println.
func (l *Logger) Println(v ...any) { l.emit(fmt.Sprintln(v...)) }

// Fatal logs like Print, then exits with status 1.
func (l *Logger) Fatal(v ...any) { l.emit(fmt.Sprint(v...)); os.Exit(1) }

// Fatalf logs like Printf, then exits with status 1.
func (l *Logger) Fatalf(format string, v ...any) { l.emit(fmt.Sprintf(format, v...)); os.Exit(1) }

// Fatalln logs like Println, then exits with status 1.
func (l *Logger) Fatalln(v ...any) { l.emit(fmt.Sprintln(v...)); os.Exit(1) }

// Panic logs like Print, then panics with the message.
func (l *Logger) Panic(v ...any) { panic(l.emit(fmt.Sprint(v...))) }

// Panicf logs like Printf, then panics with the message.
func (l *Logger) Panicf(format string, v ...any) { panic(l.emit(fmt.Sprintf(format, v...))) }

// Panicln logs like Println, then panics with the message.
func (l *Logger) Panicln(v ...any) { panic(l.emit(fmt.Sprintln(v...))) }

// The package-level functions below act on Default().

func SetOutput(w io.Writer)          { std.SetOutput(w) }
func Flags() int                     { return std.Flags() }
func SetFlags(flag int)              { std.SetFlags(flag) }
func Prefix() string                 { return std.Prefix() }
func SetPrefix(prefix string)        { std.SetPrefix(prefix) }
func Writer() io.Writer              { return std.Writer() }
func Print(v ...any)                 { std.emit(fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.emit(fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.emit(fmt.Sprintln(v...)) }
func Fatal(v ...any)                 { std.emit(fmt.Sprint(v...)); os.Exit(1) }
func Fatalf(format string, v ...any) { std.emit(fmt.Sprintf(format, v...)); os.Exit(1) }
func Fatalln(v ...any)               { std.emit(fmt.Sprintln(v...)); os.Exit(1) }
func Panic(v ...any)                 { panic(std.emit(fmt.Sprint(v...))) }
func Panicf(format string, v ...any) { panic(std.emit(fmt.Sprintf(format, v...))) }
func Panicln(v ...any)               { panic(std.emit(fmt.Sprintln(v...))) }

// Output is Default().Output, with calldepth counted from this function.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }
