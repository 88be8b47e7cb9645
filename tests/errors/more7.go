package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if j == 2 {
				break inner // ERROR "break label not defined: inner"
			}
		}
	}
	x := 5
	switch {
	case x > 1:
		break outer // ERROR "invalid break label outer"
	}
}
