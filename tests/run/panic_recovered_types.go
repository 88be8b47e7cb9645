package main

import (
	"fmt"
	"runtime"
)

func catch(f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%T runtime.Error=%v error=%v: %v\n", r, isRT, isErr, r)
	}()
	f()
}

func main() {
	s := []int{1}
	i := 3
	catch(func() { _ = s[i] })
	catch(func() { _ = s[i:] })
	var m map[int]int
	catch(func() { m[0] = 1 })
	var x interface{} = 1
	catch(func() { _ = x.(string) })
	z := 0
	catch(func() { _ = 1 / z })
	var p *int
	catch(func() { _ = *p })
	ch := make(chan int)
	close(ch)
	catch(func() { close(ch) })
	catch(func() { panic("plain") })
	catch(func() { panic(fmt.Errorf("errorf")) })
}
