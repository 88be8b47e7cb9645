package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		var re runtime.Error
		fmt.Println(errors.As(err, &re), err)
		panic(fmt.Errorf("wrapped: %w", err))
	}()
	var p *struct{ x int }
	p.x = 1
}
