// The shape of Go by Example's "Logging" program (package log with flags, prefixes and
// a buffer, then log/slog's JSON handler), with the timestamps, which differ from run
// to run, checked for their format and then masked.
package main

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"os"
	"regexp"
)

var (
	logStamp  = regexp.MustCompile(`\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(\.\d{6})?`)
	jsonStamp = regexp.MustCompile(`"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)"`)
	textStamp = regexp.MustCompile(`time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)`)
)

// show prints what a logger wrote, with its timestamps masked.
func show(buf *bytes.Buffer) {
	s := logStamp.ReplaceAllString(buf.String(), "<DATE TIME>")
	s = jsonStamp.ReplaceAllString(s, `"time":"<TIME>"`)
	s = textStamp.ReplaceAllString(s, "time=<TIME>")
	fmt.Print(s)
	buf.Reset()
}

func main() {
	var out bytes.Buffer
	log.SetOutput(&out)
	log.Println("standard logger")
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.Println("with micro")
	log.SetFlags(log.LstdFlags | log.Lshortfile)
	log.Println("with file/line")
	show(&out)

	mylog := log.New(&out, "my:", log.LstdFlags)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.Println("from mylog")
	show(&out)

	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", log.LstdFlags)
	buflog.Println("hello")
	fmt.Print("from buflog:")
	show(&buf)

	jsonHandler := slog.NewJSONHandler(&out, nil)
	myslog := slog.New(jsonHandler)
	myslog.Info("hi there")
	myslog.Info("hello again", "key", "val", "age", 25)
	show(&out)

	textlog := slog.New(slog.NewTextHandler(&out, &slog.HandlerOptions{Level: slog.LevelDebug}))
	textlog.Debug("debugging", "user", "gopher", "attempt", 3)
	textlog.Warn("disk almost full", slog.Float64("used", 0.93), slog.Group("disk", "dev", "/dev/sda1", "free", 1<<30))
	textlog.With("request", 42).WithGroup("http").Error("failed", "status", 503, "err", os.ErrDeadlineExceeded)
	show(&out)

	log.SetFlags(log.LstdFlags)
	slog.Info("through the default logger", "n", 1)
	show(&out)
}
