package strconv

// A decimal is an arbitrary-precision decimal number 0.d[0]d[1]...d[nd-1] × 10^dp
// (digits in ASCII). Shifting it by powers of two is exact, which makes it the common
// ground of binary-to-decimal formatting and decimal-to-binary parsing.
type decimal struct {
	d     []byte // significant digits, no trailing zeros
	dp    int    // position of the decimal point
	neg   bool
	trunc bool // nonzero digits were dropped after d (parsing of very long inputs)
}

// maxDigits bounds the digits kept when parsing: more cannot change a float64 rounding
// except through the trunc flag.
const maxDigits = 800

// maxShift is the largest shift applied in one pass: digits*2^60 fits a uint64.
const maxShift = 60

// assign sets a to the unsigned integer v.
func (a *decimal) assign(v uint64) {
	d := a.d[:0]
	for v > 0 {
		q := v / 10
		d = append(d, byte('0'+v-q*10))
		v = q
	}
	for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
		d[i], d[j] = d[j], d[i]
	}
	a.d = d
	a.dp = len(d)
	a.trim()
}

// trim drops trailing zero digits.
func (a *decimal) trim() {
	n := len(a.d)
	for n > 0 && a.d[n-1] == '0' {
		n--
	}
	a.d = a.d[:n]
	if n == 0 {
		a.dp = 0
	}
}

// shift multiplies a by 2^k (divides for negative k).
func (a *decimal) shift(k int) {
	if len(a.d) == 0 {
		return
	}
	for k > maxShift {
		a.leftShift(maxShift)
		k -= maxShift
	}
	if k > 0 {
		a.leftShift(uint(k))
	}
	for k < -maxShift {
		a.rightShift(maxShift)
		k += maxShift
	}
	if k < 0 {
		a.rightShift(uint(-k))
	}
}

// rightShift divides a by 2^k, k <= maxShift, exactly (unless maxDigits is exceeded
// during parsing, which sets trunc).
func (a *decimal) rightShift(k uint) {
	r := 0 // read index
	var n uint64
	// Read leading digits until the quotient's first digit is nonzero.
	for n>>k == 0 {
		if r < len(a.d) {
			n = n*10 + uint64(a.d[r]-'0')
		} else if n == 0 {
			a.d = a.d[:0]
			a.dp = 0
			return
		} else {
			n *= 10
		}
		r++
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	w := 0
	for ; r < len(a.d); r++ {
		c := uint64(a.d[r] - '0')
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&mask)*10 + c
	}
	out := a.d[:w]
	for n > 0 {
		dig := byte(n >> k)
		if len(out) < maxDigits {
			out = append(out, dig+'0')
		} else if dig > 0 {
			a.trunc = true
		}
		n = (n & mask) * 10
	}
	a.d = out
	a.trim()
}

// leftShift multiplies a by 2^k, k <= maxShift.
func (a *decimal) leftShift(k uint) {
	// Produce the product's digits least significant first into rev, then reverse.
	nd := len(a.d)
	rev := make([]byte, 0, nd+20)
	var carry uint64
	for r := nd - 1; r >= 0; r-- {
		n := uint64(a.d[r]-'0')<<k + carry
		carry = n / 10
		rev = append(rev, byte(n-carry*10)+'0')
	}
	for carry > 0 {
		q := carry / 10
		rev = append(rev, byte(carry-q*10)+'0')
		carry = q
	}
	a.dp += len(rev) - nd
	// Drop the trailing zeros (the head of rev) and reverse the rest into a.d.
	lo := 0
	for lo < len(rev) && rev[lo] == '0' {
		lo++
	}
	d := a.d[:0]
	for i := len(rev) - 1; i >= lo; i-- {
		if len(d) < maxDigits {
			d = append(d, rev[i])
		} else {
			a.trunc = true
		}
	}
	a.d = d
	a.trim()
}

// shouldRoundUp reports whether keeping nd digits should round up.
func (a *decimal) shouldRoundUp(nd int) bool {
	if nd < 0 || nd >= len(a.d) {
		return false
	}
	if a.d[nd] == '5' && nd+1 == len(a.d) {
		// Exactly halfway: round to even, unless digits were dropped.
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round rounds a to nd digits (or fewer), to nearest with ties to even.
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= len(a.d) {
		return
	}
	if a.shouldRoundUp(nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

// roundDown truncates a to nd digits.
func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= len(a.d) {
		return
	}
	a.d = a.d[:nd]
	a.trim()
}

// roundUp rounds a up to nd digits.
func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= len(a.d) {
		return
	}
	i := nd - 1
	for i >= 0 && a.d[i] == '9' {
		i--
	}
	if i < 0 {
		// All nines: becomes 1 followed by zeros.
		a.d = append(a.d[:0], '1')
		a.dp++
		return
	}
	a.d[i]++
	a.d = a.d[:i+1]
}

// roundedInteger returns a rounded to the nearest integer (ties to even), or
// 1<<64-1 if it does not fit.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 1<<64 - 1
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < len(a.d); i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}
