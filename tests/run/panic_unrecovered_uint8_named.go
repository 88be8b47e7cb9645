package main

type Level uint8

func main() {
	var l Level = 200
	panic(l)
}
