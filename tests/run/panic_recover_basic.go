package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

type MyPanic struct{ Code int }

func main() {
	fmt.Println(safe(func() { panic("string value") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(MyPanic{7}) }))
	fmt.Println(safe(func() {}))
	r := safe(func() { panic(fmt.Sprintf("formatted %d", 1)) })
	fmt.Printf("%T %v\n", r, r)
	// recover returns nil when not panicking
	fmt.Println(recover())
	// recover only in directly deferred function
	fmt.Println(safe(func() {
		defer func() {
			func() {
				fmt.Println("nested recover:", recover())
			}()
		}()
		panic("deep")
	}))
	// code after panic not executed; deferred run in order
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer fmt.Println("deferred before recover")
		panic("x")
	}()
	// re-panic
	fmt.Println(safe(func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}))
	// panic in defer replaces earlier panic
	fmt.Println(safe(func() {
		defer func() { panic("second") }()
		panic("first")
	}))
	// recover stops the unwinding; function returns normally
	cnt := 0
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if recover() != nil {
					cnt++
				}
			}()
			if i != 1 {
				panic(i)
			}
		}()
	}
	fmt.Println("recovered count", cnt)
	// panic with error value keeps type
	v := safe(func() { panic(fmt.Errorf("wrapped %w", errors.New("x"))) })
	if e, ok := v.(error); ok {
		fmt.Println("is error:", e)
	}
}
