package main

import (
	"fmt"
	"reflect"
)

type T struct {
	a int
	V reflect.Value
}

func main() {
	v := reflect.ValueOf(42)
	fmt.Println(v, []reflect.Value{v}, reflect.Value{})
	fmt.Printf("%v %d %s|%v\n", v, v, reflect.ValueOf("x"), reflect.ValueOf(T{}).Field(0))
	fmt.Println(T{1, v})
	fmt.Printf("%+v %T\n", T{1, v}, v)
}
