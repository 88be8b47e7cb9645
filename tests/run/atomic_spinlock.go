package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state int32 }

func (s *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() { atomic.StoreInt32(&s.state, 0) }

func main() {
	var sl SpinLock
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				sl.Lock()
				counter++
				sl.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
	var flag atomic.Bool
	var ready atomic.Int32
	done := make(chan bool)
	go func() {
		for !flag.Load() {
			runtime.Gosched()
		}
		ready.Store(1)
		done <- true
	}()
	flag.Store(true)
	<-done
	fmt.Println(ready.Load())
}
