package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover cannot catch fatal errors:", recover())
	}()
	var mu sync.Mutex
	mu.Unlock()
}
