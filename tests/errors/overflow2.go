package main

func main() {
	var i int = 3.5 // ERROR "cannot use 3\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var j int = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)"
	var u uint8 = 2.0
	var k int = 1 / 3.0 // ERROR "cannot use 1 / 3\.0 \(untyped float constant 0\.333333\) as int value in variable declaration \(truncated\)"
	const c = 10
	var f float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	_ = int8(c * 100) // ERROR "constant 1000 overflows int8"
	_ = uint(-c) // ERROR "constant -10 overflows uint"
	_, _, _, _, _ = i, j, u, k, f
}
