// runtime.GOMAXPROCS changes while 16 goroutines spin without calls: each change stops
// the world, which must reach the spinners at their loop safepoints (issue 10 item 8;
// Go takes a few ms per change; the time is measured, not asserted here).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	var spins [16]int
	for i := range spins {
		go func() {
			for !stop.Load() {
				spins[i]++
			}
		}()
	}
	time.Sleep(5 * time.Millisecond)
	prev := runtime.GOMAXPROCS(0)
	changes := 0
	for i := 0; i < 40; i++ {
		want := 1 + i%3
		old := runtime.GOMAXPROCS(want)
		if old != prev {
			fmt.Println("GOMAXPROCS returned", old, "want", prev)
		}
		if now := runtime.GOMAXPROCS(0); now != want {
			fmt.Println("GOMAXPROCS is", now, "want", want)
		}
		prev = want
		changes++
	}
	stop.Store(true)
	fmt.Println("changes:", changes, "final:", runtime.GOMAXPROCS(0))
}
