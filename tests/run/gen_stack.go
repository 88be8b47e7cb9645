package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

var ErrEmpty = errors.New("stack is empty")

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

type point struct{ x, y int }

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	s.Push(1, 2, 3)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))

	ps := &Stack[point]{}
	ps.Push(point{1, 2}, point{3, 4})
	p, ok := ps.Peek()
	fmt.Printf("%+v %v %d\n", p, ok, ps.Len())

	var ss Stack[[]string]
	ss.Push([]string{"a", "b"}, nil)
	v, _ := ss.Pop()
	fmt.Println(v == nil, len(v))
	v, _ = ss.Pop()
	fmt.Println(v)

	for _, t := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%q %v\n", t, balanced(t))
	}
	fmt.Printf("%T %T\n", s, ps)
}
