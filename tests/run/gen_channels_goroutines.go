package main

import (
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](c <-chan T) []T {
	var r []T
	for v := range c {
		r = append(r, v)
	}
	return r
}

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = f(s.m[k])
}

type Result[T any] struct {
	Val T
	Err error
}

func main() {
	sq := Collect(MapChan(Generate(1, 2, 3, 4), func(i int) int { return i * i }))
	fmt.Println(sq)
	m := Collect(Merge(Generate("a", "b"), Generate("c"), Generate[string]()))
	sort.Strings(m)
	fmt.Println(m)
	lens := ParallelMap([]string{"one", "three", "seventeen", ""}, 3, func(s string) int { return len(s) })
	fmt.Println(lens)

	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Update([]string{"x", "y"}[i%2], func(v int) int { return v + i })
		}()
	}
	wg.Wait()
	fmt.Println(sm.m)

	rc := make(chan Result[float64], 2)
	go func() { rc <- Result[float64]{Val: 1.5} }()
	go func() { rc <- Result[float64]{Err: fmt.Errorf("boom")} }()
	var got []string
	for i := 0; i < 2; i++ {
		r := <-rc
		got = append(got, fmt.Sprint(r.Val, r.Err))
	}
	sort.Strings(got)
	fmt.Println(got)
}
