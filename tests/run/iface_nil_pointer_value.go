package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"failed"}
	}
	return e // typed nil when !fail
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Val struct{ n int }

func (v Val) Get() int { return v.n }

type Getter interface{ Get() int }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = correct(false)
	fmt.Println(err == nil)
	err = mayFail(true)
	fmt.Println(err == nil, err)
	// interfaces holding values copy them
	v := Val{1}
	var g Getter = v
	v.n = 2
	fmt.Println(g.Get(), v.Get())
	// holding pointer sees changes
	pv := &Val{1}
	var gp Getter = pv
	pv.n = 3
	fmt.Println(gp.Get())
	// comparison of interfaces
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	var c, d interface{} = "x", "x"
	fmt.Println(c == d)
	p1 := &Val{1}
	var e1, e2 interface{} = p1, p1
	fmt.Println(e1 == e2)
	var e3 interface{} = &Val{1}
	fmt.Println(e1 == e3)
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil)
	var np *Val
	var n3 interface{} = np
	fmt.Println(n3 == nil, n3 == (*Val)(nil))
	var gg Getter = Val{5}
	var ii interface{} = Val{5}
	fmt.Println(gg == ii)
	fmt.Println(interface{}(1) == 1, interface{}(1.0) == 1)
}
