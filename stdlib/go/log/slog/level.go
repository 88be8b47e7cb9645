package slog

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
)

// A Level is a record's importance; higher is more severe. The named levels are four
// apart so that levels between them have room.
type Level int

const (
	LevelDebug Level = -4
	LevelInfo  Level = 0
	LevelWarn  Level = 4
	LevelError Level = 8
)

// levelNames lists the named levels in ascending order.
var levelNames = [...]struct {
	name  string
	level Level
}{{"DEBUG", LevelDebug}, {"INFO", LevelInfo}, {"WARN", LevelWarn}, {"ERROR", LevelError}}

// String names l after the nearest named level at or below it (DEBUG below that),
// with the distance from it: "INFO", "WARN+2", "DEBUG-1".
func (l Level) String() string {
	base := levelNames[0]
	for _, n := range levelNames[1:] {
		if l >= n.level {
			base = n
		}
	}
	d := int(l - base.level)
	switch {
	case d == 0:
		return base.name
	case d > 0:
		return base.name + "+" + strconv.Itoa(d)
	}
	return base.name + strconv.Itoa(d)
}

// Level returns l itself, so a Level is a Leveler.
func (l Level) Level() Level { return l }

// MarshalJSON encodes l as the JSON string of l.String().
func (l Level) MarshalJSON() ([]byte, error) { return strconv.AppendQuote(nil, l.String()), nil }

// MarshalText encodes l as l.String().
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalJSON decodes a JSON string as UnmarshalText does.
func (l *Level) UnmarshalJSON(data []byte) error {
	text, err := strconv.Unquote(string(data))
	if err == nil {
		err = l.parse(text)
	}
	return err
}

// UnmarshalText accepts what String produces, with the name in any case: "warn",
// "Error+2", "debug-3".
func (l *Level) UnmarshalText(data []byte) error { return l.parse(string(data)) }

var errUnknownLevel = errors.New("unknown name")

// parse sets *l from a level name and optional signed offset; *l is unchanged on error.
func (l *Level) parse(s string) error {
	cut := strings.IndexAny(s, "+-")
	if cut < 0 {
		cut = len(s)
	}
	name, offset := s[:cut], s[cut:]
	found := false
	var lv Level
	for _, n := range levelNames {
		if strings.EqualFold(name, n.name) {
			lv, found = n.level, true
		}
	}
	if !found {
		return fmt.Errorf("slog: level string %q: %w", s, errUnknownLevel)
	}
	if offset != "" {
		d, err := strconv.Atoi(offset)
		if err != nil {
			return fmt.Errorf("slog: level string %q: %w", s, err)
		}
		lv += Level(d)
	}
	*l = lv
	return nil
}

// A Leveler supplies a Level: a Level itself, or a LevelVar that can change.
type Leveler interface {
	Level() Level
}

// A LevelVar is a Level that may be read and changed concurrently; its zero value
// is LevelInfo.
type LevelVar struct {
	v atomic.Int64
}

// Level returns the current level.
func (v *LevelVar) Level() Level { return Level(v.v.Load()) }

// Set changes the level.
func (v *LevelVar) Set(l Level) { v.v.Store(int64(l)) }

func (v *LevelVar) String() string { return "LevelVar(" + v.Level().String() + ")" }

// MarshalText encodes the current level as Level.MarshalText does.
func (v *LevelVar) MarshalText() ([]byte, error) { return v.Level().MarshalText() }

// UnmarshalText sets the level as Level.UnmarshalText parses it.
func (v *LevelVar) UnmarshalText(data []byte) error {
	var l Level
	err := l.parse(string(data))
	if err == nil {
		v.Set(l)
	}
	return err
}
