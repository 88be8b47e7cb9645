package main

func main() {
	x := 1 // ERROR "declared and not used: x"
	x = 2
	var y int
	y++
	var s []int
	s = append(s, 1)
	switch v := interface{}(1).(type) { // ERROR "v declared and not used"
	case int:
	}
	var m map[int]int
	m[1] = 2
}
