package main

type E struct{ code int }

func (e E) Error() string { return "E error" }

func main() {
	panic(E{5})
}
