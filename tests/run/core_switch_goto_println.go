package main

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 0:
			print("zero ")
			fallthrough
		case 1:
			print("one ")
		case 2, 3:
			print("two/three ")
		default:
			print("default ")
		}
	}
	println()
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	println("n", n)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	x := 15
	switch {
	case x > 10 && x < 20:
		println("teen")
	case x > 5:
		println("not reached")
	}
	switch y := x % 4; y {
	case 3:
		println("rem 3")
	}
	s := "b"
	switch s {
	case "a":
		println("a")
	case "b":
		println("b")
		break
		println("unreachable")
	}
}
