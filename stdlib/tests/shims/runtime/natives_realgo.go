// Test shim: runtime natives backed by real Go's runtime.
package runtime

import (
	goos "os"
	goruntime "runtime"
)

func GOMAXPROCS(n int) int                         { return goruntime.GOMAXPROCS(n) }
func NumCPU() int                                  { return goruntime.NumCPU() }
func NumGoroutine() int                            { return goruntime.NumGoroutine() }
func Gosched()                                     { goruntime.Gosched() }
func GC()                                          { goruntime.GC() }
func Goexit()                                      { goruntime.Goexit() }
func Version() string                              { return "go1.23" }
func Caller(skip int) (uintptr, string, int, bool) { return goruntime.Caller(skip + 1) }
func Callers(skip int, pc []uintptr) int           { return goruntime.Callers(skip+1, pc) }
func Stack(buf []byte, all bool) int               { return goruntime.Stack(buf, all) }
func gorootEnv() string                            { return goos.Getenv("GOROOT") }
func funcInfo(pc uintptr) (string, string, int, uintptr, bool) {
	f := goruntime.FuncForPC(pc)
	if f == nil {
		return "", "", 0, 0, false
	}
	file, line := f.FileLine(pc)
	return f.Name(), file, line, f.Entry(), true
}

func readMemStats() (alloc, totalAlloc, sys, mallocs, frees, nextGC, lastGC, pauseTotalNs, numGC, numForcedGC, heapIdle, heapReleased uint64) {
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	return m.Alloc, m.TotalAlloc, m.Sys, m.Mallocs, m.Frees, m.NextGC, m.LastGC, m.PauseTotalNs, uint64(m.NumGC), uint64(m.NumForcedGC), m.HeapIdle, m.HeapReleased
}

func SetFinalizer(obj any, finalizer any) { goruntime.SetFinalizer(obj, finalizer) }
func Breakpoint()                         { goruntime.Breakpoint() }
func KeepAlive(x any)                     { goruntime.KeepAlive(x) }
