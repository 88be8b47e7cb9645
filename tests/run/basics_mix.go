package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c *Circle) Area() float64 { return 3.0 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func divide(a, b int) (res int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
		}
	}()
	return a / b, ""
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for i, s := range shapes {
		println(i, s.Name(), s.Area())
	}
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	println(len(m), m["b"], m["z"])
	v, ok := m["a"]
	println(v, ok)
	var c Counter
	for i := 0; i < 5; i++ {
		c.Inc()
	}
	println(c.n)
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		println(f())
	}
	a1, b1 := divide(10, 2)
	println(a1, b1)
	a2, b2 := divide(1, 0)
	println(a2, b2)
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		sum := 0
		for x := range ch {
			sum += x
		}
		println("sum", sum)
		done <- true
	}()
	for i := 1; i <= 100; i++ {
		ch <- i
	}
	close(ch)
	<-done
	str := "héllo"
	for i, r := range str {
		println(i, r)
	}
	var e interface{} = 42
	switch x := e.(type) {
	case string:
		println("string", x)
	case int:
		println("int", x)
	}
	b := []byte("abc")
	b[0] = 'X'
	println(string(b), str[1:3] == "é")
}
