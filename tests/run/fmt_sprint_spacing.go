package main

import (
	"fmt"
	"os"
)

type S struct{}

func (S) String() string { return "S!" }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprint(S{}, S{}, "z", S{}))
	fmt.Println(fmt.Sprint(nil, nil, 1))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(1.5, 2.5, 'a'))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("n=", 5, " m=", 6, "\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%d\n", 1, 2)
	fmt.Println(n)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s|%d\n", "fprintf", 2)
	fmt.Fprint(os.Stdout, "fprint", 3, 4, "\n")
	s := fmt.Sprintf("%v+%v=%v", 1, 2, 1+2)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", errTest{}, 3))
	var e error = errTest{}
	fmt.Println(fmt.Sprint(e, e))
	fmt.Println(fmt.Sprintln("end") == "end\n")
}

type errTest struct{}

func (errTest) Error() string { return "E" }
