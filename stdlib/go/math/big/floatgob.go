package big

import "strconv"

// The gob form of a Float: a version byte (1); a byte packing the rounding mode (bits
// 5-7), the accuracy plus one (bits 3-4), the kind (zero 0, finite 1, infinite 2; bits
// 1-2) and the sign (bit 0); the precision (4 bytes, big-endian); and for finite values
// the binary exponent of the mantissa read as a fraction 0.1xxx (4 bytes) followed by
// the mantissa's leading 64-bit words, big-endian, as many as the precision needs and
// the value has (minigo never writes trailing zero words, which Go sometimes does).

const floatGobVersion byte = 1

// GobEncode encodes x in the gob form above (nil for a nil x).
func (x *Float) GobEncode() ([]byte, error) {
	if x == nil {
		return nil, nil
	}
	flags := byte(x.mode&7)<<5 | byte((x.acc+1)&3)<<3 | byte(x.kind&3)<<1
	if x.neg {
		flags |= 1
	}
	buf := []byte{floatGobVersion, flags}
	buf = appendUint32(buf, x.prec)
	if x.kind != finiteKind {
		return buf, nil
	}
	bits := x.mant.bitLen()
	buf = appendUint32(buf, uint32(int32(x.exp+int64(bits))))
	words := (bits + 63) / 64
	// Left-align the mantissa in its words, then keep the leading ones.
	aligned := natShl(nil, x.mant, uint(words*64-bits))
	keep := words
	if need := (int(x.prec) + 63) / 64; need < keep {
		keep = need
	}
	for i := words - 1; i >= words-keep; i-- {
		w := uint64(aligned[i])
		for shift := 56; shift >= 0; shift -= 8 {
			buf = append(buf, byte(w>>uint(shift)))
		}
	}
	return buf, nil
}

func appendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func readUint32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// GobDecode sets z from the gob form. An empty buf makes z 0. When z already has a
// precision, the decoded value is rounded to it in z's rounding mode; otherwise z takes
// the encoded precision and mode.
func (z *Float) GobDecode(buf []byte) error {
	if len(buf) == 0 {
		*z = Float{}
		return nil
	}
	if len(buf) < 6 {
		return gobError("Float.GobDecode", "buffer too small")
	}
	if buf[0] != floatGobVersion {
		return gobVersionError("Float", buf[0])
	}
	oldPrec, oldMode := z.prec, z.mode
	flags := buf[1]
	z.mode = RoundingMode(flags >> 5 & 7)
	z.acc = Accuracy(flags>>3&3) - 1
	z.kind = floatKind(flags >> 1 & 3)
	z.neg = flags&1 != 0
	z.prec = readUint32(buf[2:])
	z.mant = nil
	if z.kind == finiteKind {
		if len(buf) < 10 {
			return gobError("Float.GobDecode", "buffer too small for finite form float")
		}
		fracExp := int64(int32(readUint32(buf[6:])))
		digits := buf[10:]
		if len(digits) == 0 {
			return gobError("Float.GobDecode", "nonzero finite number with empty mantissa")
		}
		m := new(Int).SetBytes(digits).abs
		z.mant, z.exp = m, fracExp-int64(8*len(digits))
		if z.prec == 0 {
			return gobError("Float.GobDecode", "zero precision finite number")
		}
		if len(digits)%8 != 0 || digits[0]&0x80 == 0 {
			top := len(digits) % 8
			if top == 0 {
				top = 8
			}
			lead := new(Int).SetBytes(digits[:top])
			return gobError("Float.GobDecode", "msb not set in last word 0x"+lead.Text(16)+" of "+fractionText(z.neg, digits, fracExp))
		}
		if tz := natTrailingZeros(m); tz > 0 {
			z.mant = natShr(nil, m, tz)
			z.exp += int64(tz)
		}
	}
	if oldPrec != 0 {
		z.mode = oldMode
		z.SetPrec(uint(oldPrec))
	}
	return nil
}

// fractionText shows a mantissa's bytes as a hexadecimal fraction, "0x.8p+1".
func fractionText(neg bool, digits []byte, exp int64) string {
	hex := new(Int).SetBytes(digits).Text(16)
	end := len(hex)
	for end > 1 && hex[end-1] == '0' {
		end--
	}
	s := "0x." + hex[:end] + "p"
	if exp >= 0 {
		s += "+"
	}
	s += strconv.FormatInt(exp, 10)
	if neg {
		s = "-" + s
	}
	return s
}
