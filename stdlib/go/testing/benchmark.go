package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// B is the state of a benchmark: the function runs its loop b.N times.
type B struct {
	common
	N         int
	timerOn   bool
	timerFrom time.Time
	elapsed   time.Duration
	loopN     int
	allocs    bool
	// Allocation counters at the timer's start, and their growth while it ran.
	startMallocs, startBytes uint64
	mallocs, bytes           uint64
}

func memCounters() (mallocs, bytes uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs, ms.TotalAlloc
}

// ResetTimer zeroes the elapsed benchmark time.
func (b *B) ResetTimer() {
	if b.timerOn {
		b.startMallocs, b.startBytes = memCounters()
		b.timerFrom = time.Now()
	}
	b.elapsed = 0
	b.mallocs, b.bytes = 0, 0
}

// StartTimer starts timing a test (it is on when the benchmark starts).
func (b *B) StartTimer() {
	if !b.timerOn {
		b.startMallocs, b.startBytes = memCounters()
		b.timerFrom = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing.
func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += time.Since(b.timerFrom)
		m, by := memCounters()
		b.mallocs += m - b.startMallocs
		b.bytes += by - b.startBytes
		b.timerOn = false
	}
}

// ReportAllocs adds bytes and allocations per operation to the benchmark's report
// (minigo's own allocator's counts).
func (b *B) ReportAllocs() { b.allocs = true }

// SetBytes records the bytes processed per operation (shown as MB/s).
func (b *B) SetBytes(n int64) {}

// Elapsed returns the measured time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.elapsed
	if b.timerOn {
		d += time.Since(b.timerFrom)
	}
	return d
}

// Loop reports whether the benchmark loop should run once more: `for b.Loop() { ... }`
// runs the body b.N times.
func (b *B) Loop() bool {
	if b.loopN == 0 {
		b.ResetTimer()
	}
	if b.loopN < b.N {
		b.loopN++
		return true
	}
	b.StopTimer()
	return false
}

// runN runs the benchmark function once with b.N = n in its own goroutine.
func (b *B) runN(fn func(b *B), n int) {
	b.N = n
	b.loopN = 0
	b.elapsed = 0
	b.mallocs, b.bytes = 0, 0
	b.timerOn = false
	b.StartTimer()
	done := make(chan bool)
	go func() {
		defer func() {
			b.StopTimer()
			done <- true
		}()
		fn(b)
	}()
	<-done
}

func runBenchmarks(benchmarks []InternalBenchmark) bool {
	var selected []InternalBenchmark
	for _, bm := range benchmarks {
		if matches(bm.Name, benchPat) {
			selected = append(selected, bm)
		}
	}
	if len(selected) == 0 {
		return true
	}
	printOut("goos: linux\ngoarch: amd64\n")
	if p := os.Getenv("MINIGO_TEST_PKG"); p != "" {
		printOut("pkg: " + p + "\n")
	}
	if cpu := cpuName(); cpu != "" {
		printOut("cpu: " + cpu + "\n")
	}
	procs := runtime.GOMAXPROCS(0)
	suffix := ""
	if procs != 1 {
		suffix = fmt.Sprintf("-%d", procs)
	}
	width := 0
	for _, bm := range selected {
		if len(bm.Name) > width {
			width = len(bm.Name)
		}
	}
	width += 2*len(suffix) + 1
	ok := true
	for _, bm := range selected {
		name := bm.Name + suffix
		b := &B{common: common{name: bm.Name, isBench: true}}
		n := 1
		if benchIters > 0 {
			n = benchIters
		}
		for {
			b.runN(bm.F, n)
			if b.Failed() || b.Skipped() || benchIters > 0 || b.Elapsed() >= benchTime || n >= 1000000000 {
				break
			}
			// Aim at the benchmark time, growing at most 100-fold per round.
			per := b.Elapsed().Nanoseconds() / int64(n)
			next := int64(n) * 100
			if per > 0 {
				want := benchTime.Nanoseconds() * 6 / 5 / per
				if want < next {
					next = want
				}
			}
			if next <= int64(n) {
				next = int64(n) + 1
			}
			n = int(next)
		}
		b.report()
		if b.Failed() {
			ok = false
			printOut(fmt.Sprintf("--- FAIL: %s\n%s", bm.Name, logsOf(b)))
			continue
		}
		if b.Skipped() {
			printOut(fmt.Sprintf("--- SKIP: %s\n%s", bm.Name, logsOf(b)))
			continue
		}
		nsop := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		line := fmt.Sprintf("%-*s\t%8d\t%s ns/op", width, name, b.N, prettyNs(nsop))
		if b.allocs {
			line += fmt.Sprintf("\t%8d B/op\t%8d allocs/op", b.bytes/uint64(b.N), b.mallocs/uint64(b.N))
		}
		printOut(line + "\n")
		if len(b.output) > 0 {
			printOut(logsOf(b))
		}
	}
	return ok
}

func logsOf(b *B) string {
	s := string(b.output)
	b.output = nil
	if i := strings.Index(s, "\n"); i >= 0 && strings.HasPrefix(s, "--- ") {
		s = s[i+1:]
	}
	return s
}

// prettyNs formats ns/op with at least four significant figures, as the go command does.
func prettyNs(x float64) string {
	switch {
	case x >= 99999.5:
		return fmt.Sprintf("%10.0f", x)
	case x >= 9999.5:
		return fmt.Sprintf("%10.1f", x)
	case x >= 999.95:
		return fmt.Sprintf("%10.2f", x)
	case x >= 99.995:
		return fmt.Sprintf("%10.3f", x)
	default:
		return fmt.Sprintf("%10.4f", x)
	}
}

// cpuName is the processor's model name from /proc/cpuinfo.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for rest := string(data); rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
