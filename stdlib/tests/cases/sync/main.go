// Exercises mg/sync and mg/sync/atomic, comparing with the real packages where the
// results are deterministic.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"sync"
	"sync/atomic"

	mg "mg/sync"
	mgatomic "mg/sync/atomic"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g == w {
		pass++
		return
	}
	if shown < 40 {
		shown++
		fmt.Printf("FAIL %s: got %s want %s\n", what, g, w)
	}
}

func panicText(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

func main() {
	// Mutex + WaitGroup.
	var mu mg.Mutex
	var wg mg.WaitGroup
	n := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	check("mutex counter", n, 10000)
	check("TryLock", fmt.Sprint(mu.TryLock(), mu.TryLock()), "true false")
	mu.Unlock()
	check("negative WaitGroup", panicText(func() { var w mg.WaitGroup; w.Done() }), "sync: negative WaitGroup counter")

	// RWMutex.
	var rw mg.RWMutex
	shared := map[int]int{}
	var wg2 mg.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(2)
		go func(i int) {
			defer wg2.Done()
			rw.Lock()
			shared[i] = i * i
			rw.Unlock()
		}(i)
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = len(shared)
			rw.RUnlock()
		}()
	}
	wg2.Wait()
	check("rwmutex", len(shared), 20)
	rl := rw.RLocker()
	rl.Lock()
	check("TryLock while read-locked", rw.TryLock(), false)
	check("TryRLock while read-locked", rw.TryRLock(), true)
	rw.RUnlock()
	rl.Unlock()

	// Once and OnceFunc.
	var once mg.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	check("once", calls, 1)
	var once2 mg.Once
	check("once panic", panicText(func() { once2.Do(func() { panic("first") }) }), "first")
	once2.Do(func() { calls = 100 })
	check("once after panic", calls, 1)
	f := mg.OnceFunc(func() { calls++ })
	f()
	f()
	check("OnceFunc", calls, 2)
	g := mg.OnceFunc(func() { panic("pf") })
	check("OnceFunc panic 1", panicText(g), "pf")
	check("OnceFunc panic 2", panicText(g), "pf")

	// Map against sync.Map on a random operation sequence.
	var m1 mg.Map
	var m2 sync.Map
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 3000; i++ {
		k := r.Intn(40)
		v := r.Intn(5)
		var g1, g2 string
		switch r.Intn(9) {
		case 0:
			a, b := m1.Load(k)
			c, d := m2.Load(k)
			g1, g2 = fmt.Sprint(a, b), fmt.Sprint(c, d)
		case 1:
			m1.Store(k, v)
			m2.Store(k, v)
		case 2:
			a, b := m1.LoadOrStore(k, v)
			c, d := m2.LoadOrStore(k, v)
			g1, g2 = fmt.Sprint(a, b), fmt.Sprint(c, d)
		case 3:
			a, b := m1.LoadAndDelete(k)
			c, d := m2.LoadAndDelete(k)
			g1, g2 = fmt.Sprint(a, b), fmt.Sprint(c, d)
		case 4:
			m1.Delete(k)
			m2.Delete(k)
		case 5:
			a, b := m1.Swap(k, v)
			c, d := m2.Swap(k, v)
			g1, g2 = fmt.Sprint(a, b), fmt.Sprint(c, d)
		case 6:
			g1, g2 = fmt.Sprint(m1.CompareAndSwap(k, v, v+1)), fmt.Sprint(m2.CompareAndSwap(k, v, v+1))
		case 7:
			g1, g2 = fmt.Sprint(m1.CompareAndDelete(k, v)), fmt.Sprint(m2.CompareAndDelete(k, v))
		case 8:
			if r.Intn(50) == 0 {
				m1.Clear()
				m2.Clear()
			}
		}
		check("Map op", g1, g2)
	}
	dump := func(rng func(func(k, v any) bool)) string {
		var s []string
		rng(func(k, v any) bool { s = append(s, fmt.Sprint(k, "=", v)); return true })
		sort.Strings(s)
		return fmt.Sprint(s)
	}
	check("Map range", dump(m1.Range), dump(m2.Range))
	cnt := 0
	m1.Range(func(k, v any) bool { m1.Delete(k); cnt++; return cnt < 3 })
	check("Range stop", cnt <= 3, true)

	// Pool.
	p := mg.Pool{New: func() any { return "new" }}
	check("Pool empty", p.Get(), "new")
	p.Put("a")
	check("Pool put/get", p.Get(), "a")
	var p2 mg.Pool
	check("Pool nil", p2.Get(), nil)

	// Cond: producer/consumer.
	var cmu mg.Mutex
	cond := mg.NewCond(&cmu)
	queue := []int{}
	done := make(chan int)
	for c := 0; c < 4; c++ {
		go func() {
			sum := 0
			for {
				cmu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				x := queue[0]
				queue = queue[1:]
				cmu.Unlock()
				if x < 0 {
					done <- sum
					return
				}
				sum += x
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		cmu.Lock()
		queue = append(queue, i)
		cmu.Unlock()
		cond.Signal()
	}
	cmu.Lock()
	queue = append(queue, -1, -1, -1, -1)
	cmu.Unlock()
	cond.Broadcast()
	sum := 0
	for c := 0; c < 4; c++ {
		sum += <-done
	}
	check("cond sum", sum, 5050)

	// Atomics against the real package.
	var a1, a2 int32
	var b1, b2 uint64
	for i := 0; i < 2000; i++ {
		d := int32(r.Intn(1000) - 500)
		u := uint64(r.Int63())
		switch r.Intn(6) {
		case 0:
			check("AddInt32", mgatomic.AddInt32(&a1, d), atomic.AddInt32(&a2, d))
		case 1:
			check("SwapUint64", mgatomic.SwapUint64(&b1, u), atomic.SwapUint64(&b2, u))
		case 2:
			check("CAS", mgatomic.CompareAndSwapInt32(&a1, a1, d), atomic.CompareAndSwapInt32(&a2, a2, d))
		case 3:
			check("AndUint64", mgatomic.AndUint64(&b1, u), atomic.AndUint64(&b2, u))
		case 4:
			check("OrInt32", mgatomic.OrInt32(&a1, d), atomic.OrInt32(&a2, d))
		case 5:
			check("AddUint64", mgatomic.AddUint64(&b1, u), atomic.AddUint64(&b2, u))
		}
	}
	var x mgatomic.Int64
	var y atomic.Int64
	check("Int64", fmt.Sprint(x.Add(5), x.Swap(3), x.CompareAndSwap(3, 9), x.Load(), x.Or(6), x.And(12), x.Load()),
		fmt.Sprint(y.Add(5), y.Swap(3), y.CompareAndSwap(3, 9), y.Load(), y.Or(6), y.And(12), y.Load()))
	var bb mgatomic.Bool
	check("Bool", fmt.Sprint(bb.Load(), bb.Swap(true), bb.CompareAndSwap(true, false), bb.Load()), "false false true false")
	var ucount mgatomic.Uint32
	var wg3 mg.WaitGroup
	for i := 0; i < 20; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			for j := 0; j < 100; j++ {
				ucount.Add(1)
			}
		}()
	}
	wg3.Wait()
	check("atomic counter", ucount.Load(), uint32(2000))
	var v mgatomic.Value
	var rv atomic.Value
	check("Value empty", v.Load(), rv.Load())
	v.Store(1)
	rv.Store(1)
	check("Value", fmt.Sprint(v.Load(), v.Swap(2), v.CompareAndSwap(2, 3), v.CompareAndSwap(2, 4), v.Load()),
		fmt.Sprint(rv.Load(), rv.Swap(2), rv.CompareAndSwap(2, 3), rv.CompareAndSwap(2, 4), rv.Load()))
	check("Value nil", panicText(func() { v.Store(nil) }), panicText(func() { rv.Store(nil) }))
	check("Value type", panicText(func() { v.Store("s") }), panicText(func() { rv.Store("s") }))
	check("Value swap type", panicText(func() { v.Swap("s") }), panicText(func() { rv.Swap("s") }))
	check("Value cas types", panicText(func() { v.CompareAndSwap(1, "s") }), panicText(func() { rv.CompareAndSwap(1, "s") }))
	fmt.Printf("PASS %d/%d\n", pass, total)
}
