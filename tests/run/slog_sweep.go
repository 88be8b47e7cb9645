// A differential sweep of log/slog: random attrs, values, groups, With/WithGroup
// chains, handler options and ReplaceAttr functions, logged through TextHandler,
// JSONHandler and the default handler with times left out, plus Value, Attr and
// Level methods on the same random values. Deterministic for a seed, so its output
// can be compared with real Go's line by line.
//
// usage: slog_sweep [RECORDS [SEED]]   (default 300 records, seed 1)
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

var (
	pcg *rand.PCG
	rng *rand.Rand
)

var pieces = []string{"a", "Z", "0", " ", "=", `"`, `\`, "\n", "\t", "\x01", "\x7f", "é", "\u00a0", "\u2028",
	"\u2029", "\ufffd", "\xff", "日", "<", "&", ">", "😀", "\u200b", "\u0085", "\u00ad", ".", "{", "}", ":", ",", "-", "+"}

var keys = []string{"", "a", "k b", "x=y", `q"`, "é", "ü ", "\t", "dot.ted", "\u00a0", "\x00", "日本", "<&>", `\`, "\xff",
	"drop", "msg", "time", "level", "source", "n", "s"}

func pick[T any](xs []T) T { return xs[rng.IntN(len(xs))] }

func randString() string {
	if rng.IntN(3) == 0 {
		return pick(keys)
	}
	var b strings.Builder
	for n := rng.IntN(6); n > 0; n-- {
		b.WriteString(pick(pieces))
	}
	return b.String()
}

type textVal struct{ S string }

func (t textVal) MarshalText() ([]byte, error) {
	if t.S == "fail" {
		return nil, errors.New("cannot marshal")
	}
	return []byte("T(" + t.S + ")"), nil
}

type valuer struct{ depth int }

func (v valuer) LogValue() slog.Value {
	if v.depth > 0 {
		return slog.AnyValue(valuer{v.depth - 1})
	}
	return slog.GroupValue(slog.Int("d", v.depth), slog.String("s", "lv x"))
}

type point struct {
	X, Y int
	Name string
}

type stringer int

func (s stringer) String() string { return "stringer#" + strconv.Itoa(int(s)) }

var zones = []*time.Location{time.UTC, time.FixedZone("A", 3600), time.FixedZone("B", -5400), time.FixedZone("C", 19800)}

func randFloat() float64 {
	switch rng.IntN(8) {
	case 0:
		return pick([]float64{0, 1, -1, 0.5, 1e21, 1e20, 1e-6, 1e-7, 123456789, math.MaxFloat64, math.SmallestNonzeroFloat64})
	case 1:
		return pick([]float64{math.NaN(), math.Inf(1), math.Inf(-1)})
	case 2:
		return float64(float32(rng.NormFloat64()))
	case 3:
		return math.Ldexp(rng.Float64(), rng.IntN(200)-100)
	}
	return rng.NormFloat64() * math.Pow(10, float64(rng.IntN(30)-15))
}

func randTime() time.Time {
	sec := rng.Int64N(4e9) - 1e9
	ns := int64(0)
	if rng.IntN(2) == 0 {
		ns = rng.Int64N(1e9)
	}
	return time.Unix(sec, ns).In(pick(zones))
}

func randAny() any {
	switch rng.IntN(16) {
	case 0:
		return nil
	case 1:
		return []int{rng.IntN(5), -rng.IntN(5)}
	case 2:
		return map[string]int{randString(): 1, "b": 2}
	case 3:
		return point{rng.IntN(9), -rng.IntN(9), randString()}
	case 4:
		return &point{1, 2, randString()}
	case 5:
		return errors.New(randString())
	case 6:
		return textVal{pick([]string{"x", "a b", "fail", "", "q\"q"})}
	case 7:
		return valuer{rng.IntN(3)}
	case 8:
		return []byte(randString())
	case 9:
		return slog.Level(rng.IntN(20) - 8)
	case 10:
		return stringer(rng.IntN(100))
	case 11:
		return complex(1, 2)
	case 12:
		return []string{randString(), randString()}
	case 13:
		return fmt.Errorf("wrapped: %w", os.ErrNotExist)
	case 14:
		return int8(-rng.IntN(100))
	}
	return struct {
		A []byte
		B *int
		C float64
	}{[]byte("z"), nil, 2.5}
}

func randValue() slog.Value {
	switch rng.IntN(11) {
	case 0:
		return slog.StringValue(randString())
	case 1:
		return slog.IntValue(int(rng.Int64()) >> rng.IntN(64))
	case 2:
		return slog.Int64Value(-rng.Int64N(1 << 40))
	case 3:
		return slog.Uint64Value(rng.Uint64() >> rng.IntN(64))
	case 4:
		return slog.Float64Value(randFloat())
	case 5:
		return slog.BoolValue(rng.IntN(2) == 0)
	case 6:
		return slog.DurationValue(time.Duration(rng.Int64N(1e13) - 5e12))
	case 7:
		return slog.TimeValue(randTime())
	}
	return slog.AnyValue(randAny())
}

func randAttr(depth int) slog.Attr {
	switch n := rng.IntN(12); {
	case n == 0:
		return slog.Attr{}
	case n <= 2 && depth < 3:
		members := make([]any, 0, 4)
		for k := rng.IntN(4); k > 0; k-- {
			members = append(members, randAttr(depth+1))
		}
		key := randString()
		if rng.IntN(4) == 0 {
			key = ""
		}
		return slog.Group(key, members...)
	}
	return slog.Attr{Key: randString(), Value: randValue()}
}

// randArgs returns Log-style arguments: Attrs, key-value pairs and strays.
func randArgs() []any {
	var args []any
	for n := rng.IntN(5); n > 0; n-- {
		switch rng.IntN(6) {
		case 0:
			args = append(args, randString(), randAny())
		case 1:
			args = append(args, randString(), rng.IntN(100))
		case 2:
			args = append(args, rng.IntN(10))
		default:
			args = append(args, randAttr(0))
		}
	}
	if rng.IntN(10) == 0 {
		args = append(args, "dangling")
	}
	return args
}

// replacers are the ReplaceAttr options tried; each drops the record's time.
var replacers = []func([]string, slog.Attr) slog.Attr{
	func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	},
	func(groups []string, a slog.Attr) slog.Attr {
		switch {
		case a.Key == slog.TimeKey && len(groups) == 0, a.Key == "drop":
			return slog.Attr{}
		case a.Key == slog.LevelKey && len(groups) == 0:
			return slog.String("sev", strings.ToLower(a.Value.String()))
		case a.Key == "n":
			return slog.Group("ng", "g", strings.Join(groups, "/"))
		}
		a.Key = strings.ToUpper(a.Key)
		return a
	},
	func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && groups == nil {
			return slog.Attr{}
		}
		if a.Value.Kind() == slog.KindString && a.Key != "" && a.Key != "s" && len(groups) == 0 {
			return slog.Any(a.Key, valuer{1})
		}
		if len(groups) > 1 {
			return slog.Attr{}
		}
		return a
	},
}

// shortSource makes replace show only the base name of source files.
func shortSource(replace func([]string, slog.Attr) slog.Attr) func([]string, slog.Attr) slog.Attr {
	return func(groups []string, a slog.Attr) slog.Attr {
		if src, ok := a.Value.Any().(*slog.Source); ok && a.Key == slog.SourceKey {
			src.File = filepath.Base(src.File)
		}
		return replace(groups, a)
	}
}

func randLogger(h slog.Handler) *slog.Logger {
	l := slog.New(h)
	for n := rng.IntN(4); n > 0; n-- {
		if rng.IntN(2) == 0 {
			l = l.WithGroup(randString())
		} else {
			l = l.With(randArgs()...)
		}
	}
	return l
}

func main() {
	records, seed := 300, uint64(1)
	if len(os.Args) > 1 {
		records, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		seed, _ = strconv.ParseUint(os.Args[2], 10, 64)
	}
	pcg = rand.NewPCG(seed, seed*7+1)
	rng = rand.New(pcg)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	ctx := context.Background()
	for i := 0; i < records; i++ {
		opts := &slog.HandlerOptions{
			AddSource:   rng.IntN(4) == 0,
			Level:       slog.Level(rng.IntN(9) - 4),
			ReplaceAttr: shortSource(pick(replacers)),
		}
		level := slog.Level(rng.IntN(17) - 6)
		msg := randString()
		args := randArgs()
		fmt.Printf("#%d %v\n", i, level)
		for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, opts), slog.NewJSONHandler(os.Stdout, opts)} {
			// The same logger shape for both handlers.
			state := *pcg
			randLogger(h).Log(ctx, level, msg, args...)
			// A record with no time, handled directly, without ReplaceAttr.
			plain := &slog.HandlerOptions{AddSource: opts.AddSource}
			var hp slog.Handler = slog.NewTextHandler(os.Stdout, plain)
			if _, ok := h.(*slog.JSONHandler); ok {
				hp = slog.NewJSONHandler(os.Stdout, plain)
			}
			r := slog.NewRecord(time.Time{}, level, msg, 0)
			r.Add(args...)
			randLogger(hp).Handler().Handle(ctx, r)
			if _, ok := h.(*slog.TextHandler); ok {
				*pcg = state
			}
		}
		slog.Log(ctx, level, msg, args...)
		for _, a := range args {
			if at, ok := a.(slog.Attr); ok {
				v := at.Value.Resolve()
				fmt.Printf("attr %s | %s | %v | %v\n", at, at.Value.Kind(), v.Kind(), at.Equal(slog.Any(at.Key, nil)))
			}
		}
		l := slog.Level(rng.IntN(40) - 20)
		text, _ := l.MarshalText()
		var back slog.Level
		err := back.UnmarshalText([]byte(strings.ToLower(string(text))))
		fmt.Println("level", l, back, err)
	}
}
