package main

import "errors"

var ErrNotFound = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return ErrNotFound
	}
	return v, nil
}

func main() {
	v, err := find(nil, "x")
	if err = nil { // ERROR "syntax error: cannot use assignment err = nil as value"
	}
	_ = v
}
