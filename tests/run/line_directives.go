// Line directives (//line file:line, /*line file:line:col*/) change the positions that
// runtime.Caller and tracebacks report; a failing index or slice expression is reported
// at its '['.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", file[strings.LastIndex(file, "/")+1:], line)
}

var i = 7

// panicLine reports the line of the innermost main.* frame of a recovered panic.
func panicLine(f func()) (line string) {
	defer func() {
		recover()
		pcs := make([]uintptr, 20)
		frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.main.") {
				line = fmt.Sprintf("%s:%d", fr.File[strings.LastIndex(fr.File, "/")+1:], fr.Line)
				return
			}
			if !more {
				return
			}
		}
	}()
	f()
	return
}

func main() {
	fmt.Println("real:", where())
//line gen.go:100
	fmt.Println("line directive:", where())
	fmt.Println("next line:", where())
//line c:/dir/file.go:7
	fmt.Println("colon in the name:", where())
//line :20
	fmt.Println("no file:", where())
//line other.go:30:5
	fmt.Println("with column:", where())
//line :40:1
	fmt.Println("no file, with column:", where())
	/*line block.go:50*/ fmt.Println("block directive:", where())
	fmt.Println("after a block directive:", where())
	var s = "//line not.go:1"
	fmt.Println("in a string:", s, where())
	var a [3]int
	fmt.Println("index:", panicLine(func() { _ = a /*line idx.go:60*/ [ /*line idx.go:70*/ i] }))
	fmt.Println("store:", panicLine(func() { a /*line idx.go:80*/ [ /*line idx.go:90*/ i] = 1 }))
	var sl []int
	fmt.Println("slice index:", panicLine(func() { _ = sl /*line idx.go:110*/ [ /*line idx.go:120*/ i] }))
	fmt.Println("slicing:", panicLine(func() { _ = a /*line idx.go:130*/ [: /*line idx.go:140*/ i] }))
	fmt.Println("multi-line index:", panicLine(func() {
		_ = sl[
		//line idx.go:150
			i]
	}))
}
