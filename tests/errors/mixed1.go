package main

import (
	"fmt"
	"strings"
)

type Stack struct {
	items []int
}

func (s *Stack) Push(x int) {
	s.items = append(s.items, x)
}

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0 // ERROR "not enough return values"
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func main() {
	var s Stack
	s.Push("one") // ERROR "cannot use \"one\" \(untyped string constant\) as int value in argument to s\.Push"
	v := s.Pop() // ERROR "assignment mismatch: 1 variable but s\.Pop returns 2 values"
	fmt.Println(strings.ToUpper(v))
	s.Peek() // ERROR "s\.Peek undefined \(type Stack has no field or method Peek\)"
}
