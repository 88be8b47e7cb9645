package main

import (
	"fmt"
	"log/slog"
	"os"
)

type pm struct{}

func (p *pm) MarshalText() ([]byte, error) { return []byte("PM"), nil }
func (p *pm) Error() string                { return "PMERR" }

func main() {
	fmt.Println(len(slog.GroupValue(slog.Attr{}, slog.Group("e"), slog.Int("a", 1), slog.Any("", nil), slog.Group("f", slog.Group("g"))).Group()))
	fmt.Println(len(slog.Group("x", slog.Attr{}, slog.Group("e"), "a", 1).Value.Group()))
	noT := &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" && g == nil || a.Key == "del" {
			return slog.Attr{}
		}
		return a
	}}
	for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, noT), slog.NewJSONHandler(os.Stdout, noT)} {
		l := slog.New(h)
		l.Info("m", slog.Group("g", slog.Attr{}), "a", 1, slog.Group("h", "b", 2), "c", 3)
		l.Info("m2", slog.Group("g", "del", 1), "a", 1)
		l.Info("m3", slog.Group("g", slog.Group("h", "del", 1)), "a", 1)
		l.Info("m4", "a", 1, slog.Group("g", "del", 1), "b", 2)
		l.Info("m5", "a", 1, slog.Group("g", "del", 1))
		l.WithGroup("W").Info("m6", slog.Group("g", "del", 1))
		l.WithGroup("W").Info("m7", slog.Group("g", "del", 1), "a", 1)
		l.With(slog.Group("g", "del", 1), "a", 1).Info("m8", "b", 2)
		l.With(slog.Group("g", "del", 1)).WithGroup("W").Info("m9", "b", 2)
		l.With("del", 1).Info("m10", "b", 2)
		l.Info("m11", "del", 1, "b", 2)
		l.Info("m12", slog.Group("g", "del", 1, "a", 1))
		l.Info("m13", slog.Group("g", "a", 1, "del", 1))
		var p *pm
		l.Info("nilp", "p", p, "q", &pm{})
	}
}
