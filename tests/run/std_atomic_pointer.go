package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

type node struct {
	val  int
	next *node
}

// Treiber stack with atomic.Pointer.
type Stack struct{ head atomic.Pointer[node] }

func (s *Stack) Push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func (s *Stack) Pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			return old.val, true
		}
	}
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&Config{1, "first"})
	old := cur.Swap(&Config{2, "second"})
	fmt.Println(old.Name, cur.Load().Version)
	c := cur.Load()
	fmt.Println(cur.CompareAndSwap(old, &Config{}), cur.CompareAndSwap(c, &Config{3, "third"}))
	fmt.Printf("%+v\n", *cur.Load())

	var s Stack
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.Push(g*100 + i)
			}
		}()
	}
	wg.Wait()
	sum, n := 0, 0
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		sum += v
		n++
	}
	fmt.Println(n, sum)

	var counter atomic.Int64
	var flag atomic.Bool
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			counter.Add(int64(i))
			flag.CompareAndSwap(false, true)
		}()
	}
	wg2.Wait()
	fmt.Println(counter.Load(), flag.Load())
	var ap atomic.Pointer[[]string]
	ap.Store(&[]string{"a"})
	fmt.Println(*ap.Load())
	fmt.Printf("%T\n", ap)
}
