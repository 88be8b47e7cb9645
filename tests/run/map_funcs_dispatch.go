package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func eval(expr string) (int, error) {
	ops := map[string]func(int, int) (int, error){
		"+": func(a, b int) (int, error) { return a + b, nil },
		"-": func(a, b int) (int, error) { return a - b, nil },
		"*": func(a, b int) (int, error) { return a * b, nil },
		"/": func(a, b int) (int, error) {
			if b == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			return a / b, nil
		},
	}
	var stack []int
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			if len(stack) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			r, err := op(a, b)
			if err != nil {
				return 0, err
			}
			stack = append(stack, r)
			continue
		}
		n, err := strconv.Atoi(tok)
		if err != nil {
			return 0, err
		}
		stack = append(stack, n)
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("bad expression")
	}
	return stack[0], nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "1 0 /", "1 +", "2 x *", "1 2"} {
		v, err := eval(e)
		fmt.Printf("%-20q => %d, %v\n", e, v, err)
	}
	handlers := map[string]func() string{}
	for _, name := range []string{"alpha", "beta", "gamma"} {
		handlers[name] = func() string { return strings.ToUpper(name) }
	}
	names := make([]string, 0)
	for n := range handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, handlers[n]())
	}
}
