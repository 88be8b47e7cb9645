package main

func Main() {}

var main = 1 // ERROR "cannot declare main - must be func"
