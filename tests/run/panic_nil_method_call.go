package main

type T struct{ name string }

func (t *T) Name() string { return t.name }

func main() {
	var t *T
	println("calling")
	println(t.Name())
}
