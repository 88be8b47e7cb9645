package main

func show(s []int) {
	print("[")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("] len", len(s))
}

func main() {
	a := make([]int, 3, 8)
	b := append(a, 1)
	c := append(a, 2)
	show(b)
	show(c)
	println(b[3] == c[3])
	d := []int{1, 2, 3, 4, 5}
	e := d[1:3]
	show(e)
	println(cap(e))
	e = append(e, 99)
	show(d)
	f := d[1:3:3]
	f = append(f, 77)
	show(d)
	show(f)
	n := copy(d, d[2:])
	println(n)
	show(d)
	var nilS []int
	println(nilS == nil, len(nilS), cap(nilS))
	nilS = append(nilS, nilS...)
	println(nilS == nil)
	empty := []int{}
	println(empty == nil)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	show(grid[2])
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	println(arr[1], len(sl), cap(sl))
	p := &arr
	show(p[:])
	for i := range 3 {
		d = append(d, i*10)
	}
	show(d)
	clear(d[:2])
	show(d)
	s2 := d[len(d):]
	println(len(s2))
}
