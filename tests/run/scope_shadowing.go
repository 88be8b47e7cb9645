package main

var x = "package"

func show() string { return x }

func main() {
	println(x)
	x := "main"
	println(x, show())
	{
		x := "block"
		println(x)
		x = "block2"
		println(x)
	}
	println(x)
	if x := 5; x > 3 {
		println("if x", x)
	} else {
		println("else x", x)
	}
	println(x)
	for x := 0; x < 2; x++ {
		x := x * 10
		println("loop x", x)
	}
	switch x := 3.5; {
	case x > 3:
		println("switch x")
	}
	a, b := 1, 2
	b, c := 3, 4 // redeclare b, new c
	println(a, b, c)
	var err1 int
	f := func() (int, int) { return 7, 8 }
	err1, d := f()
	println(err1, d)
	_, e := f()
	println(e)
	var _ = 5
	_ = x
	type x2 int
	var y x2 = 3
	println(y)
	len := func(s string) int { return 42 }
	println(len("abc"))
	{
		true := false
		println(true)
	}
	nil := 5
	println(nil)
}
