package main

func get(s []string, i int) string { return s[i] }

func main() {
	get([]string{"a"}, -1)
}
