package main

const A = B // ERROR "initialization cycle for A"
const B = A


func main() {}
