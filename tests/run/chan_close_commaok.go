package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 10
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v = <-c
	fmt.Println(v)
	// close wakes all receivers
	done := make(chan struct{})
	results := make(chan bool, 5)
	for i := 0; i < 5; i++ {
		go func() {
			_, ok := <-done
			results <- ok
		}()
	}
	close(done)
	cnt := 0
	for i := 0; i < 5; i++ {
		if !<-results {
			cnt++
		}
	}
	fmt.Println("woken receivers:", cnt)
	// struct chan zero value
	type P struct{ X, Y int }
	pc := make(chan P)
	close(pc)
	p, ok := <-pc
	fmt.Println(p, ok)
	sc := make(chan string)
	close(sc)
	s, ok := <-sc
	fmt.Printf("%q %v\n", s, ok)
	// directional channels
	var send chan<- int
	var recv <-chan int
	bi := make(chan int, 1)
	send, recv = bi, bi
	send <- 5
	fmt.Println(<-recv)
	fmt.Printf("%T %T\n", send, recv)
}
