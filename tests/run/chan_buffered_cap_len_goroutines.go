package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int, 5)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			c <- i
		}
	}()
	wg.Wait()
	fmt.Println("len after producer:", len(c), "cap:", cap(c))
	close(c)
	var got []int
	for v := range c {
		got = append(got, v)
	}
	fmt.Println(got)
	// producer blocks when buffer full, resumes when consumer reads
	d := make(chan int, 2)
	sent := make(chan int, 10)
	go func() {
		for i := 0; i < 6; i++ {
			d <- i
			sent <- i
		}
		close(d)
	}()
	total := 0
	for v := range d {
		total += v
	}
	fmt.Println("total", total, "sent count", len(sent))
}
