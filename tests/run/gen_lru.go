package main

import "fmt"

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*entry[K, V]
	head    entry[K, V] // sentinel
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](n int, onEvict func(K, V)) *LRU[K, V] {
	c := &LRU[K, V]{cap: n, items: make(map[K]*entry[K, V]), onEvict: onEvict}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head.next
	e.prev = &c.head
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.unlink(e)
		c.pushFront(e)
		return e.val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.head.prev
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.val)
		}
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.head.next; e != &c.head; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	evicted := 0
	c := NewLRU(3, func(k string, v int) {
		evicted++
		fmt.Printf("evict %s=%d\n", k, v)
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c.Keys())
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("b")
	fmt.Println(v, ok)
	v, ok = c.Get("c")
	fmt.Println(v, ok)

	fib := NewLRU[int, uint64](100, nil)
	var f func(n int) uint64
	f = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := fib.Get(n); ok {
			return v
		}
		r := f(n-1) + f(n-2)
		fib.Put(n, r)
		return r
	}
	fmt.Println(f(90), len(fib.items))
}
