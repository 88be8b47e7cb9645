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

// String returns an Attr for a string value.
func String(key, value string) Attr { return Attr{key, StringValue(value)} }

// Int64 returns an Attr for an int64.
func Int64(key string, value int64) Attr { return Attr{key, Int64Value(value)} }

// Int returns an Attr for an int, held as an int64.
func Int(key string, value int) Attr { return Attr{key, IntValue(value)} }

// Uint64 returns an Attr for a uint64.
func Uint64(key string, value uint64) Attr { return Attr{key, Uint64Value(value)} }

// Float64 returns an Attr for a float64.
func Float64(key string, value float64) Attr { return Attr{key, Float64Value(value)} }

// Bool returns an Attr for a bool.
func Bool(key string, value bool) Attr { return Attr{key, BoolValue(value)} }

// Time returns an Attr for a time.Time, without its monotonic reading.
func Time(key string, value time.Time) Attr { return Attr{key, TimeValue(value)} }

// Duration returns an Attr for a time.Duration.
func Duration(key string, value time.Duration) Attr { return Attr{key, DurationValue(value)} }

// Any returns an Attr for any value, as AnyValue converts it.
func Any(key string, value any) Attr { return Attr{key, AnyValue(value)} }

// Group returns an Attr whose value is the group of the attrs that args make (as
// Logger.Log's arguments do). Handlers show a group's attrs under its key, or inline
// them when the key is empty.
func Group(key string, args ...any) Attr { return Attr{key, GroupValue(attrsOf(args)...)} }

// Equal reports whether a and b have the same key and equal values.
func (a Attr) Equal(b Attr) bool { return a.Key == b.Key && a.Value.Equal(b.Value) }

func (a Attr) String() string { return fmt.Sprintf("%s=%s", a.Key, a.Value) }

// isEmpty reports whether handlers drop a: no key and a nil value.
func (a Attr) isEmpty() bool {
	return a.Key == "" && a.Value.kind == KindAny && a.Value.other == nil
}

// badKey is the key of an argument that is neither an Attr nor a string key.
const badKey = "!BADKEY"

// nextAttr takes one Attr off the front of args: an Attr itself, a string key and the
// value after it, or else one argument under badKey. It returns the rest.
func nextAttr(args []any) (Attr, []any) {
	switch x := args[0].(type) {
	case Attr:
		return x, args[1:]
	case string:
		if len(args) == 1 {
			return String(badKey, x), nil
		}
		return Any(x, args[1]), args[2:]
	}
	return Any(badKey, args[0]), args[1:]
}

// attrsOf turns alternating keys and values (and Attrs) into Attrs.
func attrsOf(args []any) []Attr {
	var out []Attr
	for len(args) > 0 {
		var a Attr
		a, args = nextAttr(args)
		out = append(out, a)
	}
	return out
}
