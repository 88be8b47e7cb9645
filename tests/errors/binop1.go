package main

func main() {
	var i int = 1
	var f float64 = 2
	var s string = "a"
	_ = i + f // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = s + i // ERROR "invalid operation: s \+ i \(mismatched types string and int\)"
	_ = i == f // ERROR "invalid operation: i == f \(mismatched types int and float64\)"
	var i32 int32
	_ = i < i32 // ERROR "invalid operation: i < i32 \(mismatched types int and int32\)"
	_ = f * i32 // ERROR "invalid operation: f \* i32 \(mismatched types float64 and int32\)"
}
