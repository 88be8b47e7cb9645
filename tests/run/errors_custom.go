package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type NetErr struct {
	Op   string
	temp bool
}

func (e *NetErr) Error() string   { return e.Op + " failed" }
func (e *NetErr) Temporary() bool { return e.temp }

var ErrSentinel = errors.New("sentinel")

func find(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "net":
		return 0, &NetErr{"dial", true}
	case "sent":
		return 0, ErrSentinel
	}
	return 0, NotFound{k}
}

func main() {
	for _, k := range []string{"a", "b", "net", "sent"} {
		v, err := find(k)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(NotFound); ok {
				fmt.Println("  missing key", nf.Key)
			}
			if t, ok := err.(Temporary); ok {
				fmt.Println("  temporary:", t.Temporary())
			}
			if err == ErrSentinel {
				fmt.Println("  is sentinel")
			}
			continue
		}
		fmt.Println("value", v)
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = os.Open("/nonexistent/file/for/minigo")
	fmt.Println(err != nil)
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
}
