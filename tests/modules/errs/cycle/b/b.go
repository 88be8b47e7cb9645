package b

import "example.com/errs/cycle/a"

func B() int { return a.A() * 2 }
