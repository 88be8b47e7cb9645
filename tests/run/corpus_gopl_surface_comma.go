// gopl ch3: surface (SVG of a 3-D function, printed with %g), comma, basename, netflag
// (iota bit flags), printints, Unicode/UTF-8 walks, constants of all kinds.
package main

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

const (
	width, height = 600, 320
	cells         = 12
	xyrange       = 30.0
	xyscale       = width / 2 / xyrange
	zscale        = height * 0.4
	angle         = math.Pi / 6
)

var sin30, cos30 = math.Sin(angle), math.Cos(angle)

func corner(i, j int) (float64, float64) {
	x := xyrange * (float64(i)/cells - 0.5)
	y := xyrange * (float64(j)/cells - 0.5)
	z := f(x, y)
	sx := width/2 + (x-y)*cos30*xyscale
	sy := height/2 + (x+y)*sin30*xyscale - z*zscale
	return sx, sy
}

func f(x, y float64) float64 {
	r := math.Hypot(x, y)
	return math.Sin(r) / r
}

func comma(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return comma(s[:n-3]) + "," + s[n-3:]
}

func commaBuf(s string) string {
	var buf bytes.Buffer
	neg := strings.HasPrefix(s, "-")
	if neg {
		buf.WriteByte('-')
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	pre := len(intPart) % 3
	if pre == 0 {
		pre = 3
	}
	buf.WriteString(intPart[:pre])
	for i := pre; i < len(intPart); i += 3 {
		buf.WriteByte(',')
		buf.WriteString(intPart[i : i+3])
	}
	if frac != "" {
		buf.WriteByte('.')
		buf.WriteString(frac)
	}
	return buf.String()
}

func basename(s string) string {
	slash := strings.LastIndex(s, "/")
	s = s[slash+1:]
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		s = s[:dot]
	}
	return s
}

type Flags uint

const (
	FlagUp Flags = 1 << iota
	FlagBroadcast
	FlagLoopback
	FlagPointToPoint
	FlagMulticast
)

func IsUp(v Flags) bool     { return v&FlagUp == FlagUp }
func TurnDown(v *Flags)     { *v &^= FlagUp }
func SetBroadcast(v *Flags) { *v |= FlagBroadcast }
func IsCast(v Flags) bool   { return v&(FlagBroadcast|FlagMulticast) != 0 }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_   = 1 << (10 * iota)
	KiB
	MiB
	GiB
	TiB
	PiB
	EiB
	ZiB
	YiB
)

func main() {
	fmt.Printf("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>\n", width, height)
	for i := 0; i < cells; i++ {
		for j := 0; j < cells; j++ {
			ax, ay := corner(i+1, j)
			bx, by := corner(i, j)
			cx, cy := corner(i, j+1)
			dx, dy := corner(i+1, j+1)
			if (i+j)%17 == 0 {
				fmt.Printf("<polygon points='%g,%g %g,%g %g,%g %g,%g'/>\n", ax, ay, bx, by, cx, cy, dx, dy)
			}
		}
	}
	fmt.Println("</svg>")
	for _, s := range []string{"1", "12", "123", "1234", "1234567", "-1234567.891"} {
		fmt.Println(comma(strings.TrimPrefix(s, "-")), commaBuf(s))
	}
	fmt.Println(basename("a/b/c.go"), basename("c.d.go"), basename("abc"))
	var v Flags = FlagMulticast | FlagUp
	fmt.Printf("%b %t\n", v, IsUp(v))
	TurnDown(&v)
	fmt.Printf("%b %t\n", v, IsUp(v))
	SetBroadcast(&v)
	fmt.Printf("%b %t %t\n", v, IsUp(v), IsCast(v))
	fmt.Println(Monday, Tuesday, KiB, MiB, GiB, TiB, PiB, EiB, YiB/ZiB)
	ints := []int{1, 2, 3}
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, v := range ints {
		if i > 0 {
			buf.WriteString(", ")
		}
		fmt.Fprintf(&buf, "%d", v)
	}
	buf.WriteByte(']')
	fmt.Println(buf.String())
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d\t%c\t%d\n", i, r, size)
		i += size
	}
	for i, r := range "Hello, 世界" {
		fmt.Printf("%d %q %d\n", i, r, r)
	}
	fmt.Println(string(rune(65)), string(rune(0x4eac)), []byte("世"), []rune("世界"), string([]rune{0x4e16, 0x754c}))
	var x uint8 = 1<<1 | 1<<5
	var y uint8 = 1<<1 | 1<<2
	fmt.Printf("%08b %08b %08b %08b %08b %08b\n", x, y, x&y, x|y, x^y, x&^y)
	var u uint8 = 255
	fmt.Println(u, u+1, u*u)
	var i8 int8 = 127
	fmt.Println(i8, i8+1, i8*i8)
	o := 0666
	fmt.Printf("%d %[1]o %#[1]o\n", o)
	xx := int64(0xdeadbeef)
	fmt.Printf("%d %[1]x %#[1]x %#[1]X\n", xx)
	ascii := 'a'
	unicode := '国'
	newline := '\n'
	fmt.Printf("%d %[1]c %[1]q\n", ascii)
	fmt.Printf("%d %[1]c %[1]q\n", unicode)
	fmt.Printf("%d %[1]q\n", newline)
	for xv := 0; xv < 8; xv++ {
		fmt.Printf("x = %d e^x = %8.3f\n", xv, math.Exp(float64(xv)))
	}
	var z float64
	fmt.Println(z, -z, 1/z, -1/z, z/z, math.IsNaN(z/z))
	const e = 2.71828
	const Avogadro = 6.02214129e23
	const Planck = 6.62606957e-34
	fmt.Println(e, Avogadro, Planck, math.MaxFloat32, math.Pi/2)
}
