package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(uint64(math.MaxUint64), int64(math.MinInt64), uint8(255), int8(-128))
	fmt.Printf("%d %x %o %b\n", uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64))
	fmt.Printf("%d %x %X\n", int64(math.MinInt64), int64(math.MinInt64), int64(math.MinInt64))
	fmt.Printf("%v %v\n", float32(16777216.0), float32(3.4028235e38))
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 0.05, 0.15, 0.25, 0.35)
	fmt.Printf("%.2f %.2f %.2f\n", 1.005, 2.675, 1.115)
	fmt.Printf("%g %g %g %g\n", 1e-4, 1e-5, 123456789.0, 1234567890123456789.0)
	fmt.Printf("%.3g %.3g %.3g\n", 1234.5, 0.00012345, 99.95)
	fmt.Printf("%e %E %.0e\n", 0.0, 1e-300, 5.5)
	fmt.Printf("%v %v %v\n", 1e20, 1e21, 123456789012345678.0)
	fmt.Printf("%v %v\n", float32(1e20), float32(1e21))
	fmt.Printf("%6.2f|%-8.3e|%+g|% g\n", math.Pi, math.E, 1.0, 2.0)
	fmt.Printf("%08.2f|%-08.2f|%+08.2f\n", -3.14159, 3.14159, 3.14159)
	fmt.Printf("%5.1f|%5.1f|%5.1f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%05.1f|%+.1f|% .1f\n", math.Inf(1), math.NaN(), math.Inf(1))
	fmt.Printf("%v|%.2v|%10.3v|\n", complex(1.5, -2), complex(1.2345, 2.3456), complex64(complex(1, 1)))
	fmt.Printf("%x %X %#x\n", 1.0, -2.5, 0.5)
	fmt.Printf("%.3x %b\n", 1.0/3, float32(1))
	fmt.Printf("%d %d\n", int8(-1), uint8(math.MaxUint8))
	fmt.Printf("%c|%c|%c\n", -1, 0x110000, 0xD800)
	fmt.Printf("%U %U\n", -1, 0x110000)
	fmt.Printf("%q %q\n", -1, 0x110000)
	fmt.Printf("%08.3d|%+.3d|%x\n", 42, -7, -0x2a)
	fmt.Printf("%#8x|%-#8o|%#08b\n", 255, 8, 5)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
}
