package main

import "time"

func main() {
	go func() {
		panic("panic in goroutine")
	}()
	time.Sleep(time.Second)
}
