package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Box struct {
	C     Color
	Label string
}

type Err struct{ Op string }

func (e Err) Error() string { return "err in " + e.Op }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "string loses" }

type Wrapper struct {
	E   error
	Inn Color
}

func main() {
	fmt.Println(Color(0), Color(1), Color(5))
	fmt.Printf("%v %s %d %q %x\n", Color(1), Color(1), Color(1), Color(1), Color(1))
	fmt.Println(Box{1, "b"})
	fmt.Printf("%+v\n", Box{0, "a"})
	fmt.Printf("%#v\n", Box{0, "a"})
	t := Temp(21.5)
	fmt.Println(t, &t)
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(map[Color]int{1: 10, 0: 5})
	fmt.Println(Err{"read"})
	fmt.Printf("%v|%s|%q\n", Err{"x"}, Err{"y"}, Err{"z"})
	fmt.Println(Both{})
	fmt.Println(Wrapper{errors.New("inner"), 1})
	fmt.Printf("%+v\n", Wrapper{Err{"w"}, 0})
	var s fmt.Stringer = Color(0)
	fmt.Println(s)
	cs := []*Temp{&t}
	fmt.Println(len(cs))
	fmt.Printf("%s\n", []error{errors.New("a"), Err{"b"}})
	fmt.Printf("%v\n", [2]Color{1, 0})
	var pc *Color
	fmt.Println(pc)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%d\n", Color(1))
}
