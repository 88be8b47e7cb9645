package main

import (
	"errors"
	"fmt"
	"iter"
)

type Resource struct {
	name   string
	closed bool
}

func (r *Resource) Close() { r.closed = true; fmt.Println("close", r.name) }

var opened []*Resource

// Rows opens a resource and guarantees it is closed however the loop ends.
func Rows(name string, n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		r := &Resource{name: name}
		opened = append(opened, r)
		defer r.Close()
		for i := range n {
			if !yield(i, fmt.Sprintf("%s#%d", name, i)) {
				fmt.Println("early exit from", name)
				return
			}
		}
	}
}

func firstMatch(want string) (string, error) {
	for _, row := range Rows("q1", 5) {
		if row == want {
			return row, nil
		}
	}
	return "", errors.New("not found")
}

func withPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	for i := range Rows("q3", 10) {
		if i == 2 {
			panic("boom at 2")
		}
	}
	return nil
}

func nested() int {
	count := 0
outer:
	for i := range Rows("outer", 3) {
		for j := range Rows(fmt.Sprint("inner", i), 3) {
			if j == 1 && i == 1 {
				break outer
			}
			count++
		}
	}
	return count
}

func main() {
	fmt.Println(firstMatch("q1#2"))
	fmt.Println(firstMatch("zzz"))
	fmt.Println(withPanic())
	fmt.Println(nested())
	for _, r := range opened {
		if !r.closed {
			fmt.Println("leaked", r.name)
		}
	}
	fmt.Println(len(opened))
}
