package main

import "fmt"

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i * i
		}
		close(c)
	}()
	go func() {
		sum := 0
		for v := range c {
			fmt.Println("recv", v)
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	<-done
	// ping-pong preserves strict alternation
	ping, pong := make(chan string), make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ping
			pong <- msg + "-pong"
		}
	}()
	for i := 0; i < 3; i++ {
		ping <- fmt.Sprint("ping", i)
		fmt.Println(<-pong)
	}
}
