// Two goroutines ping-ponging on unbuffered channels ready each other through the
// processor's runnext slot; the slice they inherit from each other must still end, so
// at GOMAXPROCS=1 main resumes after runtime.Gosched (Go: after one 10 ms slice; minigo
// used to starve main for ever).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	a, b := make(chan int), make(chan int)
	go func() {
		for {
			a <- 1
			<-b
		}
	}()
	go func() {
		for {
			<-a
			b <- 1
		}
	}()
	start := time.Now()
	runtime.Gosched()
	fmt.Println("main resumed")
	if d := time.Since(start); d > time.Second {
		fmt.Println("after", d)
	}
}
