package main

import (
	"fmt"
	"sync"
)

type Worker struct {
	id  int
	out chan<- string
}

func (w Worker) Run(wg *sync.WaitGroup, n int) {
	defer wg.Done()
	w.out <- fmt.Sprintf("worker %d did %d", w.id, n)
}

type Tally struct {
	mu sync.Mutex
	m  map[int]int
}

func (t *Tally) Add(k int) {
	t.mu.Lock()
	t.m[k]++
	t.mu.Unlock()
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	ws := []Worker{{1, out}, {2, out}, {3, out}}
	for i, w := range ws {
		wg.Add(1)
		go w.Run(&wg, i*10)
	}
	wg.Wait()
	close(out)
	lines := map[string]bool{}
	for l := range out {
		lines[l] = true
	}
	fmt.Println(len(lines), lines["worker 2 did 10"])
	t := &Tally{m: map[int]int{}}
	add := t.Add
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			add(i % 4)
		}()
	}
	wg2.Wait()
	fmt.Println(t.m)
	fns := []func(int){t.Add, (&Tally{m: t.m}).Add}
	for _, f := range fns {
		f(9)
	}
	fmt.Println(t.m[9])
}
