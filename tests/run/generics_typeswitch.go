// Type switches and assertions involving type parameters.
package main

import "fmt"

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	case []T:
		return fmt.Sprintf("slice of T len %d", len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func Dup[T any, U any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case U:
		return "U"
	}
	return "neither"
}

type S struct{}

func (S) String() string { return "S!" }

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("x"))
	fmt.Println(Describe(S{}))
	fmt.Println(Describe(2.5))
	fmt.Println(Is[int](3), Is[string](3), Is[fmt.Stringer](S{}), Is[error](S{}))
	fmt.Println(Dup[int, int](1), Dup[int, string]("s"), Dup[bool, float64](1))
}
