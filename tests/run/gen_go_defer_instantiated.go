package main

import (
	"fmt"
	"sync"
)

func Worker[T any](id int, in <-chan T, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		out <- fmt.Sprintf("w%d:%v", id, v)
	}
}

func Log[T any](prefix string, v T) { fmt.Println(prefix, v) }

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T)  { b.v = v }
func (b Box[T]) Show()     { fmt.Println("box", b.v) }

func main() {
	in := make(chan int)
	out := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go Worker(1, in, out, &wg)
	for i := 0; i < 3; i++ {
		in <- i
	}
	close(in)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	defer Log("deferred", 1.5)
	defer Log[string]("explicit", "s")
	b := &Box[int]{}
	defer b.Show()
	b.Set(9)
	defer b.Show()
	done := make(chan bool)
	go func() {
		defer close(done)
		Log("in goroutine", []int{1})
	}()
	<-done
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go (&Box[string]{}).Set("x")
	go func() { defer wg2.Done(); Box[bool]{true}.Show() }()
	wg2.Wait()
	f := Log[error]
	defer f("nil error", nil)
}
