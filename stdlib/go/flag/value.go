package flag

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// Value is what a flag holds: Set parses a command-line value into it, String shows it
// (also on a zero value made by reflection, for usage messages).
type Value interface {
	String() string
	Set(string) error
}

// Getter is a Value whose contents can be retrieved; every Value of this package is one.
type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value that needs no argument: -name alone means Set("true").
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

// Parse failures of the built-in values, reported as "invalid value ... : parse error".
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// numberError maps strconv's errors to errParse or errRange.
func numberError(err error) error {
	if err == nil {
		return nil
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		switch ne.Err {
		case strconv.ErrSyntax:
			return errParse
		case strconv.ErrRange:
			return errRange
		}
	}
	return err
}

// signed and unsigned parse integers as Go literals (0x..., 0o..., 0b..., _), mapping
// strconv's errors to errParse and errRange.
func signed(s string, bits int) (int64, error) {
	n, err := strconv.ParseInt(s, 0, bits)
	return n, numberError(err)
}

func unsigned(s string, bits int) (uint64, error) {
	n, err := strconv.ParseUint(s, 0, bits)
	return n, numberError(err)
}

// The built-in values. Set stores what it parsed even when it fails (0, or the limit
// on overflow), as Go's do; typeName is what usage messages call the argument.
type (
	boolValue     bool
	intValue      int
	int64Value    int64
	uintValue     uint
	uint64Value   uint64
	stringValue   string
	float64Value  float64
	durationValue time.Duration
)

func (b *boolValue) Set(s string) error {
	ok, err := strconv.ParseBool(s)
	*b = boolValue(ok)
	if err != nil {
		return errParse
	}
	return nil
}
func (b *boolValue) Get() any         { return bool(*b) }
func (b *boolValue) String() string   { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool { return true }

func (i *intValue) Set(s string) error {
	n, err := signed(s, strconv.IntSize)
	*i = intValue(n)
	return err
}
func (i *intValue) Get() any         { return int(*i) }
func (i *intValue) String() string   { return strconv.Itoa(int(*i)) }
func (i *intValue) typeName() string { return "int" }

func (i *int64Value) Set(s string) error {
	n, err := signed(s, 64)
	*i = int64Value(n)
	return err
}
func (i *int64Value) Get() any         { return int64(*i) }
func (i *int64Value) String() string   { return strconv.FormatInt(int64(*i), 10) }
func (i *int64Value) typeName() string { return "int" }

func (u *uintValue) Set(s string) error {
	n, err := unsigned(s, strconv.IntSize)
	*u = uintValue(n)
	return err
}
func (u *uintValue) Get() any         { return uint(*u) }
func (u *uintValue) String() string   { return strconv.FormatUint(uint64(*u), 10) }
func (u *uintValue) typeName() string { return "uint" }

func (u *uint64Value) Set(s string) error {
	n, err := unsigned(s, 64)
	*u = uint64Value(n)
	return err
}
func (u *uint64Value) Get() any         { return uint64(*u) }
func (u *uint64Value) String() string   { return strconv.FormatUint(uint64(*u), 10) }
func (u *uint64Value) typeName() string { return "uint" }

func (s *stringValue) Set(v string) error { *s = stringValue(v); return nil }
func (s *stringValue) Get() any           { return string(*s) }
func (s *stringValue) String() string     { return string(*s) }
func (s *stringValue) typeName() string   { return "string" }

func (f *float64Value) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	*f = float64Value(x)
	return numberError(err)
}
func (f *float64Value) Get() any         { return float64(*f) }
func (f *float64Value) String() string   { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }
func (f *float64Value) typeName() string { return "float" }

func (d *durationValue) Set(s string) error {
	dur, err := time.ParseDuration(s)
	*d = durationValue(dur)
	if err != nil {
		return errParse
	}
	return nil
}
func (d *durationValue) Get() any         { return time.Duration(*d) }
func (d *durationValue) String() string   { return time.Duration(*d).String() }
func (d *durationValue) typeName() string { return "duration" }

type (
	// textValue adapts an encoding.TextUnmarshaler (that also marshals) to Value.
	textValue struct{ p encoding.TextUnmarshaler }
	// funcValue calls a function with each value; boolFuncValue needs no argument.
	funcValue     func(string) error
	boolFuncValue func(string) error
)

func newTextValue(def encoding.TextMarshaler, p encoding.TextUnmarshaler) textValue {
	pv := reflect.ValueOf(p)
	dv := reflect.ValueOf(def)
	if dv.Kind() == reflect.Pointer {
		dv = dv.Elem()
	}
	var problem string
	switch {
	case pv.Kind() != reflect.Pointer:
		problem = "variable value type must be a pointer"
	case dv.Type() != pv.Type().Elem():
		problem = fmt.Sprintf("default type does not match variable type: %v != %v", dv.Type(), pv.Type().Elem())
	}
	if problem != "" {
		panic(problem)
	}
	pv.Elem().Set(dv)
	return textValue{p}
}

func (t textValue) Set(s string) error { return t.p.UnmarshalText([]byte(s)) }
func (t textValue) Get() any           { return t.p }

func (t textValue) String() string {
	if m, ok := t.p.(encoding.TextMarshaler); ok {
		if text, err := m.MarshalText(); err == nil {
			return string(text)
		}
	}
	return ""
}

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

func (f boolFuncValue) Set(s string) error { return f(s) }
func (f boolFuncValue) String() string     { return "" }
func (f boolFuncValue) IsBoolFlag() bool   { return true }
