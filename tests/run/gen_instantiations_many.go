package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func Describe[T any](v T) string { return fmt.Sprintf("%T=%v", v, v) }

func Twice[T any](f func(T) T, v T) T { return f(f(v)) }

type Celsius float64
type Name string
type Flags uint8
type Point struct{ X, Y int }

func main() {
	fmt.Println(Describe(1), Describe(int8(2)), Describe(int16(3)), Describe(int32(4)), Describe(int64(5)))
	fmt.Println(Describe(uint(6)), Describe(uint8(7)), Describe(uint16(8)), Describe(uint32(9)), Describe(uint64(10)))
	fmt.Println(Describe(1.5), Describe(float32(2.5)), Describe(1+2i), Describe(complex64(3i)))
	fmt.Println(Describe("s"), Describe('r'), Describe(true), Describe(Celsius(3)), Describe(Name("n")))
	fmt.Println(Describe(Flags(3)), Describe(Point{1, 2}), Describe(&Point{}) != "", Describe([]int{1}))
	fmt.Println(Describe(map[string]bool{"t": true}), Describe([2]string{"a", "b"}), Describe(struct{}{}))
	fmt.Println(Describe(Wrap(Wrap(1))), Describe(Wrap[any](nil)), Describe(Wrap(Point{})))
	fmt.Println(Wrap("x").Get(), Wrap(3.5).Get(), Wrap([]byte("hi")).Get(), Wrap(Wrap(Name("deep"))).Get().Get())
	fmt.Println(Twice(func(i int) int { return i * 3 }, 2), Twice(func(s string) string { return s + s }, "ab"))
	fmt.Println(Twice(func(p Point) Point { return Point{p.Y, p.X + 1} }, Point{1, 5}))
	fmt.Println(Twice(func(c Celsius) Celsius { return c/2 + 1 }, 10))
	fns := []func() string{
		func() string { return Describe(uint8(255)) },
		func() string { return Describe(Box[Box[string]]{}) },
		func() string { return Describe(Box[func()]{}.V == nil) },
	}
	for _, f := range fns {
		fmt.Println(f())
	}
}
