package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("background done")
	}()
	defer fmt.Println("main deferred runs")
	runtime.Goexit()
}
