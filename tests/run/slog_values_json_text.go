package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

type badT struct{}

func (badT) MarshalText() ([]byte, error) { return nil, errors.New("tm fail") }

type badJ struct{}

func (badJ) MarshalJSON() ([]byte, error) { return nil, errors.New("jm fail") }

type lvv struct{}

func (lvv) LogValue() slog.Value { return slog.IntValue(7) }

type errT struct{}

func (errT) Error() string { return "errT!" }
func (errT) MarshalText() ([]byte, error) { return []byte("TEXT"), nil }

func main() {
	noT := &slog.HandlerOptions{AddSource: true, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" && g == nil {
			return slog.Attr{}
		}
		if src, ok := a.Value.Any().(*slog.Source); ok {
			src.File = filepath.Base(src.File)
		}
		if a.Key == "rv" {
			return slog.Any("rv", lvv{})
		}
		return a
	}}
	for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, noT), slog.NewJSONHandler(os.Stdout, noT)} {
		h.Handle(context.Background(), slog.NewRecord(time.Time{}, 0, "nopc", 0))
		l := slog.New(h.WithAttrs(nil))
		l.Info("x", "bt", badT{}, "bj", badJ{}, "lv", lvv{}, "rv", 1, "e", errT{}, "ep", &errT{}, slog.Group("g", "t", time.Time{}), "d", -time.Minute, "f", -0.0, "u8", uint8(200), "f32", float32(1e20))
		l.Info("y", slog.Group("g", slog.Attr{}), slog.Group("h", slog.Group("i")), slog.Any("g2", slog.GroupValue()), "ptr", (*int)(nil), "ch", (chan int)(nil), "fn", func() {} == nil, "nilerr", error(nil))
		l.WithGroup("a").WithGroup("b").With("c", 1).WithGroup("d").Info("z")
		l.WithGroup("a").With(slog.Group("", "i", 1)).Info("z2", slog.Group("", "j", 2))
		l.WithGroup("a").Info("z3", slog.Any("", slog.GroupValue(slog.Int("k", 3))))
		var e *errT
		l.Info("nilptr", "e", e)
		l.LogAttrs(context.Background(), slog.LevelError, "la", slog.Int("x", 1))
		fmt.Println(l.Enabled(context.Background(), slog.LevelDebug), l.Handler().Enabled(nil, 0))
	}
}
