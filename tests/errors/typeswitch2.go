package main

func main() {
	var i interface{} = 1
	switch t := i.(type) {
	case int, string:
		_ = t + 1 // ERROR "invalid operation: t \+ 1 \(mismatched types interface\{\} and int\)"
	case undefinedT: // ERROR "undefined: undefinedT"
	case 5: // ERROR "5 is not a type"
	}
	switch i.(type) {
	case nil, nil: // ERROR "duplicate case nil in type switch"
	}
	_ = i.(type) // ERROR "invalid syntax tree: use of \.\(type\) outside type switch"
}
