package slog

import (
	"runtime"
	"time"
)

// A Record is one log event: when, how important, the message, where it was logged,
// and its attrs. Copies of a Record share their attrs' storage; use Clone for an
// independent copy before adding to one of them.
type Record struct {
	Time    time.Time
	Message string
	Level   Level
	// PC is the program counter of the logging call (0: unknown), for Source.
	PC    uintptr
	attrs []Attr
}

// NewRecord returns a Record with no attrs; Logger's methods make their records with
// it, handlers rarely need to.
func NewRecord(t time.Time, level Level, msg string, pc uintptr) Record {
	return Record{Time: t, Message: msg, Level: level, PC: pc}
}

// Clone returns a copy of r whose attrs are its own.
func (r Record) Clone() Record {
	r.attrs = append([]Attr(nil), r.attrs...)
	return r
}

// NumAttrs returns how many attrs r has.
func (r Record) NumAttrs() int { return len(r.attrs) }

// Attrs calls f on each of r's attrs in order until f returns false.
func (r Record) Attrs(f func(Attr) bool) {
	for _, a := range r.attrs {
		if !f(a) {
			return
		}
	}
}

// add appends a unless it is a group with no attrs.
func (r *Record) add(a Attr) {
	if !emptyGroup(a.Value) {
		r.attrs = append(r.attrs, a)
	}
}

// AddAttrs appends attrs to r (groups without attrs are left out).
func (r *Record) AddAttrs(attrs ...Attr) {
	// Never append into storage another copy of the Record may be using.
	r.attrs = r.attrs[:len(r.attrs):len(r.attrs)]
	for _, a := range attrs {
		r.add(a)
	}
}

// Add appends the attrs that args make, as Logger.Log's arguments do.
func (r *Record) Add(args ...any) {
	r.attrs = r.attrs[:len(r.attrs):len(r.attrs)]
	for i := 0; i < len(args); {
		a, used := leadingAttr(args[i:])
		r.add(a)
		i += used
	}
}

// Source is where a record was logged: its function, file and line.
type Source struct {
	Function string `json:"function"`
	File     string `json:"file"`
	Line     int    `json:"line"`
}

// sourceOf describes a logging call's pc (an empty Source if pc is 0).
func sourceOf(pc uintptr) *Source {
	src := new(Source)
	if pc != 0 {
		frame, _ := runtime.CallersFrames([]uintptr{pc}).Next()
		src.Function, src.File, src.Line = frame.Function, frame.File, frame.Line
	}
	return src
}

// sourceGroup is src as a JSON handler shows it: an object of the fields that are set.
func sourceGroup(src *Source) Value {
	var members []Attr
	add := func(key string, v Value, set bool) {
		if set {
			members = append(members, Attr{key, v})
		}
	}
	add("function", StringValue(src.Function), src.Function != "")
	add("file", StringValue(src.File), src.File != "")
	add("line", IntValue(src.Line), src.Line != 0)
	return GroupValue(members...)
}
