package a

import "example.com/errs/cycle/b"

func A() int { return b.B() + 1 }
