package main

type T [len(arr)]int // ERROR "invalid recursive type T"

var arr T

func main() {}
