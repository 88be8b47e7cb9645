package main

import (
	"fmt"
	"time"
)

func main() {
	t := <-time.After(time.Millisecond)
	fmt.Println(t.Location(), t.Location() == time.Local)
	tk := time.NewTicker(time.Millisecond)
	v := <-tk.C
	tk.Stop()
	fmt.Println(v.Location(), v.Sub(t) > 0)
}
