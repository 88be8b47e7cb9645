package main

func main() {
	n := 1 << 62
	s := make([]int64, n)
	println(len(s))
}
