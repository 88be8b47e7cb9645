package main

func () C() {} // ERROR "method has no receiver"

func main() {}
