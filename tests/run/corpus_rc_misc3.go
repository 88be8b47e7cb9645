package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func perms(a []int, k int, out *[][]int) {
	if k == len(a) {
		*out = append(*out, append([]int(nil), a...))
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		perms(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func rpn(expr string) float64 {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, a := st.Pop(), st.Pop()
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			case "^":
				st.Push(math.Pow(a, b))
			}
		default:
			f, _ := strconv.ParseFloat(tok, 64)
			st.Push(f)
		}
		fmt.Println(tok, st)
	}
	return st[0]
}

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, isLeap(y), " ")
	}
	fmt.Println()
	for _, n := range []int{1990, 2008, 1666, 3999, 4} {
		fmt.Print(roman(n), " ")
	}
	fmt.Println()
	fmt.Println(gcd(1071, 462), 1071*462/gcd(1071, 462))
	var out [][]int
	perms([]int{1, 2, 3}, 0, &out)
	fmt.Println(out)
	fmt.Println(rpn("3 4 2 * 1 5 - 2 3 ^ ^ / +"))
	for y := 2008; y <= 2121; y++ {
		if time.Date(y, 12, 25, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
			fmt.Print(y, " ")
		}
	}
	fmt.Println()
	d1 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	d2 := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(d2.Sub(d1).Hours()/24, d2.YearDay(), d1.Weekday(), d2.Format("Mon, 02 Jan 2006"))
	for m := time.January; m <= time.December; m++ {
		last := time.Date(2023, m+1, 0, 0, 0, 0, 0, time.UTC)
		for last.Weekday() != time.Friday {
			last = last.AddDate(0, 0, -1)
		}
		fmt.Print(last.Format("2006-01-02"), " ")
	}
	fmt.Println()
	words := strings.Fields("apple Banana cherry apple date Banana elder")
	sort.SliceStable(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 36), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz")
		case i%3 == 0:
			fmt.Print("Fizz")
		case i%5 == 0:
			fmt.Print("Buzz")
		default:
			fmt.Print(i)
		}
		fmt.Print(" ")
	}
	fmt.Println()
	tri := [][]int{{1}}
	for i := 1; i < 8; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		fmt.Printf("%*s%v\n", 8-len(r), "", r)
	}
	fmt.Printf("%.15f %.3e %v %v\n", math.Pi, math.Pi*1e10, math.Pi*1e20, float32(math.Pi))
	fmt.Println(math.Inf(1)-math.Inf(1), 1/math.Inf(-1))
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println(i32, uint16(70000&0xffff), int8(-129+256), 5.0/3, 5/3.0, float32(5)/3)
	fmt.Println(strings.Title("the quick brown fox"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%v %.2f %5.1f%%\n", 0.1+0.2, 0.1+0.2, 45.678)
	fmt.Println(1e100, 1e-100, 123456789.0, 12345678.9, 0.000012345, 100000000000000000000.0, 1e21)
	fmt.Println(float32(0.1), float32(1e10), float32(16777217), math.Float32frombits(1))
}
