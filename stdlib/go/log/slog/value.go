package slog

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
	"time"
)

// A Kind says which of its representations a Value holds.
type Kind int

const (
	KindAny Kind = iota
	KindBool
	KindDuration
	KindFloat64
	KindInt64
	KindString
	KindTime
	KindUint64
	KindGroup
	KindLogValuer
)

var kindNames = [...]string{"Any", "Bool", "Duration", "Float64", "Int64", "String", "Time", "Uint64", "Group", "LogValuer"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "<unknown slog.Kind>"
	}
	return kindNames[k]
}

// A Value holds one of the kinds above without boxing the common ones: numbers,
// booleans and durations sit in bits, strings in str; times, groups, LogValuers and
// arbitrary values in other. The zero Value is KindAny holding nil. Values cannot be
// compared with ==; use Equal.
type Value struct {
	_     [0]func()
	kind  Kind
	bits  uint64
	str   string
	other any
}

// StringValue returns a Value holding s.
func StringValue(s string) Value { return Value{kind: KindString, str: s} }

// IntValue returns a Value holding n as an int64.
func IntValue(n int) Value { return Int64Value(int64(n)) }

// Int64Value returns a Value holding n.
func Int64Value(n int64) Value { return Value{kind: KindInt64, bits: uint64(n)} }

// Uint64Value returns a Value holding n.
func Uint64Value(n uint64) Value { return Value{kind: KindUint64, bits: n} }

// Float64Value returns a Value holding f.
func Float64Value(f float64) Value { return Value{kind: KindFloat64, bits: math.Float64bits(f)} }

// BoolValue returns a Value holding b.
func BoolValue(b bool) Value {
	v := Value{kind: KindBool}
	if b {
		v.bits = 1
	}
	return v
}

// DurationValue returns a Value holding d.
func DurationValue(d time.Duration) Value { return Value{kind: KindDuration, bits: uint64(d)} }

// TimeValue returns a Value holding t without its monotonic clock reading.
func TimeValue(t time.Time) Value { return Value{kind: KindTime, other: t.Round(0)} }

// GroupValue returns a Value holding the list of attrs, less those that are groups
// with no attrs. The caller must not change the slice afterwards.
func GroupValue(as ...Attr) Value {
	kept := as
	for i, a := range as {
		if emptyGroup(a.Value) {
			// Copy only when something has to go.
			kept = append([]Attr(nil), as[:i]...)
			for _, b := range as[i+1:] {
				if !emptyGroup(b.Value) {
					kept = append(kept, b)
				}
			}
			break
		}
	}
	return Value{kind: KindGroup, other: kept}
}

// AnyValue returns a Value for v: the specific kind for strings, numbers, booleans,
// durations, times, []Attr and LogValuers (a Value stays itself), KindAny otherwise.
func AnyValue(v any) Value {
	switch x := v.(type) {
	case string:
		return StringValue(x)
	case int:
		return Int64Value(int64(x))
	case int8:
		return Int64Value(int64(x))
	case int16:
		return Int64Value(int64(x))
	case int32:
		return Int64Value(int64(x))
	case int64:
		return Int64Value(x)
	case uint:
		return Uint64Value(uint64(x))
	case uint8:
		return Uint64Value(uint64(x))
	case uint16:
		return Uint64Value(uint64(x))
	case uint32:
		return Uint64Value(uint64(x))
	case uint64:
		return Uint64Value(x)
	case uintptr:
		return Uint64Value(uint64(x))
	case float32:
		return Float64Value(float64(x))
	case float64:
		return Float64Value(x)
	case bool:
		return BoolValue(x)
	case time.Duration:
		return DurationValue(x)
	case time.Time:
		return TimeValue(x)
	case []Attr:
		return GroupValue(x...)
	case Value:
		return x
	case LogValuer:
		return Value{kind: KindLogValuer, other: x}
	}
	return Value{kind: KindAny, other: v}
}

// Kind reports which kind of value v holds.
func (v Value) Kind() Kind { return v.kind }

// wrongKind is the panic of an accessor called on a Value of another kind.
func (v Value) wrongKind(want Kind) string {
	return fmt.Sprintf("Value kind is %s, not %s", v.kind, want)
}

// Any returns v's value as an interface: int64, uint64, float64, bool, string,
// time.Duration, time.Time, []Attr, the LogValuer, or whatever AnyValue was given.
func (v Value) Any() any {
	switch v.kind {
	case KindBool:
		return v.bits != 0
	case KindDuration:
		return time.Duration(v.bits)
	case KindFloat64:
		return math.Float64frombits(v.bits)
	case KindInt64:
		return int64(v.bits)
	case KindUint64:
		return v.bits
	case KindString:
		return v.str
	case KindTime:
		return v.other.(time.Time)
	case KindGroup:
		return v.other.([]Attr)
	}
	return v.other
}

// String returns v's string if it holds one, else v formatted like fmt.Sprint.
func (v Value) String() string {
	switch v.kind {
	case KindString:
		return v.str
	case KindInt64:
		return strconv.FormatInt(int64(v.bits), 10)
	case KindUint64:
		return strconv.FormatUint(v.bits, 10)
	case KindFloat64:
		return strconv.FormatFloat(math.Float64frombits(v.bits), 'g', -1, 64)
	case KindBool:
		return strconv.FormatBool(v.bits != 0)
	case KindDuration:
		return time.Duration(v.bits).String()
	case KindTime:
		return v.other.(time.Time).String()
	case KindGroup:
		return fmt.Sprint(v.other.([]Attr))
	}
	return fmt.Sprint(v.other)
}

// Int64 returns v's int64; it panics if v is not KindInt64.
func (v Value) Int64() int64 {
	if v.kind != KindInt64 {
		panic(v.wrongKind(KindInt64))
	}
	return int64(v.bits)
}

// Uint64 returns v's uint64; it panics if v is not KindUint64.
func (v Value) Uint64() uint64 {
	if v.kind != KindUint64 {
		panic(v.wrongKind(KindUint64))
	}
	return v.bits
}

// Float64 returns v's float64; it panics if v is not KindFloat64.
func (v Value) Float64() float64 {
	if v.kind != KindFloat64 {
		panic(v.wrongKind(KindFloat64))
	}
	return math.Float64frombits(v.bits)
}

// Bool returns v's bool; it panics if v is not KindBool.
func (v Value) Bool() bool {
	if v.kind != KindBool {
		panic(v.wrongKind(KindBool))
	}
	return v.bits != 0
}

// Duration returns v's time.Duration; it panics if v is not KindDuration.
func (v Value) Duration() time.Duration {
	if v.kind != KindDuration {
		panic(v.wrongKind(KindDuration))
	}
	return time.Duration(v.bits)
}

// Time returns v's time.Time; it panics if v is not KindTime.
func (v Value) Time() time.Time {
	if v.kind != KindTime {
		panic(v.wrongKind(KindTime))
	}
	return v.other.(time.Time)
}

// Group returns v's attrs; it panics if v is not KindGroup.
func (v Value) Group() []Attr {
	if v.kind != KindGroup {
		panic("Group: bad kind")
	}
	return v.other.([]Attr)
}

// LogValuer returns v's LogValuer; it panics if v is not KindLogValuer.
func (v Value) LogValuer() LogValuer {
	if v.kind == KindAny || v.kind == KindLogValuer {
		return v.other.(LogValuer)
	}
	// The scalar kinds fail as a type assertion on their Kind would.
	var k any = v.kind
	return k.(LogValuer)
}

// Equal reports whether v and w hold the same kind and equal values (times by
// instant, groups attr by attr, KindAny values with ==).
func (v Value) Equal(w Value) bool {
	if v.kind != w.kind {
		return false
	}
	switch v.kind {
	case KindString:
		return v.str == w.str
	case KindFloat64:
		return math.Float64frombits(v.bits) == math.Float64frombits(w.bits)
	case KindAny, KindLogValuer:
		return v.other == w.other
	case KindTime:
		return v.other.(time.Time).Equal(w.other.(time.Time))
	case KindGroup:
		a, b := v.other.([]Attr), w.other.([]Attr)
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if !a[i].Equal(b[i]) {
				return false
			}
		}
		return true
	}
	// The kinds held in bits.
	return v.bits == w.bits
}

// emptyGroup reports whether v is a group without attrs.
func emptyGroup(v Value) bool {
	return v.kind == KindGroup && len(v.other.([]Attr)) == 0
}

// A LogValuer supplies the Value it stands for when logged; handlers call
// Value.Resolve, so expensive values are computed only for enabled records.
type LogValuer interface {
	LogValue() Value
}

// resolveLimit bounds a chain of LogValuers that keep returning LogValuers.
const resolveLimit = 100

// Resolve follows v's LogValuer chain to a Value of another kind. A chain longer than
// resolveLimit, or a LogValue method that panics, resolves to an error value.
func (v Value) Resolve() Value {
	start := v
	for n := 0; n < resolveLimit; n++ {
		if v.kind != KindLogValuer {
			return v
		}
		next, err := callLogValue(v.other.(LogValuer))
		if err != nil {
			return AnyValue(err)
		}
		v = next
	}
	return AnyValue(fmt.Errorf("LogValue called too many times on Value of type %T", start.Any()))
}

// callLogValue runs lv.LogValue, turning a panic into an error carrying the stack.
func callLogValue(lv LogValuer) (v Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			stack := make([]byte, 4096)
			stack = stack[:runtime.Stack(stack, false)]
			err = fmt.Errorf("LogValue panicked\n%v\n%s", p, stack)
		}
	}()
	return lv.LogValue(), nil
}
