package main

type Reader interface {
	Read(p []byte) (int, error)
}

type R struct{}

func (R) Read(p []byte) int { return 0 }

func main() {
	var by byte
	var r rune
	_ = by + r // ERROR "invalid operation: by \+ r \(mismatched types byte and rune\)"
	var f byte = 'a' + 200 // ERROR "cannot use 'a' \+ 200 \(untyped rune constant 297\) as byte value in variable declaration \(overflows\)"
	_ = []byte(5) // ERROR "cannot convert 5 \(untyped int constant\) to type \[\]byte"
	var rd Reader = R{} // ERROR "cannot use R\{\} \(value of type R\) as Reader value in variable declaration: R does not implement Reader \(wrong type for method Read\)"
	_, _ = f, rd
}
