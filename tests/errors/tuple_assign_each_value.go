package main

func f() (n int, err error) { return }

func main() {
	m := map[string]int{}
	var v, ok string = m["a"] // ERROR "cannot use m\[\"a\"\] \(map index expression of type int\) as string value in assignment" "cannot use m\[\"a\"\] \(untyped bool value\) as string value in assignment"
	var a, b string = f() // ERROR "cannot use f\(\) \(value of type int\) as string value in assignment" "cannot use f\(\) \(value of type error\) as string value in assignment"
	var c, d int
	c, d = f() // ERROR "cannot use f\(\) \(value of type error\) as int value in assignment"
	_, _, _, _, _, _ = v, ok, a, b, c, d
}
