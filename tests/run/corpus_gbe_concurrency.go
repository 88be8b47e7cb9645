// Go by Example: worker pools, WaitGroup, atomic counters, mutexes, stateful goroutines,
// select with timeouts, timers, tickers, closing channels, context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- [2]int{j, j * 2}
	}
	_ = id
}

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type readOp struct {
	key  int
	resp chan int
}
type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan [2]int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	var rs [][2]int
	for a := 1; a <= numJobs; a++ {
		rs = append(rs, <-results)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
	fmt.Println(rs)

	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters)

	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] = write.val
				write.resp <- true
			}
		}
	}()
	var writeOps, readOps atomic.Int64
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				write := writeOp{key: i % 5, val: w, resp: make(chan bool)}
				writes <- write
				<-write.resp
				writeOps.Add(1)
				read := readOp{key: i % 5, resp: make(chan int)}
				reads <- read
				<-read.resp
				readOps.Add(1)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("writeOps:", writeOps.Load(), "readOps:", readOps.Load())

	c1 := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		c1 <- "result 1"
	}()
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	c2 := make(chan string, 1)
	go func() {
		time.Sleep(5 * time.Millisecond)
		c2 <- "result 2"
	}()
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}
	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	fmt.Println("Timer 2 stopped:", timer2.Stop())
	ticker := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	v, ok := <-queue
	fmt.Printf("%q %v\n", v, ok)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	select {
	case <-time.After(time.Second):
		fmt.Println("overslept")
	case <-ctx.Done():
		fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	}
	ctx2, cancel2 := context.WithCancelCause(context.WithValue(context.Background(), "k", 5))
	cancel2(errors.New("my cause"))
	fmt.Println(ctx2.Err(), context.Cause(ctx2), ctx2.Value("k"))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		rw.RLock()
		defer rw.RUnlock()
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready", ready)
	done := make(chan struct{})
	var m sync.Map
	go func() {
		for i := 0; i < 5; i++ {
			m.Store(i, i*i)
		}
		close(done)
	}()
	<-done
	sum := 0
	m.Range(func(k, v any) bool { sum += v.(int); return true })
	val, loaded := m.LoadOrStore(2, 100)
	fmt.Println(sum, val, loaded)
}
