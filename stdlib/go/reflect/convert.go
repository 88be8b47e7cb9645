package reflect

import "math"

// Conversions between types (Value.Convert, Type.ConvertibleTo), as the spec allows
// them: numeric to numeric, integers and byte or rune slices to strings and back,
// identical underlying types, slices to arrays or array pointers, and any value to an
// interface it implements.

type convFunc func(v Value, t *rtype) Value

func isInt(k Kind) bool   { return k >= Int && k <= Int64 }
func isUint(k Kind) bool  { return k >= Uint && k <= Uintptr }
func isFloat(k Kind) bool { return k == Float32 || k == Float64 }
func isCplx(k Kind) bool  { return k == Complex64 || k == Complex128 }

// convertOp returns the function converting a src value to dst, or nil.
func convertOp(dst, src *rtype) convFunc {
	sk, dk := rtKind(src), rtKind(dst)
	switch {
	case isInt(sk) || isUint(sk) || isFloat(sk):
		if isInt(dk) || isUint(dk) || isFloat(dk) {
			return cvtNumber
		}
		if dk == String && !isFloat(sk) {
			return cvtIntString
		}
	case isCplx(sk):
		if isCplx(dk) {
			return cvtComplex
		}
	case sk == String:
		if dk == Slice && rtNamed(rtElem(dst)) == false || dk == Slice {
			switch rtKind(rtElem(dst)) {
			case Uint8:
				return cvtStringBytes
			case Int32:
				return cvtStringRunes
			}
		}
	case sk == Slice:
		if dk == String {
			switch rtKind(rtElem(src)) {
			case Uint8:
				return cvtBytesString
			case Int32:
				return cvtRunesString
			}
		}
		if dk == Pointer && rtKind(rtElem(dst)) == Array && rtElem(rtElem(dst)) == rtElem(src) {
			return cvtSliceArrayPtr
		}
		if dk == Array && rtElem(dst) == rtElem(src) {
			return cvtSliceArray
		}
	}
	if sk == dk && (dst == src || rtIdenticalUnder(dst, src)) {
		return cvtDirect
	}
	if dk == Pointer && sk == Pointer && !rtNamed(dst) && !rtNamed(src) && rtIdenticalUnder(rtElem(dst), rtElem(src)) {
		return cvtDirect
	}
	if dk == Interface && rtImplements(src, dst) {
		return cvtIface
	}
	return nil
}

// CanConvert: Convert(t) would succeed (a slice converts to an array, or a pointer to
// one, only when it is long enough).
func (v Value) CanConvert(t Type) bool {
	if !v.Type().ConvertibleTo(t) {
		return false
	}
	if v.Kind() != Slice {
		return true
	}
	arr := t
	if arr.Kind() == Pointer {
		arr = arr.Elem()
	}
	return arr.Kind() != Array || arr.Len() <= v.Len()
}

// Convert is v converted to type t as a Go conversion T(v) would; it panics where Go
// would reject the conversion.
func (v Value) Convert(t Type) Value {
	v = v.asFunc("Convert")
	op := convertOp(t.common(), v.typ)
	if op == nil {
		panic("reflect.Value.Convert: value of type " + rtString(v.typ) + " cannot be converted to type " + t.String())
	}
	return op(v, t.common())
}

func newValue(t *rtype, ro flag) Value {
	return Value{typ: t, ptr: unsafeNew(t), flag: ro | flag(rtKind(t))}
}

func cvtNumber(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	sk, dk := v.Kind(), rtKind(t)
	switch {
	case isFloat(dk):
		var f float64
		switch {
		case isInt(sk):
			f = float64(v.Int())
		case isUint(sk):
			f = float64(v.Uint())
		default:
			f = v.Float()
		}
		if dk == Float32 {
			f = float64(float32(f))
		}
		stScalar(t, r.ptr, float64bits(f))
	default:
		var bits uint64
		switch {
		case isInt(sk):
			bits = uint64(v.Int())
		case isUint(sk):
			bits = v.Uint()
		default:
			f := v.Float()
			if isInt(dk) {
				bits = uint64(int64(f))
			} else {
				bits = uint64(f)
			}
		}
		stScalar(t, r.ptr, bits)
	}
	return r
}

// float64bits reinterprets f's memory as an integer (math.Float64bits without the import).
func float64bits(f float64) uint64 { return ldUint(uint64Type, ValueOf(f).ptr) }

var uint64Type = typeOf(uint64(0))

func cvtComplex(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	c := v.Complex()
	if rtKind(t) == Complex64 {
		c = complex128(complex64(c))
	}
	stComplex(t, r.ptr, c)
	return r
}

func cvtIntString(v Value, t *rtype) Value {
	// Integers outside rune's range convert to U+FFFD, as in Go.
	s := "\uFFFD"
	switch {
	case isInt(v.Kind()):
		if x := v.Int(); x >= math.MinInt32 && x <= math.MaxInt32 {
			s = string(rune(x))
		}
	case v.Uint() <= math.MaxInt32:
		s = string(rune(v.Uint()))
	}
	r := newValue(t, v.flag.ro())
	stString(r.ptr, s)
	return r
}

func cvtStringBytes(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	stBytes(r.ptr, []byte(ldString(v.ptr)))
	return r
}

func cvtStringRunes(v Value, t *rtype) Value {
	rs := []rune(ldString(v.ptr))
	r := MakeSlice(t, len(rs), len(rs))
	for i, c := range rs {
		r.Index(i).SetInt(int64(c))
	}
	r.flag |= v.flag.ro()
	return r
}

func cvtBytesString(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	stString(r.ptr, string(ldBytes(v.ptr)))
	return r
}

func cvtRunesString(v Value, t *rtype) Value {
	n := v.Len()
	rs := make([]rune, n)
	for i := range rs {
		rs[i] = rune(v.Index(i).Int())
	}
	r := newValue(t, v.flag.ro())
	stString(r.ptr, string(rs))
	return r
}

func cvtSliceArrayPtr(v Value, t *rtype) Value {
	n := rtLen(rtElem(t))
	if n > v.Len() {
		panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to pointer to array with length " + itoa(n))
	}
	data, _, _ := ldSlice(v.ptr)
	r := newValue(t, v.flag.ro())
	stPtr(r.ptr, data)
	return r
}

func cvtSliceArray(v Value, t *rtype) Value {
	n := rtLen(t)
	if n > v.Len() {
		panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to array with length " + itoa(n))
	}
	data, _, _ := ldSlice(v.ptr)
	r := newValue(t, v.flag.ro())
	typedmemmove(t, r.ptr, data)
	return r
}

func cvtDirect(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	typedmemmove(v.typ, r.ptr, v.ptr)
	return r
}

func cvtIface(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	if rtKind(v.typ) == Interface && ldWord(v.ptr) == 0 {
		return r
	}
	setIface(t, r.ptr, v.typ, v.ptr)
	return r
}
