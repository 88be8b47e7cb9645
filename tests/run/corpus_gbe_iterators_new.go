// Go by Example (Go 1.23): range over functions, iter.Seq/Pull, slices/maps iterator helpers,
// unique, sync.OnceValue, min/max, range over int, generic constraints.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"unique"
)

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MapKeys[K comparable, V any](m map[K]V) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

type MyInt int

func main() {
	lst := List[int]{}
	for i := range 5 {
		lst.Push(i * 10)
	}
	for e := range lst.All() {
		fmt.Print(e, " ")
	}
	fmt.Println(slices.Collect(lst.All()))
	for n := range genFib() {
		if n >= 100 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	next, stop := iter.Pull(genFib())
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	keys := MapKeys(m)
	slices.Sort(keys)
	fmt.Println(keys, Sum(1, 2, 3), Sum(1.5, 2.25), Sum[MyInt](4, 5))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{7: true})), maps.Collect(slices.All([]string{"p", "q"})))
	words := strings.Fields("banana Apple cherry apple Banana")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Println(words, min(3, 1, 2), max(2.5, 1), min("b", "a"))
	h1 := unique.Make("hello")
	h2 := unique.Make(strings.ToLower("HELLO"))
	fmt.Println(h1 == h2, h1.Value())
	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(get(), get(), calls)
	vals := sync.OnceValues(func() (string, error) { return "once", nil })
	s, err := vals()
	fmt.Println(s, err)
	idx := slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "c") })
	fmt.Println(idx, slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3), slices.Repeat([]int{7}, 3), slices.Concat([]int{1}, []int{2, 3}))
	seq := maps.All(map[string]int{"only": 1})
	for k, v := range seq {
		fmt.Println(k, v)
	}
	sortedByLen := slices.SortedFunc(slices.Values([]string{"ccc", "a", "bb"}), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(sortedByLen)
}
