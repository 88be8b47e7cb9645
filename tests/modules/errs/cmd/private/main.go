package main

import (
	"fmt"

	"example.com/errs/private"
)

func main() {
	c := private.Counter{Label: "x"}
	c.inc()
	c.Inc()
	fmt.Println(c.n, private.helper(), private.limit)
	var h private.hidden
	_ = h
}
