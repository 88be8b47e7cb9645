package main

import (
	"fmt"
	"sort"
	"strings"
)

type Matrix[T ~int | ~float64] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T ~int | ~float64](r, c int) *Matrix[T] {
	return &Matrix[T]{r, c, make([]T, r*c)}
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) *Matrix[T] {
	r := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		fmt.Fprintln(&b, m.data[i*m.cols:(i+1)*m.cols])
	}
	return b.String()
}

// sort.Interface implemented by a generic type
type By[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.xs) }
func (b By[T]) Less(i, j int) bool { return b.less(b.xs[i], b.xs[j]) }
func (b By[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

type Person struct {
	Name string
	Age  int
}

// embedding a generic type
type Base[T any] struct{ items []T }

func (b *Base[T]) Add(v T)   { b.items = append(b.items, v) }
func (b *Base[T]) Count() int { return len(b.items) }

type Inventory struct {
	Base[string]
	owner string
}

type Named[T any] struct {
	*Base[T]
	name string
}

func main() {
	a := NewMatrix[int](2, 3)
	b := NewMatrix[int](3, 2)
	for i := range 6 {
		a.data[i] = i + 1
		b.data[i] = 6 - i
	}
	fmt.Print(a.Mul(b))
	f := NewMatrix[float64](1, 1)
	f.Set(0, 0, 1.5)
	fmt.Print(f.Mul(f).String())

	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}}
	sort.Sort(By[Person]{people, func(a, b Person) bool { return a.Age < b.Age }})
	fmt.Println(people)
	sort.Sort(sort.Reverse(By[Person]{people, func(a, b Person) bool { return a.Name < b.Name }}))
	fmt.Println(people)

	var inv Inventory
	inv.owner = "me"
	inv.Add("sword")
	inv.Add("shield")
	fmt.Println(inv.Count(), inv.items, inv.owner)
	n := Named[int]{&Base[int]{}, "nums"}
	n.Add(1)
	n.Base.Add(2)
	fmt.Println(n.name, n.Count(), n.items)
	type counter interface{ Count() int }
	var c counter = &inv
	fmt.Println(c.Count())
	c = n
	fmt.Println(c.Count())
}
