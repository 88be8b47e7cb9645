package main

import (
	"fmt"
	"os"
	s "strings"
)

type point struct{ x, y int }

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
	fmt.Printf("pointer: %t\n", &p != nil)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	str := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(str)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")

	n := named{"x", []string{"a", "b"}, &point{3, 4}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n", n.Tags)
	fmt.Printf("%+v\n", *n.Inner)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%#v\n", n.M)
	fmt.Printf("%v\n", n.M)
	fmt.Printf("%#v %#v %#v\n", 42, "hi", 3.0)
	fmt.Printf("%x %X %o %O %#x %#o\n", 255, 255, 8, 8, 255, 8)
	fmt.Printf("%08.3f|%+d|% d|%+.2e\n", 3.14159, 5, 7, 12345.678)
	fmt.Printf("%U %#U\n", 0x1F600, 'x')
	fmt.Printf("%q %+q\n", 'x', "héllo")
	fmt.Printf("%v %v\n", []byte("hi"), [3]int{1, 2, 3})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%6.2v|\n", 3.14159)
	fmt.Printf("%t\n", 1)
	var ip *int
	fmt.Printf("%v %+v\n", ip, nil)
	var e error
	fmt.Printf("%v\n", e)
	fmt.Println(s.Contains("test", "es"), s.Count("test", "t"), s.HasPrefix("test", "te"),
		s.HasSuffix("test", "st"), s.Index("test", "e"), s.Join([]string{"a", "b"}, "-"),
		s.Repeat("a", 5), s.Replace("foo", "o", "0", -1), s.Replace("foo", "o", "0", 1),
		s.Split("a-b-c-d-e", "-"), s.ToLower("TEST"), s.ToUpper("test"))
	fmt.Println(s.Fields("  a b   c "), s.TrimSpace("  x  "), s.Title("hello world"), s.EqualFold("Go", "GO"))
	fmt.Printf("%q\n", s.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", s.SplitAfter("a,b,c", ","))
	fmt.Println(s.Map(func(r rune) rune { return r + 1 }, "abc"), s.LastIndex("go gopher", "go"), s.TrimLeft("xxhixx", "x"), s.TrimSuffix("a.go", ".go"))
	fmt.Println(s.Cut("key=value", "="))
	var sb s.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String(), sb.Len())
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
}
