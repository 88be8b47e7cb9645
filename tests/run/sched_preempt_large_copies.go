// Long memory operations do not delay preemption: at GOMAXPROCS=1 a goroutine looping
// over 4 MB copies (and over a 64 MB copy and clear, moved in chunks) must let a
// sleeping main run soon after its timer (minigo used to charge nothing for them and
// was late by most of a second).
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

var sink int

// Go preempts at function entry (its asynchronous preemption rarely lands outside the
// memmove), so the loops call a function per copy.
//
//go:noinline
func copyBytes(dst, src []byte) int { return copy(dst, src) }

//go:noinline
func copyInts(dst, src []int) int { return copy(dst, src) }

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		src := make([]byte, 4<<20)
		dst := make([]byte, 4<<20)
		for {
			sink += copyBytes(dst, src)
		}
	}()
	go func() {
		big := make([]int, 8<<20)
		for {
			sink += copyInts(big[1:], big)
			clear(big)
		}
	}()
	var lates []time.Duration
	for i := 0; i < 10; i++ {
		start := time.Now()
		time.Sleep(10 * time.Millisecond)
		lates = append(lates, time.Since(start)-10*time.Millisecond)
	}
	fmt.Println("main ran", len(lates), "times")
	// The median: a loaded machine may delay any one wake-up.
	sort.Slice(lates, func(i, j int) bool { return lates[i] < lates[j] })
	if lates[5] > 500*time.Millisecond {
		fmt.Println("late by", lates)
	}
}
