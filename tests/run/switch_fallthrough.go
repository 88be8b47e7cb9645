package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for i := 0; i < 6; i++ {
		fmt.Print(i, ":")
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2, 3:
			fmt.Print("two-three ")
			fallthrough
		case 4:
			fmt.Print("four-or-fell ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	fmt.Println(grade(95), grade(85), grade(72), grade(10))
	// switch with init statement
	switch x := 5 * 2; {
	case x > 5:
		fmt.Println("big", x)
	}
	// switch on strings
	for _, s := range []string{"go", "rust", "c", ""} {
		switch s {
		case "go", "rust":
			fmt.Println(s, "modern")
		case "":
			fmt.Println("empty")
		default:
			fmt.Println(s, "classic")
		}
	}
	// default not last
	switch 3 {
	default:
		fmt.Println("default first")
	case 1:
		fmt.Println("one")
	}
	// switch evaluates cases in order, calls only needed
	f := func(v int) int { fmt.Print("eval", v, " "); return v }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched")
	}
	// break inside switch
	switch {
	case true:
		fmt.Println("before break")
		if true {
			break
		}
		fmt.Println("after break")
	}
	// switch on types of values: bool
	b := false
	switch b {
	case true:
		fmt.Println("t")
	case false:
		fmt.Println("f")
	}
	// empty switch
	switch {
	}
	// fallthrough into default in the middle
	switch 1 {
	case 1:
		fmt.Println("case 1")
		fallthrough
	default:
		fmt.Println("middle default")
	case 2:
		fmt.Println("case 2")
	}
}
