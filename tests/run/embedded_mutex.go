package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Add(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

type Registry struct {
	sync.RWMutex
	items []string
}

func (r *Registry) Register(s string) {
	r.Lock()
	r.items = append(r.items, s)
	r.Unlock()
}

func (r *Registry) Len() int {
	r.RLock()
	defer r.RUnlock()
	return len(r.items)
}

func main() {
	c := &Counter{counts: map[string]int{}}
	r := &Registry{}
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Add([]string{"x", "y", "z"}[i%3])
			r.Register(fmt.Sprint(i))
		}()
	}
	wg.Wait()
	fmt.Println(c.counts, r.Len())
}
