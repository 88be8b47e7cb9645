// Test shim: strconv's natives backed by real Go's strconv.
package strconv

import (
	"math"
	gostrconv "strconv"
	"strings"
)

func floatDigits(f float64, single bool, mode, n int) (string, int) {
	f = math.Abs(f)
	var s string
	switch {
	case mode == 0 && single:
		s = gostrconv.FormatFloat(f, 'e', -1, 32)
	case mode == 0:
		s = gostrconv.FormatFloat(f, 'e', -1, 64)
	case mode == 1:
		s = gostrconv.FormatFloat(f, 'e', max(n, 1)-1, 64)
	default:
		s = gostrconv.FormatFloat(f, 'f', max(n, 0), 64)
	}
	mant, dp := s, strings.IndexByte(s, '.')
	if dp < 0 {
		dp = len(s)
	}
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		x, _ := gostrconv.Atoi(s[i+1:])
		mant, dp = s[:i], x+1
	}
	all := strings.ReplaceAll(mant, ".", "")
	trimmed := strings.TrimLeft(all, "0")
	dp -= len(all) - len(trimmed)
	trimmed = strings.TrimRight(trimmed, "0")
	if trimmed == "" {
		dp = 0
	}
	return trimmed, dp
}

func decimalToFloat(mant string, exp int, single bool) float64 {
	if mant == "" {
		mant = "0"
	}
	size := 64
	if single {
		size = 32
	}
	f, _ := gostrconv.ParseFloat(mant+"e"+gostrconv.Itoa(exp), size)
	return f
}
