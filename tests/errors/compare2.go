package main

type T struct{}

func main() {
	var i int
	_ = i == nil // ERROR "invalid operation: i == nil \(mismatched types int and untyped nil\)"
	var s string
	_ = s != nil // ERROR "invalid operation: s != nil \(mismatched types string and untyped nil\)"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var t T
	_ = t == nil // ERROR "invalid operation: t == nil \(mismatched types T and untyped nil\)"
	var sl []int
	_ = sl == nil
	var e error
	_ = e == nil
	var x = nil // ERROR "use of untyped nil in variable declaration"
	_ = x
	var arr [2]func()
	_ = arr == arr // ERROR "invalid operation: arr == arr \(\[2\]func\(\) cannot be compared\)"
}
