package main

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
	"time"
)

type S struct {
	A string
	B []byte
	C error
}

func main() {
	log.SetOutput(os.Stdout) // stdout and stderr are compared separately
	ra := func(g []string, a slog.Attr) slog.Attr {
		fmt.Printf("RA %q %s %s\n", g, a.Key, a.Value.Kind())
		switch a.Key {
		case "time":
			return slog.Attr{}
		case "level":
			return slog.String("sev", "L"+a.Value.String())
		case "source":
			s := a.Value.Any().(*slog.Source)
			s.File = s.File[strings.LastIndex(s.File, "/")+1:]
			return a
		case "rg":
			return slog.Group("ng", "x", 1, "y", 2)
		case "drop":
			return slog.Attr{}
		case "eg":
			return slog.Group("eg2")
		}
		return a
	}
	opts := &slog.HandlerOptions{ReplaceAttr: ra, AddSource: true}
	for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, opts), slog.NewJSONHandler(os.Stdout, opts)} {
		l := slog.New(h)
		l.Info("hi", "rg", 0, "drop", 1, "eg", 2, slog.Group("G", "rg", 1, "k", "v", slog.Group("H", "drop", 3)), slog.Group("G2", "drop", 1))
		l.With("w", 1, slog.Group("WG", "a", 1)).WithGroup("X").With("x", 2).Info("m", "y", 3)
		l.With("rg", 0).Info("withrg")
		l.Info("sv", "a", S{"<&>", []byte("b"), fmt.Errorf("e")})
	}
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: true, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		if a.Key == "source" {
			return slog.Any(a.Key, a.Value.Any().(*slog.Source).Function)
		}
		return a
	}})
	slog.New(h).Info("fn")
	r := slog.NewRecord(time.Time{}, 0, "nopc", 0)
	h.Handle(context.Background(), r)
	log.SetFlags(log.Lshortfile)
	slog.Info("short")
	log.SetFlags(log.LstdFlags | log.Lmsgprefix)
	log.SetPrefix("pre ")
	slog.SetDefault(slog.New(h))
	log.Print("after set")
	fmt.Println(log.Flags(), log.Prefix())
	log.SetFlags(log.Lshortfile)
	log.Print("after set 2")
	slog.Default().Handler().(*slog.TextHandler).WithGroup("").Handle(context.Background(), r)
	fmt.Println(slog.Default().Handler() == h)
	lg := slog.New(h)
	fmt.Println(lg.With() == lg, lg.WithGroup("") == lg)
}
