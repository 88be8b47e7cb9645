// Range loop variables that the compiler keeps in the loop's own registers (a key the body
// never assigns is the counter; a value is loaded straight into its variable) must still
// behave as per-iteration copies.
package main

import "fmt"

type pair struct{ a, b int }

type idx int

func main() {
	s := []int{10, 20, 30, 40}
	var fs []func() int
	for i, v := range s {
		fs = append(fs, func() int { return i*100 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The body assigns the key: the loop still visits every index once.
	n := 0
	for i := range s {
		i += 2
		n += i
	}
	fmt.Println("sum of i+2:", n)

	// The body assigns the value: the slice is unchanged.
	for _, v := range s {
		v *= 3
		fmt.Print(v, " ")
	}
	fmt.Println(s)

	// Struct values, modified and not.
	ps := []pair{{1, 2}, {3, 4}, {5, 6}}
	t := 0
	for k, p := range ps {
		t += k * (p.a + p.b)
		ps[k].a = 100 // the copy p is not affected
		t += p.a
	}
	fmt.Println(t, ps)
	for _, p := range ps {
		p.b = -1
		t += p.b
	}
	fmt.Println(t, ps)

	// Address taken: a fresh variable each iteration.
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Named integer types and range over an int of such a type.
	var total idx
	for i := range idx(5) {
		total += i
	}
	fmt.Printf("%T %v\n", total, total)

	// Arrays and pointers to arrays, break and continue.
	arr := [5]int{5, 4, 3, 2, 1}
	for i, v := range arr {
		if i == 1 {
			continue
		}
		if v == 2 {
			break
		}
		arr[4] = 99 // the range copy of the array is not affected
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	for i, v := range &arr {
		arr[4] = 7 // through a pointer, the loop sees the change
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	// Strings: byte indexes and runes.
	for i, r := range "héllo" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()

	// A key read after a nested loop and a closure called later in the same iteration.
	for i := range 3 {
		g := func() int { return i * 2 }
		for j := range i {
			_ = j
		}
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
