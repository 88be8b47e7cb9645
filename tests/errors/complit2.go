package main

type T struct {
	i    int
	next *T
	kids []T
}

const ui uint = 0
const i int = ui // ERROR "cannot use ui \(constant 0 of type uint\) as int value in constant declaration"

func main() {
	_ = &T{i: 0, next: {}} // ERROR "missing type in composite literal"
	_ = T{0, {}, nil} // ERROR "missing type in composite literal"
	_ = T{kids: []T{{i: 1}, {next: nil}}}
	_ = []*T{{i: 1}, {next: {}}} // ERROR "missing type in composite literal"
}
