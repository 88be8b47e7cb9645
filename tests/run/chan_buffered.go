package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "c"
	c <- "d"
	fmt.Println(len(c))
	close(c)
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	// FIFO order with many items
	n := make(chan int, 100)
	for i := 0; i < 100; i++ {
		n <- i
	}
	close(n)
	prev, ordered := -1, true
	for x := range n {
		if x != prev+1 {
			ordered = false
		}
		prev = x
	}
	fmt.Println(ordered, prev)
	// buffered chan as semaphore
	sem := make(chan struct{}, 2)
	sem <- struct{}{}
	sem <- struct{}{}
	select {
	case sem <- struct{}{}:
		fmt.Println("unexpected")
	default:
		fmt.Println("semaphore full")
	}
	<-sem
	fmt.Println(len(sem))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
}
