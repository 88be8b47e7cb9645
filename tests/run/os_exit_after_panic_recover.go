package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fatal:", r)
			os.Exit(4)
		}
	}()
	panic("bad config")
}
