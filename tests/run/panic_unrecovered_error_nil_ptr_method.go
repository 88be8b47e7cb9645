package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	var err error = &E{"fine"}
	println(err.Error())
	panic(err)
}
