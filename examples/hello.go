// hello: the classic first program, with a goroutine and a channel.
package main

import "fmt"

func main() {
	greetings := make(chan string)
	go func() {
		greetings <- "hello, world"
	}()
	fmt.Println(<-greetings)
}
