// Go by Example / gopl: Stringer, error precedence, Formatter, GoStringer, embedding and
// interfaces, type switches, tabwriter flags, closures over loop variables (Go 1.22).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

type Money struct {
	cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{cents:%d}", m.cents)
			return
		}
		w, ok := f.Width()
		s := fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100)
		if ok && len(s) < w {
			s = strings.Repeat(" ", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.cents)
	}
}

type G struct{ A int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.A) }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Grow()             { c.R++ }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of length " + fmt.Sprint(len(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint("slice ", len(v))
	case func() int:
		return fmt.Sprint("func returning ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(Celsius(21.5), []Celsius{1, 2}, map[string]Celsius{"x": 3})
	fmt.Printf("%v %s %d %5.2f\n", Celsius(1), Celsius(2), Both{}, Celsius(3))
	fmt.Println(Both{}, &Both{})
	fmt.Printf("%v|%8v|%+v|%d|%x\n", Money{12345}, Money{5}, Money{7}, Money{1}, Money{2})
	fmt.Printf("%#v %v %#v\n", G{3}, G{4}, []G{{5}})
	shapes := []Shape{Rect{3, 4}, Square{Rect{2, 2}}, Circle{1}, &Circle{2}}
	for _, s := range shapes {
		fmt.Printf("%T %.1f %.1f\n", s, s.Area(), s.Perimeter())
		if g, ok := s.(interface{ Grow() }); ok {
			g.Grow()
			fmt.Println("grown", s.Area())
		}
	}
	var nilErr *os.PathError
	var e error = nilErr
	fmt.Println(e == nil, e != nil, describe(nil), describe(42), describe(int64(7)), describe("héllo"), describe(errors.New("x")), describe(Celsius(5)), describe([]int{1, 2}), describe(func() int { return 9 }), describe(3.5), describe(Both{}))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	w := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "x\t\ty")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "name\tsize\tkind")
	fmt.Fprintln(w, "main.go\t1234\tfile")
	fmt.Fprintln(w, "docs\t-\tdirectory")
	w.Flush()
	sc := bufio.NewScanner(strings.NewReader("héllo, 世界"))
	sc.Split(bufio.ScanRunes)
	var rs []string
	for sc.Scan() {
		rs = append(rs, sc.Text())
	}
	fmt.Println(len(rs), rs)
	sc = bufio.NewScanner(strings.NewReader("1,2,,3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	fmt.Printf("%6.2f%% %v %q %v\n", 99.5, struct {
		A *int
		B []string
		C map[string]bool
		D error
	}{}, []string{"a b", "c"}, [][]int{{1}, {2, 3}})
	type pair struct {
		a, b interface{}
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, []byte("hi")})
	fmt.Println(fmt.Sprintf("%T %T %T %T", nil, errors.New(""), struct{}{}, make(chan<- int)))
}
