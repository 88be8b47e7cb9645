package main

func main() {
	s := "hello"
	i, j := 4, 2
	println(s[i:j])
}
