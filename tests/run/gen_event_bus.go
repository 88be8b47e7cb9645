package main

import (
	"fmt"
	"sort"
	"sync"
)

type Bus[E any] struct {
	mu   sync.RWMutex
	subs map[int]chan E
	next int
}

func (b *Bus[E]) Subscribe(buf int) (<-chan E, func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = map[int]chan E{}
	}
	id := b.next
	b.next++
	ch := make(chan E, buf)
	b.subs[id] = ch
	return ch, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if c, ok := b.subs[id]; ok {
			delete(b.subs, id)
			close(c)
		}
	}
}

func (b *Bus[E]) Publish(e E) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	n := 0
	for _, c := range b.subs {
		c <- e
		n++
	}
	return n
}

type Event struct {
	Kind string
	N    int
}

func collect[E any](c <-chan E, wg *sync.WaitGroup, out *[]E) {
	defer wg.Done()
	for e := range c {
		*out = append(*out, e)
	}
}

func main() {
	var bus Bus[Event]
	c1, unsub1 := bus.Subscribe(10)
	c2, unsub2 := bus.Subscribe(10)
	var got1, got2 []Event
	var wg sync.WaitGroup
	wg.Add(2)
	go collect(c1, &wg, &got1)
	go collect(c2, &wg, &got2)
	fmt.Println(bus.Publish(Event{"start", 0}))
	var pw sync.WaitGroup
	for i := 1; i <= 5; i++ {
		pw.Add(1)
		go func() {
			defer pw.Done()
			bus.Publish(Event{"tick", i})
		}()
	}
	pw.Wait()
	unsub1()
	unsub1()
	fmt.Println(bus.Publish(Event{"late", 99}))
	unsub2()
	wg.Wait()
	sum := func(es []Event) (s int) {
		for _, e := range es {
			s += e.N
		}
		return
	}
	fmt.Println(len(got1), sum(got1), len(got2), sum(got2))
	sort.Slice(got2, func(i, j int) bool { return got2[i].N < got2[j].N })
	fmt.Println(got2[0], got2[len(got2)-1])

	var sbus Bus[string]
	sc, stop := sbus.Subscribe(1)
	sbus.Publish("hello")
	fmt.Println(<-sc)
	stop()
	_, ok := <-sc
	fmt.Println(ok)
}
