package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

type named struct {
	Name  string
	Tags  []string
	Inner *point
	M     map[string]int
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")
	n := named{"x", []string{"a", "b"}, &point{3, 4}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", n.Tags, n.M)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%#v %#v %#v\n", n.M, 3.0, "q")
	fmt.Printf("%08.3f|%+d|% d|%x|%X|%o|%O|%#x|%#o\n", 3.14159, 5, 5, -255, 255, 8, 8, 255, 8)
	fmt.Printf("%U %#U %q %v\n", 0x1F600, 'x', 'y', 'z')
	fmt.Printf("%g %g %g %G %.3g %v\n", 1e21, 1e-7, 100000.0, 1e-10, 3.14159, float32(0.1))
	fmt.Printf("%5.1q|%-8q|%x|% x|%X\n", "hello", "hi", []byte("abc"), []byte("abc"), "hi")
	fmt.Printf("%v %d %s\n", []any{1, "a", nil}, []int8{-1, 2}, []string{"p", "q"})
	fmt.Printf("%6.2v|%t|%v|%v\n", 3.14159, false, complex(1, -2), [2]bool{true})
	fmt.Printf("%!|%z|%d\n", 1)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, nil), fmt.Sprintln("x", 1))
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, []*int{nil})
}
