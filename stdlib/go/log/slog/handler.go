package slog

import (
	"context"
	"io"
	"sync"
)

// A Handler turns Records into output. Logger calls Enabled before building a record
// and Handle for each enabled one; WithAttrs and WithGroup return handlers that add
// attrs to, or nest the attrs of, every later record.
type Handler interface {
	Enabled(ctx context.Context, level Level) bool
	Handle(ctx context.Context, r Record) error
	WithAttrs(as []Attr) Handler
	WithGroup(group string) Handler
}

// Keys of the attrs a handler adds for a record's own fields.
const (
	TimeKey    = "time"
	LevelKey   = "level"
	MessageKey = "msg"
	SourceKey  = "source"
)

// HandlerOptions configure a TextHandler or JSONHandler.
type HandlerOptions struct {
	// AddSource adds a SourceKey attr with the logging call's file and line.
	AddSource bool
	// Level is the least level handled (nil: LevelInfo).
	Level Leveler
	// ReplaceAttr, if set, is called on every non-group attr before it is written,
	// with the names of the groups holding it (nil for the record's own time, level,
	// source and message); it returns the attr to write, or an empty Attr to drop it.
	ReplaceAttr func(groups []string, a Attr) Attr
}

// style is the output syntax of a formatter.
type style int

const (
	textStyle    style = iota // key=value, quoted when needed
	jsonStyle                 // a JSON object per line
	defaultStyle              // the default handler: "LEVEL message key=value" through package log
)

// formatter is the machinery TextHandler, JSONHandler and the default handler share.
// Attrs given to WithAttrs are formatted once, into pre. Groups given to WithGroup are
// opened lazily, so that a group nothing is logged in does not appear: open counts
// the groups already opened inside pre, and prefix is the text key prefix in effect
// at pre's end.
type formatter struct {
	style  style
	opts   HandlerOptions
	mu     *sync.Mutex // shared by the handlers derived from one another
	w      io.Writer
	pre    []byte
	prefix string
	groups []string
	open   int
}

func newFormatter(s style, w io.Writer, opts *HandlerOptions) *formatter {
	f := &formatter{style: s, w: w, mu: new(sync.Mutex)}
	if opts != nil {
		f.opts = *opts
	}
	return f
}

func (f *formatter) enabled(l Level) bool {
	least := LevelInfo
	if f.opts.Level != nil {
		least = f.opts.Level.Level()
	}
	return l >= least
}

func (f *formatter) clone() *formatter {
	c := *f
	c.pre = append([]byte(nil), f.pre...)
	c.groups = append([]string(nil), f.groups...)
	return &c
}

// withAttrs returns a formatter that writes as every record's first attrs (f itself
// if as holds only groups without attrs).
func (f *formatter) withAttrs(as []Attr) *formatter {
	allEmpty := true
	for _, a := range as {
		allEmpty = allEmpty && emptyGroup(a.Value)
	}
	if allEmpty {
		return f
	}
	c := f.clone()
	st := f.startAttrs(c.pre)
	mark := len(st.buf)
	st.openPending()
	if st.attrs(as) {
		c.pre, c.prefix, c.open = st.buf, st.prefix, len(f.groups)
	} else {
		c.pre = st.buf[:mark]
	}
	return c
}

// withGroup returns a formatter that nests later attrs in group name.
func (f *formatter) withGroup(name string) *formatter {
	c := f.clone()
	c.groups = append(c.groups, name)
	return c
}

// handle formats r as one line.
func (f *formatter) handle(r Record) []byte {
	st := &state{f: f}
	if f.style == jsonStyle {
		st.buf = append(st.buf, '{')
	}
	if f.style == defaultStyle {
		st.buf = append(st.buf, r.Level.String()...)
		st.buf = append(st.buf, ' ')
		st.buf = append(st.buf, r.Message...)
		st.sep = " "
	} else {
		if !r.Time.IsZero() {
			st.attr(Time(TimeKey, r.Time))
		}
		st.attr(Any(LevelKey, r.Level))
		if f.opts.AddSource {
			st.attr(Any(SourceKey, sourceOf(r.PC)))
		}
		st.attr(String(MessageKey, r.Message))
	}
	// The record's attrs, after those of WithAttrs, in the groups of WithGroup.
	st.tracking = true
	st.groups = append([]string{}, f.groups[:f.open]...)
	st.prefix = f.prefix
	if len(f.pre) > 0 {
		st.buf = append(st.buf, st.sep...)
		st.buf = append(st.buf, f.pre...)
		st.sep = f.afterPre()
	}
	closing := f.open
	if r.NumAttrs() > 0 {
		mark := len(st.buf)
		st.openPending()
		if st.attrs(r.attrs) {
			closing = len(f.groups)
		} else {
			st.buf = st.buf[:mark]
		}
	}
	switch f.style {
	case jsonStyle:
		for i := 0; i <= closing; i++ {
			st.buf = append(st.buf, '}')
		}
		st.buf = append(st.buf, '\n')
	case textStyle:
		st.buf = append(st.buf, '\n')
	}
	return st.buf
}

// write sends one formatted line to the writer in one Write call, one line at a time.
func (f *formatter) write(line []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	_, err := f.w.Write(line)
	return err
}

// afterPre is the separator after pre: none right after an opening brace.
func (f *formatter) afterPre() string {
	if f.style == jsonStyle {
		if f.pre[len(f.pre)-1] == '{' {
			return ""
		}
		return ","
	}
	return " "
}

// startAttrs returns a state that appends attrs to buf (which holds f.pre) in the
// groups f has already opened.
func (f *formatter) startAttrs(buf []byte) *state {
	st := &state{f: f, buf: buf, tracking: true, prefix: f.prefix}
	st.groups = append([]string{}, f.groups[:f.open]...)
	if len(buf) > 0 {
		st.sep = f.afterPre()
	}
	return st
}

// TextHandler writes each record as a line of key=value pairs separated by spaces.
type TextHandler struct {
	f *formatter
}

// NewTextHandler returns a TextHandler writing to w; opts may be nil.
func NewTextHandler(w io.Writer, opts *HandlerOptions) *TextHandler {
	return &TextHandler{newFormatter(textStyle, w, opts)}
}

// Enabled reports whether l is at least the handler's Level option.
func (h *TextHandler) Enabled(_ context.Context, l Level) bool { return h.f.enabled(l) }

// WithAttrs returns a TextHandler that writes attrs (formatted now) in every record.
func (h *TextHandler) WithAttrs(attrs []Attr) Handler { return &TextHandler{h.f.withAttrs(attrs)} }

// WithGroup returns a TextHandler whose later attrs have keys prefixed by name and a
// dot; an empty name returns h.
func (h *TextHandler) WithGroup(name string) Handler {
	if name == "" {
		return h
	}
	return &TextHandler{h.f.withGroup(name)}
}

// Handle writes r as one line: time (RFC 3339 with milliseconds; none if r.Time is
// zero), level, source (file:line, with AddSource), message and attrs; a value is
// its MarshalText if it has one, else as fmt.Sprint formats it, quoted with
// strconv.Quote if it is empty or holds spaces, non-printing characters, '"' or '='.
func (h *TextHandler) Handle(_ context.Context, r Record) error {
	line := h.f.handle(r)
	return h.f.write(line)
}

// JSONHandler writes each record as a JSON object on one line.
type JSONHandler struct {
	f *formatter
}

// NewJSONHandler returns a JSONHandler writing to w; opts may be nil.
func NewJSONHandler(w io.Writer, opts *HandlerOptions) *JSONHandler {
	return &JSONHandler{newFormatter(jsonStyle, w, opts)}
}

// Enabled reports whether l is at least the handler's Level option.
func (h *JSONHandler) Enabled(_ context.Context, l Level) bool { return h.f.enabled(l) }

// WithAttrs returns a JSONHandler that writes attrs (formatted now) in every record.
func (h *JSONHandler) WithAttrs(attrs []Attr) Handler { return &JSONHandler{h.f.withAttrs(attrs)} }

// WithGroup returns a JSONHandler whose later attrs are members of an object named
// name; an empty name returns h.
func (h *JSONHandler) WithGroup(name string) Handler {
	if name == "" {
		return h
	}
	return &JSONHandler{h.f.withGroup(name)}
}

// Handle writes r as a JSON object: time (RFC 3339 with nanoseconds; none if r.Time is
// zero), level, source (an object, with AddSource), message and attrs; values are
// encoded as encoding/json does without HTML escaping, errors as their Error text,
// and an encoding failure as the string "!ERROR:" and its message.
func (h *JSONHandler) Handle(_ context.Context, r Record) error {
	line := h.f.handle(r)
	return h.f.write(line)
}

// logHandler is the handler of the default Logger: it writes "LEVEL message
// attrs" through package log's default logger.
type logHandler struct {
	f      *formatter
	output func(pc uintptr, line []byte) error
}

func newLogHandler(output func(uintptr, []byte) error) *logHandler {
	return &logHandler{newFormatter(defaultStyle, nil, nil), output}
}

func (h *logHandler) Enabled(_ context.Context, l Level) bool {
	return l >= bridgeLevel.Level()
}

func (h *logHandler) Handle(_ context.Context, r Record) error {
	line := h.f.handle(r)
	return h.output(r.PC, line)
}

func (h *logHandler) WithAttrs(as []Attr) Handler {
	return &logHandler{h.f.withAttrs(as), h.output}
}

func (h *logHandler) WithGroup(name string) Handler {
	if name == "" {
		return h
	}
	return &logHandler{h.f.withGroup(name), h.output}
}
