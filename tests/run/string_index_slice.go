package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[0:1], s[1:3], s[7:], s[:5])
	fmt.Printf("%q %q\n", s[1:2], s[len(s)-3:])
	t := s[2:2]
	fmt.Println(len(t), t == "")
	b := s[0]
	fmt.Printf("%T %v %c\n", b, b, b)
	// concatenation
	a := "foo"
	a += "bar"
	a = a + "-" + a
	fmt.Println(a, len(a))
	// comparison
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "abc" == "ab"+"c")
	fmt.Println("é" > "z", "a\x00" > "a")
	// strings are immutable; copies share
	x := "hello"
	y := x
	x += "!"
	fmt.Println(x, y)
	// multiline raw strings
	raw := `line1
	"quoted" \n not escape`
	fmt.Println(raw, len(raw))
	// escape sequences
	esc := "tab\there\nnl \\ \"q\" \x41\u00e9\U0001F600 \101"
	fmt.Println(esc)
	fmt.Println(len("\U0001F600"))
	var empty string
	fmt.Println(empty == "", len(empty))
	fmt.Println("go"[1], "go"[0:1])
}
