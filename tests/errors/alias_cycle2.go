package main

type A = B // ERROR "invalid recursive type A"
type B = A

type C = []C // ERROR "invalid recursive type: C refers to itself"

func main() {}
