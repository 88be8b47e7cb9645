package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	fmt.Println("main waits on b")
	<-b
}
