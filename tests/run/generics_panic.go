// A panic inside a generic method: the traceback names the instance as Go does.
package main

import "fmt"

type Box[T any] struct{ items []T }

func (b *Box[T]) At(i int) T { return b.items[i] }

func Get[T any](b *Box[T], i int) T { return b.At(i) }

func main() {
	b := &Box[string]{items: []string{"a"}}
	fmt.Println(Get(b, 0))
	fmt.Println(Get(b, 3))
}
