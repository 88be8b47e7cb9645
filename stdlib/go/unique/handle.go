// Package unique canonicalizes comparable values: Make returns equal handles for equal
// values, so comparing handles is a pointer comparison.
//
// minigo keeps every canonical value for the life of the program (Go drops the ones no
// handle refers to any more); nothing a program can observe depends on it.
package unique

import "sync"

// Handle stands for one canonical value of type T: handles compare equal exactly when
// the values they were made from do.
type Handle[T comparable] struct {
	value *T
}

// Value returns a shallow copy of the value that produced the handle.
func (h Handle[T]) Value() T {
	return *h.value
}

// entry is a canonical map's key: the value, and a typed nil pointer telling the handle
// types apart (Make[any](1) and Make[int](1) must not share a cell).
type entry struct {
	value any
	kind  any
}

var (
	mu    sync.Mutex
	cells = map[entry]any{}
)

// Make returns a globally unique handle for value.
func Make[T comparable](value T) Handle[T] {
	k := entry{value, (*T)(nil)}
	mu.Lock()
	defer mu.Unlock()
	if c, ok := cells[k]; ok {
		return Handle[T]{c.(*T)}
	}
	c := new(T)
	*c = value
	cells[k] = c
	return Handle[T]{c}
}
