package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in goroutine runs")
		func() {
			defer fmt.Println("inner defer runs")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()
	// recover returns nil during Goexit
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		runtime.Goexit()
	}()
	wg.Wait()
	fmt.Println("main done")
}
