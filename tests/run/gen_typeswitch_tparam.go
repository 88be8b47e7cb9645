package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + strconv.Quote(x)
	case []T:
		return fmt.Sprintf("slice of T len %d", len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func ToString[T int | float64 | string | bool](v T) string {
	switch x := any(v).(type) {
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	}
	panic("unreachable")
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func MustAs[T any](v any) T { return v.(T) }

func Kind[T any]() string {
	var z T
	switch any(z).(type) {
	case int, int64:
		return "integer"
	case string:
		return "string"
	case *int:
		return "pointer to int"
	}
	return fmt.Sprintf("%T", z)
}

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe(fmt.Errorf("bad %d", 1)))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe[error](nil))
	fmt.Println(Describe[any]([]any{1, 2}))
	fmt.Println(ToString(12), ToString(0.1), ToString("s"), ToString(true))
	fmt.Println(IsZero(0), IsZero(""), IsZero("x"), IsZero[any](nil), IsZero(struct{ a int }{}))
	n, ok := As[int](42)
	fmt.Println(n, ok)
	s, ok := As[string](42)
	fmt.Printf("%q %v\n", s, ok)
	st, ok := As[fmt.Stringer](ID(3))
	fmt.Println(st, ok)
	fmt.Println(Kind[int](), Kind[int64](), Kind[string](), Kind[*int](), Kind[[]byte](), Kind[error]())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(MustAs[string](1))
}
