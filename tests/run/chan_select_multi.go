package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
	}()
	go func() {
		for _, s := range []string{"x", "y"} {
			b <- s
		}
	}()
	var ints []int
	var strs []string
	for len(ints)+len(strs) < 5 {
		select {
		case v := <-a:
			ints = append(ints, v)
		case s := <-b:
			strs = append(strs, s)
		}
	}
	fmt.Println(ints, strs)
	go func() { close(quit) }()
	<-quit
	// select both send and receive
	out := make(chan int, 1)
	in := make(chan int, 1)
	in <- 7
	got := []string{}
	for i := 0; i < 2; i++ {
		select {
		case out <- 1:
			got = append(got, "send")
		case v := <-in:
			got = append(got, fmt.Sprint("recv", v))
		}
	}
	sort.Strings(got)
	fmt.Println(got)
	// random choice fairness: both cases get chosen sometimes
	c1 := make(chan int, 1000)
	c2 := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		c1 <- 1
		c2 <- 2
	}
	cnt := map[int]int{}
	for i := 0; i < 1000; i++ {
		select {
		case v := <-c1:
			cnt[v]++
		case v := <-c2:
			cnt[v]++
		}
	}
	fmt.Println(cnt[1] > 100, cnt[2] > 100, cnt[1]+cnt[2])
}
