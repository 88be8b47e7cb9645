// Many goroutines logging through handlers derived from one TextHandler and one
// JSONHandler (With, WithGroup) into one buffer, under GOMAXPROCS 1, 2 and 8, while
// another goroutine moves the level: every line must be whole (each Handle is one
// Write) and every enabled record present.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func run(procs int) {
	runtime.GOMAXPROCS(procs)
	var out bytes.Buffer
	var level slog.LevelVar
	opts := &slog.HandlerOptions{Level: &level, ReplaceAttr: noTime}
	text := slog.New(slog.NewTextHandler(&out, opts)).With("proc", procs)
	var jout bytes.Buffer
	js := slog.New(slog.NewJSONHandler(&jout, opts)).WithGroup("g")
	const workers, each = 16, 100
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tl := text.With("worker", w).WithGroup("req")
			jl := js.With("worker", w)
			for i := 0; i < each; i++ {
				tl.Info("handled", "i", i, "path", "/a b")
				jl.Warn("slow", "i", i, slog.Group("db", "rows", i*2))
				// Debug lines appear only while the level is low.
				tl.Debug("detail", "i", i)
			}
		}()
	}
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				level.Set(slog.LevelDebug)
				runtime.Gosched()
				level.Set(slog.LevelInfo)
			}
		}
	}()
	wg.Wait()
	close(stop)
	infos, debugs, bad := 0, 0, 0
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "level=INFO msg=handled proc=") && strings.Contains(line, ` req.path="/a b"`):
			infos++
		case strings.HasPrefix(line, "level=DEBUG msg=detail proc="):
			debugs++
		default:
			bad++
		}
	}
	jsonLines := 0
	for _, line := range strings.Split(strings.TrimSuffix(jout.String(), "\n"), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) != nil || m["msg"] != "slow" {
			bad++
			continue
		}
		jsonLines++
	}
	fmt.Printf("GOMAXPROCS %d: %d info lines, json lines %d, debug lines at most %d: %v, broken lines %d\n",
		procs, infos, jsonLines, workers*each, debugs <= workers*each, bad)
}

func main() {
	for rep := 0; rep < 2; rep++ {
		for _, p := range []int{1, 2, 8} {
			run(p)
		}
	}
}
