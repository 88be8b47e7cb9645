package main

func main() {
	var m map[string]int
	println(m["read is fine"])
	m["x"] = 1
}
