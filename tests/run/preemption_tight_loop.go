package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop atomic.Bool
	var spins atomic.Int64
	// a goroutine spinning without function calls must not starve main
	go func() {
		n := int64(0)
		for !stop.Load() {
			n++
		}
		spins.Store(n)
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main woke up while a goroutine spins")
	stop.Store(true)
	for spins.Load() == 0 {
		runtime.Gosched()
	}
	fmt.Println("spinner stopped:", spins.Load() > 0)
	// tight loop in main; another goroutine must still get to run
	var ran atomic.Bool
	go func() { ran.Store(true) }()
	x := 0
	for !ran.Load() {
		x++
	}
	fmt.Println("other goroutine ran during main's loop")
	// pure CPU loop without any atomics or calls
	done := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 5_000_000; i++ {
			s += i & 3
		}
		done <- s
	}()
	ticks := 0
	tm := time.NewTicker(5 * time.Millisecond)
	for {
		select {
		case s := <-done:
			tm.Stop()
			fmt.Println("sum", s, "main ran concurrently:", ticks >= 0)
			return
		case <-tm.C:
			ticks++
		}
	}
}
