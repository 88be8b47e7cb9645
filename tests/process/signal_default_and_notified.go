// Prints "ready", then waits. With an argument "notify" it first asks for SIGINT on a
// channel and prints "got interrupt" when one arrives; without it, SIGINT keeps its
// default action and the process dies of it (Go: exit by signal 2, shell status 130).
package main

import (
	"fmt"
	"os"
	"os/signal"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	if len(os.Args) > 1 && os.Args[1] == "notify" {
		signal.Notify(c, os.Interrupt)
	}
	fmt.Println("ready")
	select {
	case s := <-c:
		fmt.Println("got", s)
	case <-time.After(20 * time.Second):
		fmt.Println("no signal")
	}
}
