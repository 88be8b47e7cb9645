package main

import (
	"fmt"
	"reflect"
)

type S struct{ A int }

func main() {
	fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[S](), reflect.TypeFor[error](), reflect.TypeFor[[]S]().Elem().Field(0).Name)
}
