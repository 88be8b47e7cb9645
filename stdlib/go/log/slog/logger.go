// Package slog is structured logging: a Logger builds Records of a message, a level
// and key-value attrs, and a Handler writes them (TextHandler as key=value pairs,
// JSONHandler as JSON objects). The default Logger writes through package log.
package slog

import (
	"context"
	"log"
	"log/internal"
	"runtime"
	"sync/atomic"
	"time"
)

// A Logger records events through its Handler; its methods are safe for concurrent use.
type Logger struct {
	handler Handler
}

// New returns a Logger that hands its records to h, which must not be nil.
func New(h Handler) *Logger {
	if h == nil {
		panic("nil Handler")
	}
	return &Logger{h}
}

// Handler returns l's handler.
func (l *Logger) Handler() Handler { return l.handler }

// With returns a Logger whose records all carry the attrs args make (see Log); with
// no args it returns l.
func (l *Logger) With(args ...any) *Logger {
	if len(args) == 0 {
		return l
	}
	return &Logger{l.handler.WithAttrs(attrsOf(args))}
}

// WithGroup returns a Logger whose later attrs (of With and of each record) sit in
// the group name; an empty name returns l.
func (l *Logger) WithGroup(name string) *Logger {
	if name == "" {
		return l
	}
	return &Logger{l.handler.WithGroup(name)}
}

// Enabled reports whether l's handler handles records of the level (a nil ctx is
// context.Background()).
func (l *Logger) Enabled(ctx context.Context, level Level) bool {
	if ctx == nil {
		ctx = context.Background()
	}
	return l.handler.Enabled(ctx, level)
}

// callerSkip is what runtime.Callers skips in Logger.emit so that the record's PC is
// the call of the exported logging function: Callers, emit and that function.
const callerSkip = 3

// emit builds and handles a record; it must be called directly by the exported
// function whose caller is the record's source. args are key-value pairs or Attrs;
// attrs, if args is nil, are Attrs.
func (l *Logger) emit(ctx context.Context, level Level, msg string, args []any, attrs []Attr) {
	if ctx == nil {
		ctx = context.Background()
	}
	if !l.handler.Enabled(ctx, level) {
		return
	}
	var pc [1]uintptr
	runtime.Callers(callerSkip, pc[:])
	r := NewRecord(time.Now(), level, msg, pc[0])
	if args != nil {
		r.Add(args...)
	} else {
		r.AddAttrs(attrs...)
	}
	l.handler.Handle(ctx, r)
}

// Log logs msg at level with the attrs of args: each is an Attr, or a string key
// followed by its value; anything else (and a final key without a value) is logged
// under the key "!BADKEY".
func (l *Logger) Log(ctx context.Context, level Level, msg string, args ...any) {
	l.emit(ctx, level, msg, args, nil)
}

// LogAttrs is Log with Attrs only, which costs less.
func (l *Logger) LogAttrs(ctx context.Context, level Level, msg string, attrs ...Attr) {
	l.emit(ctx, level, msg, nil, attrs)
}

// Debug logs at LevelDebug.
func (l *Logger) Debug(msg string, args ...any) { l.emit(nil, LevelDebug, msg, args, nil) }

// DebugContext logs at LevelDebug with ctx.
func (l *Logger) DebugContext(ctx context.Context, msg string, args ...any) {
	l.emit(ctx, LevelDebug, msg, args, nil)
}

// Info logs at LevelInfo.
func (l *Logger) Info(msg string, args ...any) { l.emit(nil, LevelInfo, msg, args, nil) }

// InfoContext logs at LevelInfo with ctx.
func (l *Logger) InfoContext(ctx context.Context, msg string, args ...any) {
	l.emit(ctx, LevelInfo, msg, args, nil)
}

// Warn logs at LevelWarn.
func (l *Logger) Warn(msg string, args ...any) { l.emit(nil, LevelWarn, msg, args, nil) }

// WarnContext logs at LevelWarn with ctx.
func (l *Logger) WarnContext(ctx context.Context, msg string, args ...any) {
	l.emit(ctx, LevelWarn, msg, args, nil)
}

// Error logs at LevelError.
func (l *Logger) Error(msg string, args ...any) { l.emit(nil, LevelError, msg, args, nil) }

// ErrorContext logs at LevelError with ctx.
func (l *Logger) ErrorContext(ctx context.Context, msg string, args ...any) {
	l.emit(ctx, LevelError, msg, args, nil)
}

// The default Logger and the level at which package log's output is logged.
var (
	defaultLogger  atomic.Pointer[Logger]
	bridgeLevel LevelVar
)

func init() {
	defaultLogger.Store(New(newLogHandler(func(pc uintptr, line []byte) error {
		return internal.DefaultOutput(pc, line)
	})))
}

// Default returns the default Logger. Until SetDefault changes it, it writes
// "LEVEL message attrs" lines through package log's default logger (at levels from
// the one SetLogLoggerLevel sets, LevelInfo at first).
func Default() *Logger { return defaultLogger.Load() }

// SetDefault makes l the default Logger. Unless l's handler is the initial default
// one, package log's default logger is redirected to l's handler too: its lines
// become records at the SetLogLoggerLevel level, and its flags are cleared.
func SetDefault(l *Logger) {
	defaultLogger.Store(l)
	if _, ok := l.Handler().(*logHandler); ok {
		return
	}
	withPC := log.Flags()&(log.Lshortfile|log.Llongfile) != 0
	log.SetOutput(&lineWriter{l.Handler(), &bridgeLevel, withPC})
	log.SetFlags(0)
}

// SetLogLoggerLevel sets the level of the bridge between slog and package log and
// returns the previous one. Before SetDefault, it is the least level the default
// Logger writes; after, it is the level of the records package log's lines become.
func SetLogLoggerLevel(level Level) Level {
	old := bridgeLevel.Level()
	bridgeLevel.Set(level)
	return old
}

// NewLogLogger returns a *log.Logger whose lines (without prefix or flags) become
// records of the level handled by h.
func NewLogLogger(h Handler, level Level) *log.Logger {
	return log.New(&lineWriter{h, level, true}, "", 0)
}

// lineWriter is the io.Writer that feeds log.Logger lines to a Handler.
type lineWriter struct {
	h     Handler
	level Leveler
	// withPC gives records the PC of the log.Logger call.
	withPC bool
}

// logCallerSkip is what runtime.Callers skips in lineWriter.Write to reach the caller
// of a log.Logger Print-style method: Callers, Write, and in package log the
// Logger's write, Output and emit methods and the Print-style method itself.
const logCallerSkip = 6

func (w *lineWriter) Write(line []byte) (int, error) {
	level := w.level.Level()
	ctx := context.Background()
	if !w.h.Enabled(ctx, level) {
		return 0, nil
	}
	var pc [1]uintptr
	if w.withPC {
		runtime.Callers(logCallerSkip, pc[:])
	}
	msg := line
	if n := len(msg); n > 0 && msg[n-1] == '\n' {
		msg = msg[:n-1]
	}
	r := NewRecord(time.Now(), level, string(msg), pc[0])
	return len(line), w.h.Handle(ctx, r)
}

// Package-level logging through the default Logger. Each calls emit itself, so that
// the record's PC is its caller.

// Debug logs at LevelDebug with the default Logger.
func Debug(msg string, args ...any) { Default().emit(nil, LevelDebug, msg, args, nil) }

// DebugContext logs at LevelDebug with the default Logger.
func DebugContext(ctx context.Context, msg string, args ...any) {
	Default().emit(ctx, LevelDebug, msg, args, nil)
}

// Info logs at LevelInfo with the default Logger.
func Info(msg string, args ...any) { Default().emit(nil, LevelInfo, msg, args, nil) }

// InfoContext logs at LevelInfo with the default Logger.
func InfoContext(ctx context.Context, msg string, args ...any) {
	Default().emit(ctx, LevelInfo, msg, args, nil)
}

// Warn logs at LevelWarn with the default Logger.
func Warn(msg string, args ...any) { Default().emit(nil, LevelWarn, msg, args, nil) }

// WarnContext logs at LevelWarn with the default Logger.
func WarnContext(ctx context.Context, msg string, args ...any) {
	Default().emit(ctx, LevelWarn, msg, args, nil)
}

// Error logs at LevelError with the default Logger.
func Error(msg string, args ...any) { Default().emit(nil, LevelError, msg, args, nil) }

// ErrorContext logs at LevelError with the default Logger.
func ErrorContext(ctx context.Context, msg string, args ...any) {
	Default().emit(ctx, LevelError, msg, args, nil)
}

// Log logs at level with the default Logger.
func Log(ctx context.Context, level Level, msg string, args ...any) {
	Default().emit(ctx, level, msg, args, nil)
}

// LogAttrs logs Attrs at level with the default Logger.
func LogAttrs(ctx context.Context, level Level, msg string, attrs ...Attr) {
	Default().emit(ctx, level, msg, nil, attrs)
}

// With returns Default().With(args...).
func With(args ...any) *Logger { return Default().With(args...) }
