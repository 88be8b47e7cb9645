package main

type E = E // ERROR "invalid recursive type: E refers to itself"

func main() {}
