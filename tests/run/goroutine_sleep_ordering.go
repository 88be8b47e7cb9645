package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, d := range []int{5, 1, 4, 2, 3} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * 100 * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	start := time.Now()
	time.Sleep(25 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 25*time.Millisecond, el < time.Second)
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute, time.Duration(1234), d.Seconds(), d.Milliseconds())
}
