package main

import (
	"fmt"
	"reflect"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

func SizeOf[T any]() uintptr {
	return reflect.TypeOf((*T)(nil)).Elem().Size()
}

func KindOf[T any]() reflect.Kind {
	return reflect.TypeOf((*T)(nil)).Elem().Kind()
}

func FieldNames[T any]() []string {
	t := reflect.TypeOf((*T)(nil)).Elem()
	var names []string
	for i := 0; i < t.NumField(); i++ {
		names = append(names, t.Field(i).Name+":"+t.Field(i).Type.String())
	}
	return names
}

func main() {
	fmt.Println(SizeOf[int8](), SizeOf[int64](), SizeOf[string](), SizeOf[[]int](), SizeOf[Pair[int32, int32]]())
	fmt.Println(KindOf[int](), KindOf[List[string]](), KindOf[Pair[int, int]](), KindOf[any](), KindOf[*int]())
	fmt.Println(FieldNames[Pair[string, []byte]]())
	t := reflect.TypeOf(Pair[string, int]{})
	fmt.Println(t.Name(), t.String(), t.Kind())
	lt := reflect.TypeOf(List[float64]{})
	fmt.Println(lt.Name(), lt.String(), lt.Elem())
	v := reflect.ValueOf(Pair[string, int]{"a", 7})
	fmt.Println(v.Field(0), v.Field(1).Int(), v.NumField())
	fmt.Println(reflect.DeepEqual(List[int]{1, 2}, List[int]{1, 2}), reflect.DeepEqual(Pair[int, any]{1, []int{1}}, Pair[int, any]{1, []int{1}}))
}
