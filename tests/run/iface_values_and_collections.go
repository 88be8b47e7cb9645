package main

import (
	"fmt"
	"sort"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{}
type Cow struct{ loud bool }

func (Dog) Sound() string { return "woof" }
func (Dog) Name() string  { return "dog" }
func (c Cow) Sound() string {
	if c.loud {
		return "MOO"
	}
	return "moo"
}
func (Cow) Name() string { return "cow" }

type ByName []Animal

func (a ByName) Len() int           { return len(a) }
func (a ByName) Less(i, j int) bool { return a[i].Name() < a[j].Name() }
func (a ByName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	zoo := []Animal{Dog{}, Cow{true}, Cow{false}, Dog{}}
	sort.Stable(ByName(zoo))
	for _, a := range zoo {
		fmt.Println(a.Name(), a.Sound())
	}
	counts := map[Animal]int{}
	for _, a := range zoo {
		counts[a]++
	}
	fmt.Println(counts[Dog{}], counts[Cow{true}], counts[Cow{false}])
	var things []interface{}
	things = append(things, 1, "two", 3.0, Dog{}, nil, []int{4})
	for i, t := range things {
		fmt.Printf("%d: %T\n", i, t)
	}
	m := map[string]interface{}{
		"int":   1,
		"str":   "s",
		"slice": []string{"a"},
		"map":   map[string]int{"x": 1},
	}
	fmt.Println(m)
	if s, ok := m["slice"].([]string); ok {
		fmt.Println(len(s))
	}
}
