package main

type MyInt int

func main() {
	var a MyInt = 1
	var b int = 2
	_ = a + b // ERROR "invalid operation: a \+ b \(mismatched types MyInt and int\)"
	_ = a - b // ERROR "invalid operation: a - b \(mismatched types MyInt and int\)"
	var u uint = 3
	_ = b << u
	_ = b & u // ERROR "invalid operation: b & u \(mismatched types int and uint\)"
	var by uint8
	var r int32
	_ = by + r // ERROR "invalid operation: by \+ r \(mismatched types uint8 and int32\)"
}
