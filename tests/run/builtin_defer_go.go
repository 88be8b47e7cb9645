package main

import (
	"fmt"
	"sort"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sum += n
}

func producer(ch chan<- int, n int) {
	defer close(ch)
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	var wg sync.WaitGroup
	acc := &Acc{}
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go acc.Add(i, &wg)
	}
	wg.Wait()
	fmt.Println(acc.sum)
	ch := make(chan int)
	go producer(ch, 5)
	total := 0
	for v := range ch {
		total += v
	}
	fmt.Println(total)
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		fmt.Println(len(m))
	}()
	fmt.Println(len(m))
	s := []int{1, 2, 3}
	func() {
		defer clear(s)
		defer fmt.Println(s)
	}()
	fmt.Println(s)
	out := make(chan string, 3)
	var wg2 sync.WaitGroup
	for _, w := range []string{"x", "y", "z"} {
		wg2.Add(1)
		go func(s string) {
			defer wg2.Done()
			out <- s + s
		}(w)
	}
	wg2.Wait()
	close(out)
	var got []string
	for v := range out {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(got)
	done := make(chan bool)
	go func(s string) { fmt.Println(s); done <- true }("go with a closure call")
	<-done
	defer panicRecover()
	defer panic("deferred panic builtin")
}

func panicRecover() {
	fmt.Println("recovered:", recover())
}
