package main

func main() {
L1: // ERROR "label L1 defined and not used"
	for {
		break L2 // ERROR "break label not defined: L2"
	}
L3:
	x := 1
	_ = x
	for {
		continue L3 // ERROR "invalid continue label L3"
	}
	goto L4 // ERROR "label L4 not defined"
L5:
	switch {
	case true:
		continue L5 // ERROR "invalid continue label L5"
	}
L1: // ERROR "label L1 already defined at \./labels1\.go:4:1"
	for {
	}
}
