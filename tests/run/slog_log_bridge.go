// log/slog and package log together: the default handler writes through log's default
// logger (its writer, prefix and flags, the file and line of the slog call), the
// SetLogLoggerLevel threshold, SetDefault redirecting package log to a handler (flags
// cleared, trailing newline dropped, the call site as source), NewLogLogger.
package main

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"
	"path/filepath"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if src, ok := a.Value.Any().(*slog.Source); ok {
		src.File = filepath.Base(src.File)
	}
	return a
}

func helper(msg string) { slog.Info(msg, "from", "helper") }

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	slog.Info("plain", "a", 1, "b", "two words")
	log.SetPrefix("[app] ")
	slog.Warn("prefixed", slog.Group("g", "x", 1.5))
	log.SetFlags(log.Lshortfile)
	slog.Error("with file")
	helper("helper's line")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	slog.Info("msgprefix")
	log.SetFlags(0)
	log.SetPrefix("")
	slog.Debug("not shown")
	fmt.Println("previous:", slog.SetLogLoggerLevel(slog.LevelDebug))
	slog.Debug("shown", "level", "debug")
	slog.Log(context.TODO(), slog.LevelDebug-1, "below debug")
	fmt.Println(slog.Default().Enabled(context.Background(), slog.LevelDebug), slog.Default().Enabled(nil, slog.LevelDebug-1))
	slog.SetLogLoggerLevel(slog.LevelInfo)
	slog.With("req", 7).WithGroup("db").Info("query", "rows", 3)
	slog.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Int("n", 1), slog.Bool("ok", false))
	slog.InfoContext(context.Background(), "ctx", "k", "v")

	log.SetFlags(log.Lshortfile)
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: true, ReplaceAttr: noTime})
	slog.SetDefault(slog.New(h))
	fmt.Println("flags after SetDefault:", log.Flags())
	log.Print("log.Print goes to the handler\n")
	log.Printf("printf %d", 2)
	log.Println("println")
	slog.Info("slog.Info goes to the handler too")
	fmt.Println(slog.SetLogLoggerLevel(slog.LevelWarn))
	log.Print("now at WARN")
	slog.SetLogLoggerLevel(slog.LevelDebug)
	log.Print("DEBUG is below the handler's level")

	jl := slog.NewLogLogger(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{AddSource: true, ReplaceAttr: noTime}), slog.LevelError)
	jl.Print("from a log.Logger")
	jl.SetPrefix("pre: ")
	jl.Printf("with %s", "prefix")
	fmt.Println(jl.Flags(), jl.Prefix())
}
