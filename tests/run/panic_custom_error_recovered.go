package main

import (
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(lines []string) (count int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for i, l := range lines {
		if strings.HasPrefix(l, "!") {
			panic(&ParseError{i + 1, "bang at start"})
		}
		count++
	}
	return count, nil
}

func main() {
	fmt.Println(parse([]string{"a", "b"}))
	fmt.Println(parse([]string{"a", "!b", "c"}))
	func() {
		defer func() { fmt.Println("outer got:", recover()) }()
		defer func() {
			r := recover()
			fmt.Println("inner got:", r)
			panic(fmt.Sprint("again: ", r))
		}()
		var m map[int]int
		m[1] = 2
	}()
}
