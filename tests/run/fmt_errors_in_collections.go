package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	errs := []error{errors.New("one"), E{2}, nil, fmt.Errorf("three: %w", E{3})}
	fmt.Println(errs)
	fmt.Printf("%v\n%s\n%q\n", errs, errs, errs[:2])
	m := map[string]error{"a": E{1}, "b": nil}
	fmt.Println(m)
	type Result struct {
		Val int
		Err error
	}
	fmt.Printf("%v %+v\n", Result{1, nil}, Result{2, E{9}})
	var e error = E{5}
	fmt.Printf("[%10v][%-10s][%x]\n", e, e, e)
	fmt.Println(fmt.Sprint(e) + "!")
}
