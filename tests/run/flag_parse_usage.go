package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("no such level")
	}
	*l = level(len(s))
	return nil
}
func (l *level) IsBoolFlag() bool { return true }

type panicky struct{ p *int }

func (v panicky) String() string     { return fmt.Sprint(*v.p) }
func (v panicky) Set(s string) error { return nil }

func newSet(name string) (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	v := map[string]any{
		"b":    fs.Bool("b", false, "a bool"),
		"v":    fs.Bool("verbose", true, "talk more"),
		"n":    fs.Int("n", 7, "how `many` times"),
		"i64":  fs.Int64("i64", 0, "a big one"),
		"u":    fs.Uint("u", 3, "unsigned\nsecond line"),
		"u64":  fs.Uint64("u64", 0, "unsigned 64"),
		"s":    fs.String("s", "", "a string"),
		"name": fs.String("name", "gopher", "who"),
		"f":    fs.Float64("f", 2.5, "a float"),
		"d":    fs.Duration("d", time.Second, "a duration"),
		"z":    fs.Duration("z", 0, "zero duration"),
	}
	var l list
	fs.Var(&l, "item", "repeatable `item`")
	v["item"] = &l
	var lv level
	fs.Var(&lv, "lvl", "custom bool-ish")
	v["lvl"] = &lv
	ip := net.IPv4(127, 0, 0, 1)
	var addr net.IP
	fs.TextVar(&addr, "ip", ip, "an address")
	v["ip"] = &addr
	fs.Func("fn", "calls a func", func(s string) error {
		if s == "no" {
			return errors.New("refused")
		}
		fmt.Println("fn got", s)
		return nil
	})
	fs.BoolFunc("bf", "bool func", func(s string) error { fmt.Println("bf got", s); return nil })
	return fs, v
}

func show(fs *flag.FlagSet, v map[string]any) {
	fmt.Print("  values:")
	for _, k := range []string{"b", "v", "n", "i64", "u", "u64", "s", "name", "f", "d", "z", "item", "lvl", "ip"} {
		switch p := v[k].(type) {
		case *bool:
			fmt.Print(" ", k, "=", *p)
		case *int:
			fmt.Print(" ", k, "=", *p)
		case *int64:
			fmt.Print(" ", k, "=", *p)
		case *uint:
			fmt.Print(" ", k, "=", *p)
		case *uint64:
			fmt.Print(" ", k, "=", *p)
		case *string:
			fmt.Printf(" %s=%q", k, *p)
		case *float64:
			fmt.Print(" ", k, "=", *p)
		case *time.Duration:
			fmt.Print(" ", k, "=", *p)
		default:
			fmt.Print(" ", k, "=", p)
		}
	}
	fmt.Println()
	fmt.Println("  args:", fs.NArg(), fs.Args(), fmt.Sprintf("%q %q", fs.Arg(0), fs.Arg(5)), "nflag:", fs.NFlag(), fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Print(" set:", f.Name, "=", f.Value.String()) })
	fmt.Println()
}

func main() {
	cases := [][]string{
		{},
		{"-b", "-n", "3", "rest", "-s", "x"},
		{"--n=0x10", "-s=a=b", "-verbose=false", "--", "-b"},
		{"-b=false", "-u64", "18446744073709551615", "-i64=-9223372036854775808", "-", "x"},
		{"-f", "1e3", "-d", "1m30s", "-item", "a", "-item=b", "-lvl", "-ip", "10.0.0.1"},
		{"-lvl=abc", "-fn", "hello", "-bf", "-bf=maybe", "arg"},
		{"-n"},
		{"-n", "x"},
		{"-n", "99999999999999999999"},
		{"-u", "-1"},
		{"-b=maybe"},
		{"-f", "pi"},
		{"-d", "10"},
		{"-nosuch"},
		{"-help"},
		{"-h"},
		{"---x"},
		{"-=x"},
		{"-lvl=bad"},
		{"-fn", "no"},
		{"-ip", "300.1.1.1"},
		{"--", "--", "x"},
		{"plain", "-b"},
	}
	for _, args := range cases {
		fs, v := newSet("prog")
		fmt.Printf("parse %q\n", args)
		err := fs.Parse(args)
		fmt.Println("  err:", err, errors.Is(err, flag.ErrHelp))
		show(fs, v)
	}
	fs, _ := newSet("")
	fs.Usage()
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		_, getter := f.Value.(flag.Getter)
		fmt.Printf("%s def=%q name=%q usage=%q getter=%v\n", f.Name, f.DefValue, name, usage, getter)
	})
	fmt.Println(fs.Set("n", "5"), fs.Set("nope", "1"), fs.Set("n", "x"), fs.Lookup("n").Value, fs.Lookup("missing") == nil, fs.NFlag())
	g := fs.Lookup("n").Value.(flag.Getter).Get()
	fmt.Printf("%T %v %s %d\n", g, g, fs.Name(), fs.ErrorHandling())
	for _, name := range []string{"n", "-x", "a=b"} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fs.Int(name, 1, "dup")
		}()
	}
	named := flag.NewFlagSet("tool", flag.ContinueOnError)
	named.SetOutput(os.Stdout)
	named.Bool("x", false, "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		named.Bool("x", false, "")
	}()
	zero := 0
	named.Var(panicky{&zero}, "p", "panics on zero")
	named.PrintDefaults()
	named.Usage = func() { fmt.Println("custom usage") }
	fmt.Println(named.Parse([]string{"-y"}))
	var plain flag.FlagSet
	plain.Init("plain", flag.ContinueOnError)
	plain.SetOutput(os.Stdout)
	fmt.Println(plain.Parse([]string{"-q"}))
	panicSet := flag.NewFlagSet("p", flag.PanicOnError)
	panicSet.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicSet.Parse([]string{"-what"})
	}()
	fmt.Println(flag.ContinueOnError, flag.ExitOnError, flag.PanicOnError, flag.CommandLine.Name() == os.Args[0], flag.Parsed())
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Usage = func() { fmt.Println("usage replaced") }
	flag.Int("global", 1, "g")
	fmt.Println(flag.CommandLine.Parse([]string{"-global", "4", "x"}), flag.NArg(), flag.Arg(0), flag.Args(), flag.NFlag(), flag.Lookup("global").Value)
	flag.Set("global", "9")
	flag.Visit(func(f *flag.Flag) { fmt.Println("visit", f.Name, f.Value) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("visitall", f.Name) })
	flag.PrintDefaults()
	exit := flag.NewFlagSet("exiter", flag.ExitOnError)
	exit.SetOutput(os.Stdout)
	exit.Parse([]string{"-bogus"})
	fmt.Println("not reached")
}
