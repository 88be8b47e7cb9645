package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Set(w*100+i, i)
			}
		}(w)
	}
	var hits atomic.Int64
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 400; i++ {
				if _, ok := c.Get(i); ok {
					hits.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(c.data), hits.Load() <= 1600)
	// multiple readers can hold the lock simultaneously
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()
	// concurrent readers inside the read lock at the same time
	var inside atomic.Int32
	var maxInside atomic.Int32
	ready := make(chan struct{})
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			rw.RLock()
			n := inside.Add(1)
			for {
				m := maxInside.Load()
				if n <= m || maxInside.CompareAndSwap(m, n) {
					break
				}
			}
			<-ready
			inside.Add(-1)
			rw.RUnlock()
		}()
	}
	for inside.Load() < 3 {
		// spin until all readers are in
		runtimeYield()
	}
	close(ready)
	wg2.Wait()
	fmt.Println("max readers inside:", maxInside.Load())
}

func runtimeYield() {
	ch := make(chan struct{})
	go func() { close(ch) }()
	<-ch
}
