package main

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"math"
	"os"
	"time"
)

type tm struct{ s string }

func (t tm) MarshalText() ([]byte, error) { return []byte("TM<" + t.s + ">"), nil }

type lv struct{ n int }

func (l lv) LogValue() slog.Value { return slog.GroupValue(slog.Int("n", l.n), slog.String("s", "x y")) }

type pt struct{ X, Y int }

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	log.SetOutput(os.Stdout) // stdout and stderr are compared separately
	opts := &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelDebug}
	th := slog.New(slog.NewTextHandler(os.Stdout, opts))
	jh := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	tt := time.Date(2023, 5, 6, 7, 8, 9, 123456789, time.UTC)
	vals := []any{"", "a b", "a=b", "a\"b", "a\\b", "tab\t", "é", "\u00a0", "\x00", "\x7f", "ok", "日本", "\u2028", "<&>", "\xff",
		1, -5, int8(3), uint(7), uint64(math.MaxUint64), 1.5, 1e21, 1e-7, 3.0, math.NaN(), math.Inf(1), float32(0.1), true,
		2*time.Second + 3*time.Millisecond, tt, tt.In(time.FixedZone("X", 3600)), errors.New("boom it"), tm{"q r"}, lv{3}, pt{1, 2}, &pt{3, 4}, []int{1, 2}, map[string]int{"a": 1},
		[]byte("hi there"), nil, slog.Level(2), 'x', complex(1, 2), struct{}{}, []string{"a b"}}
	for i, v := range vals {
		th.Info("m", fmt.Sprint("k", i), v)
		jh.Info("m", fmt.Sprint("k", i), v)
	}
	keys := []string{"", "a b", "a=b", "é", "x\"", "k.k"}
	for _, k := range keys {
		th.Info("key", k, 1)
		jh.Info("key", k, 1)
	}
	for _, l := range []slog.Level{-8, -5, -4, -3, 0, 1, 3, 4, 5, 7, 8, 9, 100} {
		th.Log(nil, l, "lvl")
		jh.Log(nil, l, "lvl")
		fmt.Println(l.String())
	}
	th.Info("bad", 1, 2, "x")
	jh.Info("bad", 1, 2, "x")
	th.Info("msg with space\n", slog.Group("g", "a", 1, slog.Group("h", "b", 2)), slog.Group("empty"), slog.Group("", "c", 3))
	jh.Info("msg with space\n", slog.Group("g", "a", 1, slog.Group("h", "b", 2)), slog.Group("empty"), slog.Group("", "c", 3))
	th.WithGroup("G").With("w", 1).WithGroup("H").Info("grp", "z", 2)
	jh.WithGroup("G").With("w", 1).WithGroup("H").Info("grp", "z", 2)
	th.WithGroup("G").With("w", 1).WithGroup("H").Info("grp")
	jh.WithGroup("G").With("w", 1).WithGroup("H").Info("grp")
	th.WithGroup("G").WithGroup("H").Info("grp")
	jh.WithGroup("G").WithGroup("H").Info("grp")
	th.Info("emptyattr", slog.Attr{}, slog.Any("", nil), slog.String("", "v"), slog.Any("nilv", nil))
	jh.Info("emptyattr", slog.Attr{}, slog.Any("", nil), slog.String("", "v"), slog.Any("nilv", nil))
	log.SetFlags(0)
	slog.Info("default", "a", 1, "b", "x y", slog.Group("g", "c", tm{"t"}))
	slog.Debug("nope")
	slog.Warn("warn", "err", errors.New("e"))
	slog.With("w", 2).WithGroup("G").Info("def grp", "x", 1)
}
