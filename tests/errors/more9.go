package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12")
	if err != nil {
		fmt.Println(err)
		os.Exit("1") // ERROR "cannot use \"1\" \(untyped string constant\) as int value in argument to os\.Exit"
	}
	s := strconv.Itoa(n) + 1 // ERROR "invalid operation: strconv\.Itoa\(n\) \+ 1 \(mismatched types string and untyped int\)"
	fmt.Printf("%d\n", s)
	var x int = strconv.Itoa(3) // ERROR "cannot use strconv\.Itoa\(3\) \(value of type string\) as int value in variable declaration"
	_ = x
	fmt.Fprintln(os.Stdout, n, err, s)
	strconv.Quote() // ERROR "not enough arguments in call to strconv\.Quote"
}
