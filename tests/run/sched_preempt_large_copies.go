// Long memory operations do not delay preemption: at GOMAXPROCS=1 a goroutine looping
// over 4 MB copies (and over a 64 MB copy and clear, moved in chunks) must let a
// sleeping main run soon after its timer (minigo used to charge nothing for them and
// was late by most of a second).
package main

import (
	"fmt"
	"runtime"
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
	worst := time.Duration(0)
	for i := 0; i < 10; i++ {
		start := time.Now()
		time.Sleep(10 * time.Millisecond)
		worst = max(worst, time.Since(start)-10*time.Millisecond)
	}
	fmt.Println("main ran 10 times")
	if worst > 200*time.Millisecond {
		fmt.Println("late by", worst)
	}
}
