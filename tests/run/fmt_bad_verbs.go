package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra", 4)
	fmt.Printf("%s %s\n", "only")
	fmt.Printf("%t\n", "str")
	fmt.Printf("%c\n", "str")
	fmt.Printf("%f\n", 10)
	fmt.Printf("%d\n", 2.5)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%x\n", true)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Println(fmt.Sprintf("%d", struct{ A string }{"s"}))
	fmt.Println(fmt.Sprintf("%s", struct{ A int }{1}))
	fmt.Println(fmt.Sprintf("%d%%", 50))
	fmt.Println(fmt.Sprintf("%v %v", []interface{}{1, "a", nil}...))
	fmt.Println(fmt.Sprintf("%s", []interface{}{1, "a", nil}))
}
