package main

import (
	"fmt"
	"log/slog"
	"os"
	"log"
	"time"
)

func try(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	log.SetOutput(os.Stdout) // stdout and stderr are compared separately
	try(func() { slog.IntValue(1).Bool() })
	try(func() { slog.StringValue("x").Int64() })
	try(func() { slog.AnyValue(3.5).Time() })
	try(func() { slog.AnyValue(3.5).Group() })
	try(func() { slog.AnyValue(3.5).LogValuer() })
	try(func() { fmt.Println(slog.StringValue("x").Any(), slog.AnyValue(3.5).String()) })
	t1 := time.Date(3000, 1, 2, 3, 4, 5, 6, time.UTC)
	t2 := time.Date(1000, 1, 2, 3, 4, 5, 6, time.Local)
	fmt.Println(slog.TimeValue(t1).Time(), slog.TimeValue(t2).Time(), slog.TimeValue(time.Time{}).Time().IsZero(), slog.TimeValue(time.Now()).Time().String() != "")
	fmt.Println(slog.TimeValue(time.Date(2000, 1, 2, 3, 4, 5, 6, time.UTC)).Time().Location(), slog.TimeValue(time.Unix(5, 0)).Time().Location())
	fmt.Println(slog.TimeValue(t1).Equal(slog.TimeValue(t1.In(time.FixedZone("A", 60)))), slog.TimeValue(time.Time{}).Equal(slog.TimeValue(time.Time{})))
	fmt.Println(slog.AnyValue(uint8(3)).Kind(), slog.AnyValue(int16(3)).Kind(), slog.AnyValue(float32(1)).Kind(), slog.AnyValue(uintptr(1)).Kind(), slog.AnyValue([]slog.Attr{slog.Int("a", 1)}).Kind(), slog.AnyValue(slog.KindBool).Kind(), slog.AnyValue(slog.IntValue(3)).Kind(), slog.AnyValue(time.Second).Kind(), slog.AnyValue(slog.LevelInfo).Kind())
	fmt.Println(slog.Any("a", slog.IntValue(3)), slog.Group("g", "a", 1, "b", slog.Group("c", "d", 2)), slog.Group("g"), slog.Any("x", nil).String())
	fmt.Printf("%v %+v %s\n", slog.Int("a", 1), slog.Int("a", 1), slog.Int("a", 1).Value)
	var r slog.Record
	fmt.Println(r.NumAttrs(), r.Level, r.Time.IsZero(), r.Message == "")
	r = slog.NewRecord(time.Time{}, 0, "x", 0)
	for i := 0; i < 8; i++ {
		r.AddAttrs(slog.Int(fmt.Sprint("a", i), i), slog.Attr{}, slog.Group("e"))
	}
	r.Add("s", "t", slog.Group("e2"), "k")
	r2 := r.Clone()
	r2.Add("z", 1)
	n := 0
	r.Attrs(func(a slog.Attr) bool { n++; return n < 3 })
	fmt.Println(r.NumAttrs(), r2.NumAttrs(), n)
	// source and log flags
	log.SetFlags(log.Lshortfile)
	slog.Info("short file", "pc", "caller")
	log.SetOutput(os.Stdout)
	slog.Warn("on stdout")
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: true, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		if a.Key == "source" {
			s := a.Value.Any().(*slog.Source)
			return slog.String("source", fmt.Sprint(s.Function, " ", s.Line))
		}
		return a
	}})
	ll := slog.NewLogLogger(h, slog.LevelWarn)
	ll.Print("via loglogger")
	slog.SetDefault(slog.New(h))
	log.Print("via log after set")
	log.SetFlags(0)
	log.Print("via log after set flags 0")
	slog.Info("")
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, nil)))
	log.SetFlags(log.Lshortfile)
	slog.SetDefault(slog.New(h))
	log.Print("shortfile before set")
	fmt.Println(log.Flags())
}
