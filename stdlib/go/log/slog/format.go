package slog

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"
)

// state is one formatting pass of a formatter: a record's line, or the attrs of a
// WithAttrs call.
type state struct {
	f      *formatter
	buf    []byte
	sep    string   // written before the next key or group
	prefix string   // text styles: the dotted names of the open groups
	groups []string // the open groups' names, as ReplaceAttr is told them (nil only for the record's own fields)
	// tracking is false while the record's own fields are written: ReplaceAttr
	// sees them (and the members of a JSON source object) outside any group.
	tracking bool
}

// openPending opens the groups of WithGroup that are not open yet.
func (st *state) openPending() {
	for _, name := range st.f.groups[st.f.open:] {
		st.openGroup(name)
	}
}

func (st *state) openGroup(name string) {
	if st.f.style == jsonStyle {
		st.buf = append(st.buf, st.sep...)
		st.buf = appendJSONString(st.buf, name)
		st.buf = append(st.buf, ':', '{')
		st.sep = ""
	} else {
		st.prefix += name + "."
	}
	if st.tracking {
		st.groups = append(st.groups, name)
	}
}

func (st *state) closeGroup(name string) {
	if st.f.style == jsonStyle {
		st.buf = append(st.buf, '}')
		st.sep = ","
	} else {
		st.prefix = st.prefix[:len(st.prefix)-len(name)-1]
	}
	if st.tracking {
		st.groups = st.groups[:len(st.groups)-1]
	}
}

// attrs writes as and reports whether anything was written.
func (st *state) attrs(as []Attr) bool {
	wrote := false
	for _, a := range as {
		if st.attr(a) {
			wrote = true
		}
	}
	return wrote
}

// attr writes a (resolved, and passed through ReplaceAttr unless it is a group) and
// reports whether anything was written: empty attrs and groups whose members all
// turn out empty are left out. A group that turns out empty is cut from the buffer, but, as with
// Go 1.23, the state it opened (the key prefix, the JSON separator) stays.
func (st *state) attr(a Attr) bool {
	a.Value = a.Value.Resolve()
	if replace := st.f.opts.ReplaceAttr; replace != nil && a.Value.kind != KindGroup {
		a = replace(st.groups, a)
		a.Value = a.Value.Resolve()
	}
	if a.omitted() {
		return false
	}
	if src, ok := a.Value.other.(*Source); ok && a.Value.kind == KindAny {
		if st.f.style == jsonStyle {
			a.Value = sourceGroup(src)
		} else {
			a.Value = StringValue(src.File + ":" + strconv.Itoa(src.Line))
		}
	}
	if a.Value.kind != KindGroup {
		st.key(a.Key)
		st.value(a.Value)
		return true
	}
	members := a.Value.other.([]Attr)
	if len(members) == 0 {
		// Nothing to write, yet (as in Go 1.23) it counts as written: the groups
		// opened for it stay.
		return true
	}
	if a.Key == "" {
		return st.attrs(members)
	}
	mark := len(st.buf)
	st.openGroup(a.Key)
	if !st.attrs(members) {
		st.buf = st.buf[:mark]
		return false
	}
	st.closeGroup(a.Key)
	return true
}

func (st *state) key(k string) {
	st.buf = append(st.buf, st.sep...)
	if st.f.style == jsonStyle {
		st.buf = appendJSONString(st.buf, k)
		st.buf = append(st.buf, ':')
		st.sep = ","
		return
	}
	st.buf = appendText(st.buf, st.prefix+k)
	st.buf = append(st.buf, '=')
	st.sep = " "
}

func (st *state) value(v Value) {
	if st.f.style == jsonStyle {
		st.buf = appendJSONValue(st.buf, v)
	} else {
		st.buf = appendTextValue(st.buf, v)
	}
}

// textTime is the layout of times in text output: RFC 3339 with milliseconds.
const textTime = "2006-01-02T15:04:05.000Z07:00"

func appendTextValue(b []byte, v Value) []byte {
	switch v.kind {
	case KindString:
		return appendText(b, v.str)
	case KindTime:
		return v.other.(time.Time).AppendFormat(b, textTime)
	case KindAny:
		if tm, ok := v.other.(encoding.TextMarshaler); ok {
			var data []byte
			var err error
			if nilReceiver(v.other, func() { data, err = tm.MarshalText() }) {
				return append(b, "<nil>"...)
			}
			if err != nil {
				return appendText(b, "!ERROR:"+err.Error())
			}
			return appendText(b, string(data))
		}
		// Byte slices are always quoted.
		if rv := reflect.ValueOf(v.other); rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
			return strconv.AppendQuote(b, string(rv.Bytes()))
		}
		return appendText(b, fmt.Sprintf("%+v", v.other))
	}
	return appendText(b, v.String())
}

// nilReceiver runs call (a method call on x) and reports whether it panicked because
// x is a nil pointer, which is then shown as <nil>; other panics go on.
func nilReceiver(x any, call func()) (isNil bool) {
	defer func() {
		if p := recover(); p != nil {
			if rv := reflect.ValueOf(x); rv.Kind() == reflect.Pointer && rv.IsNil() {
				isNil = true
				return
			}
			panic(p)
		}
	}()
	call()
	return false
}

// appendText appends s, quoted as strconv.Quote does when it is empty or holds a
// space, a control or non-printing character, invalid UTF-8, '"' or '='.
func appendText(b []byte, s string) []byte {
	if needsQuotes(s) {
		return strconv.AppendQuote(b, s)
	}
	return append(b, s...)
}

func needsQuotes(s string) bool {
	if s == "" {
		return true
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == '"' || c == '=' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !plainRune(r) {
			return true
		}
		i += n
	}
	return false
}

// plainRune reports whether r may stand unquoted in text output: printable, not a
// space, and not U+FFFD (which also stands for invalid UTF-8).
func plainRune(r rune) bool {
	return r != utf8.RuneError && unicode.IsPrint(r) && !unicode.IsSpace(r)
}

func appendJSONValue(b []byte, v Value) []byte {
	switch v.kind {
	case KindString:
		return appendJSONString(b, v.str)
	case KindInt64:
		return strconv.AppendInt(b, int64(v.bits), 10)
	case KindUint64:
		return strconv.AppendUint(b, v.bits, 10)
	case KindFloat64:
		return appendJSONFloat(b, math.Float64frombits(v.bits))
	case KindBool:
		return strconv.AppendBool(b, v.bits != 0)
	case KindDuration:
		return strconv.AppendInt(b, int64(v.bits), 10)
	case KindTime:
		data, err := v.other.(time.Time).MarshalJSON()
		if err != nil {
			return appendJSONString(b, "!ERROR:"+err.Error())
		}
		return append(b, data...)
	}
	switch x := v.other.(type) {
	case error:
		var msg string
		if nilReceiver(x, func() { msg = x.Error() }) {
			msg = "<nil>"
		}
		return appendJSONString(b, msg)
	case Level:
		return appendJSONString(b, x.String())
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v.other); err != nil {
		return appendJSONString(b, "!ERROR:"+err.Error())
	}
	return append(b, bytes.TrimSuffix(out.Bytes(), []byte("\n"))...)
}

// appendJSONFloat writes f as encoding/json does: plain digits for magnitudes in
// [1e-6, 1e21), else exponent form with at least one exponent digit; NaN and
// infinities are not JSON, so they become an error string.
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return appendJSONString(b, "!ERROR:json: unsupported value: "+strconv.FormatFloat(f, 'g', -1, 64))
	}
	mag := math.Abs(f)
	if mag == 0 || mag >= 1e-6 && mag < 1e21 {
		return strconv.AppendFloat(b, f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	// e-07 becomes e-7 (two-digit exponents are written with a leading zero).
	if n := len(s); n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
		s = s[:n-2] + s[n-1:]
	}
	return append(b, s...)
}

const hexDigits = "0123456789abcdef"

// appendJSONString writes s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped, the rest
// (HTML characters included) as is.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < ' ':
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&15])
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}
