package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	fn := runtime.FuncForPC(pc).Name()
	return fmt.Sprintf("%s:%d %s %v", file[strings.LastIndex(file, "/")+1:], line, fn, ok)
}

type T struct{}

func (T) Method() string  { return where() }
func (*T) PMethod() string { return where() }

func main() {
	fmt.Println(where())
	fmt.Println(T{}.Method())
	fmt.Println((&T{}).PMethod())
	func() {
		fmt.Println(where())
	}()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
}
