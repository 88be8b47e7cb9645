package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i%10, i%10*i%10)
			m.LoadOrStore("k", "first")
		}()
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	_, ok = m.Load(99)
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore("k", "second")
	fmt.Println(actual, loaded)
	m.Delete(3)
	_, ok = m.Load(3)
	fmt.Println(ok)
	old, loaded := m.LoadAndDelete(4)
	fmt.Println(old, loaded)
	prev, loaded := m.Swap(5, "five")
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap(5, "five", "FIVE"), m.CompareAndSwap(5, "five", "x"))
	fmt.Println(m.CompareAndDelete(6, 999))
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 3
	})
	fmt.Println(n)
	m.Clear()
	cnt := 0
	m.Range(func(k, v any) bool { cnt++; return true })
	fmt.Println(cnt)
}
