package slog

import (
	"fmt"
	"time"
)

// An Attr is a key and its value.
type Attr struct {
	Key   string
	Value Value
}

// String makes an Attr holding a string.
func String(key, value string) Attr { return Attr{key, StringValue(value)} }

// Int64 makes an Attr holding an int64.
func Int64(key string, value int64) Attr { return Attr{key, Int64Value(value)} }

// Int makes an Attr holding an int (as an int64).
func Int(key string, value int) Attr { return Attr{key, IntValue(value)} }

// Uint64 makes an Attr holding a uint64.
func Uint64(key string, value uint64) Attr { return Attr{key, Uint64Value(value)} }

// Float64 makes an Attr holding a float64.
func Float64(key string, value float64) Attr { return Attr{key, Float64Value(value)} }

// Bool makes an Attr holding a bool.
func Bool(key string, value bool) Attr { return Attr{key, BoolValue(value)} }

// Time makes an Attr holding a time.Time (its monotonic reading dropped).
func Time(key string, value time.Time) Attr { return Attr{key, TimeValue(value)} }

// Duration makes an Attr holding a time.Duration.
func Duration(key string, value time.Duration) Attr { return Attr{key, DurationValue(value)} }

// Any makes an Attr holding value as AnyValue converts it.
func Any(key string, value any) Attr { return Attr{key, AnyValue(value)} }

// Group returns an Attr whose value is the group of the attrs that args make (as
// Logger.Log's arguments do). Handlers show a group's attrs under its key, or inline
// them when the key is empty.
func Group(key string, args ...any) Attr { return Attr{key, GroupValue(attrsOf(args)...)} }

// Equal reports whether a and b have the same key and equal values.
func (a Attr) Equal(b Attr) bool { return a.Key == b.Key && a.Value.Equal(b.Value) }

func (a Attr) String() string { return fmt.Sprintf("%s=%s", a.Key, a.Value) }

// omitted reports whether handlers leave a out: no key and a nil value.
func (a Attr) omitted() bool {
	return a.Key == "" && a.Value.kind == KindAny && a.Value.other == nil
}

// badKey is the key of an argument that is neither an Attr nor a string key.
const badKey = "!BADKEY"

// leadingAttr makes one Attr of the front of args (an Attr itself, a string key and
// the value after it, or else one argument under badKey) and says how many
// arguments it used.
func leadingAttr(args []any) (Attr, int) {
	if a, ok := args[0].(Attr); ok {
		return a, 1
	}
	key, ok := args[0].(string)
	switch {
	case !ok:
		return Any(badKey, args[0]), 1
	case len(args) < 2:
		return String(badKey, key), 1
	}
	return Any(key, args[1]), 2
}

// attrsOf turns alternating keys and values (and Attrs) into Attrs.
func attrsOf(args []any) []Attr {
	var out []Attr
	for i := 0; i < len(args); {
		a, used := leadingAttr(args[i:])
		out = append(out, a)
		i += used
	}
	return out
}
