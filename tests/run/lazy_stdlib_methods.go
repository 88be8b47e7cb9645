// Standard-library functions are checked and compiled only when the program can reach
// them (issue 15). Methods reached only through interfaces, method values and
// expressions, embedding, fmt's Stringer/error checks and reflect must all be there.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"
)

// Embedding promotes *bytes.Buffer's methods; they are called only through io.Writer.
type logBuf struct {
	*bytes.Buffer
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	// Through io.Writer and io.Reader only.
	var w io.Writer = &bytes.Buffer{}
	fmt.Fprintf(w, "x=%d", 42)
	fmt.Println(w.(fmt.Stringer).String())
	data, err := io.ReadAll(strings.NewReader("read through io.Reader"))
	fmt.Println(string(data), err)

	// fmt finds String and Error methods of standard types by assertion.
	fmt.Println(time.Duration(90)*time.Second, time.March, fs.ModeDir|0o755)
	var s fmt.Stringer = time.Saturday
	fmt.Printf("%v %s %q\n", s, s, s)

	// Method values and method expressions.
	f := time.Duration.Hours
	g := (90 * time.Minute).String
	fmt.Println(f(3*time.Hour), g())

	// Promoted methods through embedding, called through an interface.
	lb := logBuf{&bytes.Buffer{}}
	var lw io.Writer = lb
	io.WriteString(lw, "promoted ")
	fmt.Fprint(lw, "write")
	fmt.Println(lb.String())

	// sort through sort.Interface (user type) and a standard one.
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	ints := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(words, ints)

	// errors.Is/As call Unwrap and Is through interfaces.
	_, err = os.Open("/nonexistent/file")
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op)
	wrapped := fmt.Errorf("wrapped: %w", err)
	fmt.Println(errors.Unwrap(wrapped) == err, wrapped)

	// reflect: methods of a standard type found by name and called.
	v := reflect.ValueOf(&bytes.Buffer{})
	v.MethodByName("WriteString").Call([]reflect.Value{reflect.ValueOf("by reflect")})
	out := v.MethodByName("String").Call(nil)
	fmt.Println(out[0].String(), v.Type().NumMethod() > 10)
	d := reflect.ValueOf(time.Duration(1500) * time.Millisecond)
	fmt.Println(d.MethodByName("Seconds").Call(nil)[0].Float())

	// A runtime error's methods, reached through runtime.Error.
	defer func() {
		r := recover()
		re, ok := r.(interface{ RuntimeError() })
		fmt.Println(ok, re != nil, r.(error).Error())
	}()
	var m map[string]int
	m["x"] = 1
}
