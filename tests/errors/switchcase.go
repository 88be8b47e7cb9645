package main

func main() {
	var f func()
	x := 1
	switch x {
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	case 1.5: // ERROR "1\.5 \(untyped float constant\) truncated to int"
	}
	var g func()
	switch g {
	case f: // ERROR "invalid case f in switch on g \(func can only be compared to nil\)"
	}
	var i int = 3i // ERROR "cannot use 3i \(untyped complex constant \(0 \+ 3i\)\) as int value in variable declaration \(truncated\)"
	var fl float64 = 2i // ERROR "cannot use 2i \(untyped complex constant \(0 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	_, _ = i, fl
}
