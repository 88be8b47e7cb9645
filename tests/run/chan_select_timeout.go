package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		c <- 1
	}()
	select {
	case v := <-c:
		fmt.Println("got", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout first")
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout second")
	}
	timer := time.NewTimer(50 * time.Millisecond)
	start := time.Now()
	<-timer.C
	el := time.Since(start)
	fmt.Println("timer fired, at least 40ms:", el >= 40*time.Millisecond)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t2.Stop())
	ticker := time.NewTicker(20 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	done := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() { done <- true })
	fmt.Println("afterfunc", <-done)
}
