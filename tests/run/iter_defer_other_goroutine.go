package main

import (
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
)

// FromWorker calls yield from a goroutine of its own, one call at a time.
func FromWorker(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				if !yield(i) {
					return
				}
			}
		}()
		wg.Wait()
	}
}

// Relay hands each value to a fresh goroutine that calls yield.
func Relay(words ...string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			done := make(chan bool)
			go func() { done <- yield(i, w) }()
			if !<-done {
				return
			}
		}
	}
}

type buf struct{ parts []string }

func (b *buf) add(s string) { b.parts = append(b.parts, s) }

func collect() (out string) {
	b := &buf{}
	defer func() { out = strings.Join(b.parts, ",") }()
	defer b.add("first-deferred")
	for v := range FromWorker(3) {
		// The argument is a fresh heap string kept alive only by the parked call.
		defer b.add(strings.Repeat("x", v+1))
		runtime.GC()
	}
	b.add("body-done")
	return
}

func earlyReturn() (n int) {
	defer func() { n *= 10 }()
	for i, w := range Relay("a", "bb", "ccc", "dddd") {
		defer func() { n += len(w) }()
		if i == 2 {
			return 100
		}
	}
	return -1
}

func nested() {
	for i := range FromWorker(2) {
		for w := range Relay("p", "q") {
			defer fmt.Println("nested deferred", i, w)
		}
	}
	fmt.Println("nested body done")
}

func main() {
	defer fmt.Println("main deferred")
	for v := range FromWorker(3) {
		defer fmt.Println("deferred in body", v)
	}
	fmt.Println(collect())
	fmt.Println(earlyReturn())
	nested()
	fmt.Println("end of main")
}
