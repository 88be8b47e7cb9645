package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
)

type loop struct{}

func (l loop) LogValue() slog.Value { return slog.AnyValue(l) }

type pan struct{}

func (pan) LogValue() slog.Value { panic("oops") }

func main() {
	log.SetOutput(os.Stdout) // stdout and stderr are compared separately
	var buf bytes.Buffer
	th := slog.NewTextHandler(&buf, nil)
	jh := slog.NewJSONHandler(&buf, nil)
	var q []string
	for r := rune(0); r < 0x3000; r++ {
		if r > 0x7f && !unicode.IsSpace(r) && unicode.IsPrint(r) && r != 0x2028 {
			continue
		}
		buf.Reset()
		l := slog.New(th)
		l.Info("", "k", string(r))
		s := buf.String()
		if s[len(s)-2] == '"' {
			q = append(q, strconv.QuoteRune(r))
		}
	}
	fmt.Println("text quoted:", q)
	for r := rune(0); r < 0x80; r++ {
		buf.Reset()
		slog.New(jh).Info("", "k", string(r))
		line := buf.String()
		fmt.Printf("%d:%s ", r, line[strings.Index(line, `"k":`):len(line)-2])
	}
	fmt.Println()
	tt := time.Date(2023, 5, 6, 7, 8, 9, 123456789, time.FixedZone("X", -5400))
	r := slog.NewRecord(tt, slog.LevelWarn, "rec", 0)
	r.AddAttrs(slog.Int("a", 1))
	r.Add("b", 2, slog.String("c", "d"), "e")
	buf.Reset()
	th.Handle(context.Background(), r)
	jh.Handle(context.Background(), r)
	r2 := slog.NewRecord(time.Time{}, 0, "zero", 0)
	th.Handle(context.Background(), r2)
	jh.Handle(context.Background(), r2)
	r3 := slog.NewRecord(time.Date(2023, 5, 6, 7, 8, 9, 0, time.UTC), 0, "z", 0)
	th.Handle(context.Background(), r3)
	jh.Handle(context.Background(), r3)
	fmt.Print(buf.String())
	fmt.Println(r.NumAttrs())
	r.Attrs(func(a slog.Attr) bool { fmt.Println(a.String(), a.Value.Kind()); return true })
	for _, v := range []slog.Value{slog.IntValue(3), slog.StringValue("s"), slog.Float64Value(2.5), slog.BoolValue(true), slog.DurationValue(1500 * time.Millisecond),
		slog.TimeValue(tt), slog.Uint64Value(9), slog.GroupValue(slog.Int("a", 1), slog.String("b", "x")), slog.AnyValue([]int{1}), slog.AnyValue(loop{}), slog.AnyValue(nil), slog.AnyValue(errors.New("E")), slog.GroupValue()} {
		fmt.Printf("%s|%v|%s|%v\n", v.Kind(), v.String(), v, v.Any())
	}
	fmt.Println(slog.Kind(10), slog.Kind(-1))
	rv := slog.AnyValue(loop{}).Resolve()
	fmt.Println(rv.Kind(), rv)
	rp := slog.AnyValue(pan{}).Resolve()
	fmt.Println(rp.Kind(), len(rp.String()) > 0)
	for _, s := range []string{"info", "WARN+2", "debug-3", "Error", "x", "INFO+", "info+x", " info", "INFO+-1", "INFO-+1", "warn+10"} {
		var l slog.Level
		err := l.UnmarshalText([]byte(s))
		fmt.Println(s, l, err)
	}
	var l slog.Level
	fmt.Println(l.UnmarshalJSON([]byte(`"warn"`)), l, l.UnmarshalJSON([]byte(`warn`)), l.UnmarshalJSON([]byte(`3`)))
	b, err := slog.Level(5).MarshalJSON()
	fmt.Println(string(b), err)
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	b, err = lv.MarshalText()
	fmt.Println(lv.String(), lv.Level(), string(b), err, lv.UnmarshalText([]byte("bad")), lv.UnmarshalText([]byte("debug")), lv.String())
	fmt.Println(slog.Int("a", 1).Equal(slog.Int64("a", 1)), slog.Int("a", 1).Equal(slog.Uint64("a", 1)), slog.Time("t", tt).Equal(slog.Time("t", tt.UTC())), slog.Any("x", []int{}).Equal(slog.Any("x", 1)), slog.Group("g", "a", 1).Equal(slog.Group("g", "a", 1)))
	// log interaction
	log.SetFlags(0)
	log.SetPrefix("P: ")
	slog.Info("via log", "a", 1)
	log.SetOutput(os.Stdout)
	slog.Info("to stdout", "a", 2)
	slog.Debug("hidden")
	fmt.Println(slog.SetLogLoggerLevel(slog.LevelDebug))
	slog.Debug("shown now")
	slog.Log(context.Background(), slog.Level(-6), "minus6")
	fmt.Println(slog.Default().Enabled(nil, slog.LevelDebug), slog.Default().Enabled(nil, -5))
	old := slog.Default()
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})
	slog.SetDefault(slog.New(h))
	log.Print("plain log\n")
	log.Printf("fmt %d", 3)
	fmt.Println(slog.SetLogLoggerLevel(slog.LevelWarn))
	log.Print("plain log at warn")
	slog.SetDefault(old)
	log.Print("after reset")
	ll := slog.NewLogLogger(h, slog.LevelError)
	ll.Printf("loglogger %v", 1)
	fmt.Println(ll.Flags(), ll.Prefix())
}
