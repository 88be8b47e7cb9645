package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape with area %.1f", x.Area())
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func():
		return "func"
	case map[string]int:
		return "map"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", true, false, errors.New("bad"), Rect{2, 3}, &Circle{1}, Circle{1}, []int{1}, func() {}, map[string]int{}, 3.5, int8(1), struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Shape
	switch s.(type) {
	case nil:
		fmt.Println("nil shape")
	default:
		fmt.Println("non-nil")
	}
	var cp *Circle
	s = cp
	switch v := s.(type) {
	case nil:
		fmt.Println("nil")
	case *Circle:
		fmt.Println("typed nil *Circle", v == nil)
	}
	switch interface{}(5).(type) {
	case string:
		fmt.Println("no")
	}
	// no binding variable
	switch vals[3].(type) {
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string!")
	}
}
