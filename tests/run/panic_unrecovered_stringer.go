package main

type S struct{}

func (S) String() string { return "I am a Stringer" }

func main() {
	panic(S{})
}
