package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println(old)
	fmt.Println(debug.SetGCPercent(100))
	s := string(debug.Stack())
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:"))
	bi, ok := debug.ReadBuildInfo()
	fmt.Println(ok, bi != nil)
	fmt.Println(runtime.NumGoroutine(), runtime.GOOS, runtime.NumCPU() > 0)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Sys > 0)
	runtime.GC()
	debug.FreeOSMemory()
	formatAndParse()
	quoting()
}

func init() {
	bi := &debug.BuildInfo{GoVersion: "go1.23", Path: "example.com/m", Main: debug.Module{Path: "example.com/m", Version: "(devel)"},
		Deps:     []*debug.Module{{Path: "a.b/c", Version: "v1.0.0", Sum: "h1:x", Replace: &debug.Module{Path: "../c"}}},
		Settings: []debug.BuildSetting{{"-ldflags", "-s -w"}, {"k=v", "q\"x"}, {"GOOS", "linux"}}}
	s := bi.String()
	fmt.Print(s)
	back, err := debug.ParseBuildInfo(s)
	fmt.Println(err, back.String() == s, back.Deps[0].Replace.Path, back.Settings[1])
	_, err = debug.ParseBuildInfo("bogus\tx\n")
	fmt.Println(err)
	_, err = debug.ParseBuildInfo("nofield\n")
	fmt.Println(err)
	var st debug.GCStats
	debug.ReadGCStats(&st)
	fmt.Println(st.NumGC >= 0, debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30), debug.SetMaxThreads(100), debug.SetMemoryLimit(-1), debug.SetPanicOnFault(true))
}

func formatAndParse() {
	for _, m := range []debug.Module{{Path: "p"}, {Path: "p", Version: "v"}, {Path: "p", Sum: "s"}, {Path: "p", Version: "v", Sum: "s"},
		{Path: "p", Version: "v", Sum: "s", Replace: &debug.Module{Path: "r"}}, {Path: "p", Replace: &debug.Module{Path: "r", Version: "rv", Sum: "rs"}}, {Version: "v"}} {
		bi := &debug.BuildInfo{Main: m, Deps: []*debug.Module{&m}}
		fmt.Printf("%q\n", bi.String())
	}
	fmt.Printf("%q\n", (&debug.BuildInfo{Settings: []debug.BuildSetting{{"", "x"}, {"a", ""}, {"a b", "c\td"}, {"é", "x=y"}, {"a\"", "`"}}}).String())
	for _, in := range []string{"go\tgo1\npath\tp\nmod\tm\tv\ts\n", "mod\tm\n", "mod\tm\tv\n", "dep\td\tv\ts\n=>\tr\tv2\ts2\n", "=>\tr\n", "build\tx\n", "build\t\"a b\"=\"c\"\n", "build\t=x\n", "junk\n", "junk\tx\n", "go\n", "mod\n", "mod\tm\tv\ts\tx\n", "build\t\"bad\n", "build\tk=\"bad\n",
		"dep\ta\tv\ts\n=>\tb\tv\ts\n=>\tc\tv\ts\n", "\n\n", "build\tk=v=w\n", "path\n", "path\t\n", "mod\t\n", "mod\t\tv\n"} {
		bi, err := debug.ParseBuildInfo(in)
		if err != nil {
			fmt.Printf("%q -> err %v\n", in, err)
		} else {
			fmt.Printf("%q -> %q %q %d\n", in, bi.String(), bi.Path, len(bi.Deps))
		}
	}
}

func quoting() {
	fmt.Printf("%q\n", (&debug.BuildInfo{Settings: []debug.BuildSetting{{"a\rb", "c\nd"}, {"x\x01", "y\x01"}, {"k", " "}, {"k", "é"}, {"k=", "="}, {"k'", "'"}}}).String())
	for _, in := range []string{"build\t\"a\"x\n", "build\t\"a\"\n", "build\t\"\"=1\n", "build\tk=\"a\"b\n", "mod\tm\tv\ts\r\n", "dep\tx\tv\n=>\ty\tz\tw\ndep\ta\tb\n", "go\tgo1.2\tx\n", "path\tp\tq\n", "mod\tm\tv\n=>\ta\tb\tc\n", "build\tk=v\nbuild\tk=w\n"} {
		bi, err := debug.ParseBuildInfo(in)
		if err != nil {
			fmt.Printf("%q -> err %v\n", in, err)
		} else {
			fmt.Printf("%q -> %q %q %d\n", in, bi.String(), bi.Path, len(bi.Deps))
		}
	}
}
