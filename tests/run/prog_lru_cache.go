package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
}

func NewLRU(c int) *LRU { return &LRU{cap: c, items: map[string]*entry{}} }

func (l *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		l.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		l.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head
	if l.head != nil {
		l.head.prev = e
	}
	l.head = e
	if l.tail == nil {
		l.tail = e
	}
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		return 0, false
	}
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k string, v int) (evicted string) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return ""
	}
	if len(l.items) == l.cap {
		old := l.tail
		l.unlink(old)
		delete(l.items, old.key)
		evicted = old.key
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
	return evicted
}

func (l *LRU) String() string {
	var parts []string
	for e := l.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if ev := c.Put(k, i); ev != "" {
			fmt.Println("evicted", ev)
		}
		fmt.Println(c)
	}
	v, ok := c.Get("d")
	fmt.Println(v, ok, c)
	v, ok = c.Get("a")
	fmt.Println(v, ok)
}
