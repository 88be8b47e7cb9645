package main

type A B // ERROR "invalid recursive type A"
type B A

type T T // ERROR "invalid recursive type: T refers to itself"

type L struct{ next *L }

type U V
type V int

func main() {}
