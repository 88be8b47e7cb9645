package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	var k interface{} = []string{"x"}
	m[k] = 2
}
