package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		fmt.Println("goroutine exits process")
		os.Exit(7)
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
