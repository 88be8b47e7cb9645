package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func New[T any]() *T { return new(T) }

func PtrOrNil[T comparable](v T) *T {
	if v == *new(T) {
		return nil
	}
	return &v
}

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func IsNil[T any](v T) bool {
	return any(v) == nil
}

type Config struct {
	Name  string
	Port  int
	Tags  []string
	Inner *Config
}

func Coalesce[T comparable](vs ...T) T {
	var zero T
	for _, v := range vs {
		if v != zero {
			return v
		}
	}
	return zero
}

func main() {
	fmt.Printf("%v %q %v %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil, Zero[map[string]int]() == nil)
	fmt.Printf("%+v\n", Zero[Config]())
	fmt.Printf("%v %v\n", Zero[[3]bool](), Zero[struct{ a, b int }]())
	fmt.Println(Zero[error]() == nil, Zero[any]() == nil, Zero[func()]() == nil, Zero[chan int]() == nil)
	p := New[Config]()
	p.Port = 80
	fmt.Printf("%+v\n", *p)
	ip := New[int]()
	*ip += 5
	fmt.Println(*ip)
	fmt.Println(PtrOrNil(0) == nil, *PtrOrNil(3), PtrOrNil("") == nil)
	fmt.Println(Deref(nil, "default"), Deref(PtrOrNil(9), 1))
	fmt.Println(IsNil[any](nil), IsNil[error](nil), IsNil(0), IsNil[*int](nil), IsNil([]int(nil)))
	fmt.Println(Coalesce("", "", "x", "y"), Coalesce(0, 0), Coalesce[*Config](nil, p).Port)
}
