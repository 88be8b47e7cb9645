package main

const A = B // ERROR "initialization cycle for A"
const B = A

type T [len(arr)]int // ERROR "invalid recursive type T"

var arr T

func main() {}
