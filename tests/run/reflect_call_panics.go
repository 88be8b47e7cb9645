package main

import (
	"errors"
	"fmt"
	"reflect"
)

func boom(n int) int {
	if n > 2 {
		panic(errors.New("too big"))
	}
	return n * 2
}

func safe(n int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	out := reflect.ValueOf(boom).Call([]reflect.Value{reflect.ValueOf(n)})
	return int(out[0].Int()), nil
}

func nested(n int) int {
	if n == 0 {
		return 0
	}
	r, _ := safe(n % 4)
	return r + int(reflect.ValueOf(nested).Call([]reflect.Value{reflect.ValueOf(n - 1)})[0].Int())
}

func main() {
	fmt.Println(safe(1))
	fmt.Println(safe(3))
	fmt.Println(safe(2))
	fmt.Println(nested(10))

}
