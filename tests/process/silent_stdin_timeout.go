// As many goroutines as processors block reading a standard input that stays open and
// silent; main's time.After select must still time out (Go: after 100 ms). minigo used
// to hold a processor per blocked read, so main only ran once stdin closed.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	got := make(chan int)
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		go func() {
			b := make([]byte, 1)
			n, _ := os.Stdin.Read(b)
			got <- n
		}()
	}
	time.Sleep(10 * time.Millisecond)
	select {
	case n := <-got:
		fmt.Println("read", n)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout")
	}
}
