package reflect

import (
	"math"
	"strconv"
)

// flag holds a Value's kind and how it was obtained.
type flag uintptr

const (
	flagKindMask   flag = 1<<5 - 1
	flagRO         flag = 1 << 5 // obtained through an unexported field or method (sticky)
	flagEmbedRO    flag = 1 << 9 // an unexported embedded field: its exported fields are usable
	flagAnyRO           = flagRO | flagEmbedRO
	flagAddr       flag = 1 << 6 // addressable
	flagMethod     flag = 1 << 7 // a method value: typ/ptr is the receiver
	flagMethodExpr flag = 1 << 8 // Method.Func: fn is the method's function
	flagMethodShift     = 10
)

// Value is the reflection interface to a Go value: its type and the address of memory
// holding it (a copy for values from ValueOf, the original for addressable ones).
type Value struct {
	typ  *rtype
	ptr  ptr
	flag flag
	fn   int
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagAnyRO != 0 {
		return flagRO
	}
	return 0
}

func (v Value) mustBe(k Kind, method string) {
	if v.flag.kind() != k {
		panic(&ValueError{method, v.flag.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagAnyRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagAnyRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// ValueOf returns a new Value holding the concrete value stored in i; the zero Value
// for nil.
func ValueOf(i any) Value {
	t, p := unpackEface(i)
	if t == nil {
		return Value{}
	}
	return Value{typ: t, ptr: p, flag: flag(rtKind(t))}
}

func (v Value) Kind() Kind { return v.flag.kind() }

func (v Value) IsValid() bool { return v.flag != 0 }

// Type returns v's type.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return v.methodSig()
	}
	return v.typ
}

var uint8Type = typeOf(uint8(0))

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return ldUint(v.typ, v.ptr) != 0
}

func (v Value) CanInt() bool {
	switch v.flag.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) Int() int64 {
	switch v.flag.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return ldInt(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.flag.kind()})
}

func (v Value) CanUint() bool {
	switch v.flag.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) Uint() uint64 {
	switch v.flag.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return ldUint(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Uint", v.flag.kind()})
}

func (v Value) CanFloat() bool {
	k := v.flag.kind()
	return k == Float32 || k == Float64
}

func (v Value) Float() float64 {
	k := v.flag.kind()
	if k == Float32 || k == Float64 {
		return ldFloat(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", k})
}

func (v Value) CanComplex() bool {
	k := v.flag.kind()
	return k == Complex64 || k == Complex128
}

func (v Value) Complex() complex128 {
	k := v.flag.kind()
	if k == Complex64 || k == Complex128 {
		return ldComplex(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", k})
}

// String returns the string v holds, or "<T Value>" for other kinds.
func (v Value) String() string {
	switch v.flag.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return ldString(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Bytes() []byte {
	switch v.flag.kind() {
	case Slice:
		if rtKind(rtElem(v.typ)) != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return ldBytes(v.ptr)
	case Array:
		if rtKind(rtElem(v.typ)) != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return mkBytes(v.ptr, rtLen(v.typ))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.flag.kind()})
}

func (v Value) Pointer() uintptr {
	switch v.flag.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		if v.flag&flagMethod != 0 {
			return uintptr(v.fn)
		}
		return ldWord(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.flag.kind()})
}

func (v Value) IsNil() bool {
	switch v.flag.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Slice, Interface:
		if v.flag&(flagMethod|flagMethodExpr) != 0 {
			return false
		}
		return ldWord(v.ptr) == 0
	}
	panic(&ValueError{"reflect.Value.IsNil", v.flag.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.flag.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return math.Float64bits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case Array:
		n := v.Len()
		for i := 0; i < n; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	typedmemclr(v.typ, v.ptr)
}

func (v Value) Len() int {
	switch v.flag.kind() {
	case Slice:
		_, n, _ := ldSlice(v.ptr)
		return n
	case Array:
		return rtLen(v.typ)
	case String:
		return len(ldString(v.ptr))
	case Map:
		return mapLen(ldPtr(v.ptr))
	case Chan:
		return chanLen(ldPtr(v.ptr))
	case Pointer:
		if e := rtElem(v.typ); rtKind(e) == Array {
			return rtLen(e)
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.flag.kind()})
}

func (v Value) Cap() int {
	switch v.flag.kind() {
	case Slice:
		_, _, c := ldSlice(v.ptr)
		return c
	case Array:
		return rtLen(v.typ)
	case Chan:
		return chanCap(ldPtr(v.ptr))
	case Pointer:
		if e := rtElem(v.typ); rtKind(e) == Array {
			return rtLen(e)
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.flag.kind()})
}

// Index returns v's i'th element (v a slice, array or string).
func (v Value) Index(i int) Value {
	switch v.flag.kind() {
	case Slice:
		data, n, _ := ldSlice(v.ptr)
		if uint(i) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		et := rtElem(v.typ)
		return Value{typ: et, ptr: addp(data, uintptr(i)*rtStride(et)), flag: flagAddr | v.flag.ro() | flag(rtKind(et))}
	case Array:
		if uint(i) >= uint(rtLen(v.typ)) {
			panic("reflect: array index out of range")
		}
		et := rtElem(v.typ)
		return Value{typ: et, ptr: addp(v.ptr, uintptr(i)*rtStride(et)), flag: v.flag&flagAddr | v.flag.ro() | flag(rtKind(et))}
	case String:
		s := ldString(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		p := unsafeNew(uint8Type)
		stScalar(uint8Type, p, uint64(s[i]))
		return Value{typ: uint8Type, ptr: p, flag: v.flag.ro() | flag(Uint8)}
	}
	panic(&ValueError{"reflect.Value.Index", v.flag.kind()})
}

// Elem returns the value the interface v contains or the pointer v points to.
func (v Value) Elem() Value {
	switch v.flag.kind() {
	case Interface:
		t, p := ifaceElem(v.typ, v.ptr)
		if t == nil {
			return Value{}
		}
		return Value{typ: t, ptr: p, flag: v.flag.ro() | flag(rtKind(t))}
	case Pointer:
		q := ldPtr(v.ptr)
		if q == nil {
			return Value{}
		}
		et := rtElem(v.typ)
		return Value{typ: et, ptr: q, flag: flagAddr | v.flag.ro() | flag(rtKind(et))}
	}
	panic(&ValueError{"reflect.Value.Elem", v.flag.kind()})
}

// Indirect returns the value that v points to (v itself if it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return rtNumField(v.typ)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	if uint(i) >= uint(rtNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	_, pkg, ft, _, off, emb := rtField(v.typ, i)
	fl := v.flag&(flagAddr|flagRO) | flag(rtKind(ft))
	if pkg != "" {
		if emb {
			fl |= flagEmbedRO
		} else {
			fl |= flagRO
		}
	}
	return Value{typ: ft, ptr: addp(v.ptr, off), flag: fl}
}

func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && rtKind(rtElem(v.typ)) == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && rtKind(rtElem(v.typ)) == Struct {
			if v.IsNil() {
				return Value{}, &errorString{"reflect: indirection through nil pointer to embedded struct field " + rtString(rtElem(v.typ))[lastDot(rtString(rtElem(v.typ)))+1:]}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagAnyRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagAnyRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagAnyRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&(flagMethod|flagMethodExpr) != 0 {
		panic("reflect.Value.Interface: method values are not supported by minigo yet")
	}
	return packEface(v.typ, v.ptr)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := rtDerived(Pointer, v.typ, nil, 0, 0)
	cell := unsafeNew(pt)
	stPtr(cell, v.ptr)
	return Value{typ: pt, ptr: cell, flag: v.flag.ro() | flag(Pointer)}
}

func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	cell := unsafeNew(rtDerived(Pointer, v.typ, nil, 0, 0))
	stPtr(cell, v.ptr)
	return ldWord(cell)
}

// assignTo returns the address of v's value as a value of type dst (converted to an
// interface when dst is one), panicking with context if it is not assignable.
func (v Value) assignTo(context string, dst *rtype) ptr {
	if v.flag&(flagMethod|flagMethodExpr) != 0 {
		panic(context + ": method values are not supported by minigo yet")
	}
	switch {
	case v.typ == dst:
		return v.ptr
	case rtKind(dst) == Interface:
		cell := unsafeNew(dst)
		if rtKind(v.typ) == Interface && ldWord(v.ptr) == 0 {
			return cell
		}
		if setIface(dst, cell, v.typ, v.ptr) {
			return cell
		}
	case directlyAssignable(dst, v.typ):
		return v.ptr
	}
	panic(context + ": value of type " + rtString(v.typ) + " is not assignable to type " + rtString(dst))
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	p := x.assignTo("reflect.Set", v.typ)
	typedmemmove(v.typ, v.ptr, p)
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	var b uint64
	if x {
		b = 1
	}
	stScalar(v.typ, v.ptr, b)
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.flag.kind() {
	case Int, Int8, Int16, Int32, Int64:
		stScalar(v.typ, v.ptr, uint64(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.flag.kind()})
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.flag.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		stScalar(v.typ, v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.flag.kind()})
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.flag.kind() {
	case Float32, Float64:
		stScalar(v.typ, v.ptr, math.Float64bits(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.flag.kind()})
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.flag.kind() {
	case Complex64, Complex128:
		stComplex(v.typ, v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetComplex", v.flag.kind()})
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	stString(v.ptr, x)
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if rtKind(rtElem(v.typ)) != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	stBytes(v.ptr, x)
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	data, _, c := ldSlice(v.ptr)
	if uint(n) > uint(c) {
		panic("reflect: slice length out of range in SetLen")
	}
	stSlice(v.ptr, data, n, c)
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	data, l, c := ldSlice(v.ptr)
	if n < l || n > c {
		panic("reflect: slice capacity out of range in SetCap")
	}
	stSlice(v.ptr, data, l, n)
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n
// elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	data, l, c := ldSlice(v.ptr)
	if l+n > c {
		nd, nc := growSlice(rtElem(v.typ), data, l, c, l+n)
		stSlice(v.ptr, nd, l, nc)
	}
}

// growSlice copies l elements to a new array with room for need elements, growing the
// capacity as append does.
func growSlice(et *rtype, data ptr, l, c, need int) (ptr, int) {
	nc := c
	if need > 2*c {
		nc = need
	} else if c < 256 {
		nc = 2 * c
	} else {
		for nc < need {
			nc += (nc + 3*256) / 4
		}
	}
	if nc == 0 {
		nc = need
	}
	nd := unsafeNewArray(et, nc)
	typedslicecopy(et, nd, data, l)
	return nd, nc
}

func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		data, n, _ := ldSlice(v.ptr)
		et := rtElem(v.typ)
		for i := 0; i < n; i++ {
			typedmemclr(et, addp(data, uintptr(i)*rtStride(et)))
		}
	case Map:
		for _, k := range v.MapKeys() {
			mapdelete(v.typ, ldPtr(v.ptr), k.ptr)
		}
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	switch v.flag.kind() {
	case Slice:
		data, _, c := ldSlice(v.ptr)
		if i < 0 || j < i || j > c {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		et := rtElem(v.typ)
		cell := unsafeNew(v.typ)
		stSlice(cell, addp(data, uintptr(i)*rtStride(et)), j-i, c-i)
		return Value{typ: v.typ, ptr: cell, flag: v.flag.ro() | flag(Slice)}
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		n := rtLen(v.typ)
		if i < 0 || j < i || j > n {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		et := rtElem(v.typ)
		st := rtDerived(Slice, et, nil, 0, 0)
		cell := unsafeNew(st)
		stSlice(cell, addp(v.ptr, uintptr(i)*rtStride(et)), j-i, n-i)
		return Value{typ: st, ptr: cell, flag: v.flag.ro() | flag(Slice)}
	case String:
		s := ldString(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		cell := unsafeNew(v.typ)
		stString(cell, s[i:j])
		return Value{typ: v.typ, ptr: cell, flag: v.flag.ro() | flag(String)}
	}
	panic(&ValueError{"reflect.Value.Slice", v.flag.kind()})
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	switch v.flag.kind() {
	case Slice:
		data, _, c := ldSlice(v.ptr)
		if i < 0 || j < i || k < j || k > c {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		et := rtElem(v.typ)
		cell := unsafeNew(v.typ)
		stSlice(cell, addp(data, uintptr(i)*rtStride(et)), j-i, k-i)
		return Value{typ: v.typ, ptr: cell, flag: v.flag.ro() | flag(Slice)}
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		n := rtLen(v.typ)
		if i < 0 || j < i || k < j || k > n {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		et := rtElem(v.typ)
		st := rtDerived(Slice, et, nil, 0, 0)
		cell := unsafeNew(st)
		stSlice(cell, addp(v.ptr, uintptr(i)*rtStride(et)), j-i, k-i)
		return Value{typ: st, ptr: cell, flag: v.flag.ro() | flag(Slice)}
	}
	panic(&ValueError{"reflect.Value.Slice3", v.flag.kind()})
}

// ---------------------------------------------------------------- maps

func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	kp := key.assignTo("reflect.Value.MapIndex", rtKey(v.typ))
	q := mapaccess(v.typ, ldPtr(v.ptr), kp)
	if q == nil {
		return Value{}
	}
	et := rtElem(v.typ)
	return Value{typ: et, ptr: q, flag: (v.flag|key.flag).ro() | flag(rtKind(et))}
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified
// order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	kt := rtKey(v.typ)
	keys, _, n := mapEntries(v.typ, ldPtr(v.ptr))
	out := make([]Value, n)
	fl := v.flag.ro() | flag(rtKind(kt))
	for i := range out {
		out[i] = Value{typ: kt, ptr: addp(keys, uintptr(i)*rtStride(kt)), flag: fl}
	}
	return out
}

func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	kp := key.assignTo("reflect.Value.SetMapIndex", rtKey(v.typ))
	if elem.flag == 0 {
		mapdelete(v.typ, ldPtr(v.ptr), kp)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	ep := elem.assignTo("reflect.Value.SetMapIndex", rtElem(v.typ))
	mapassign(v.typ, ldPtr(v.ptr), kp, ep)
}

// A MapIter is an iterator for ranging over a map (a snapshot of its entries taken by
// the first Next).
type MapIter struct {
	m      Value
	keys   ptr
	vals   ptr
	n, i   int
	loaded bool
}

func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !it.loaded {
		it.keys, it.vals, it.n = mapEntries(it.m.typ, ldPtr(it.m.ptr))
		it.loaded = true
		it.i = -1
	} else if it.i >= it.n {
		panic("MapIter.Next called on exhausted iterator")
	}
	it.i++
	return it.i < it.n
}

func (it *MapIter) Key() Value {
	if !it.loaded || it.i < 0 {
		panic("MapIter.Key called before Next")
	}
	if it.i >= it.n {
		panic("MapIter.Key called on exhausted iterator")
	}
	kt := rtKey(it.m.typ)
	return Value{typ: kt, ptr: addp(it.keys, uintptr(it.i)*rtStride(kt)), flag: it.m.flag.ro() | flag(rtKind(kt))}
}

func (it *MapIter) Value() Value {
	if !it.loaded || it.i < 0 {
		panic("MapIter.Value called before Next")
	}
	if it.i >= it.n {
		panic("MapIter.Value called on exhausted iterator")
	}
	et := rtElem(it.m.typ)
	return Value{typ: et, ptr: addp(it.vals, uintptr(it.i)*rtStride(et)), flag: it.m.flag.ro() | flag(rtKind(et))}
}

func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*it = MapIter{m: v}
}

func (v Value) SetIterKey(iter *MapIter) { v.Set(iter.Key()) }

func (v Value) SetIterValue(iter *MapIter) { v.Set(iter.Value()) }

// ---------------------------------------------------------------- channels

func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported("reflect.Value.Send")
	v.send(x, false)
}

func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	v.mustBeExported("reflect.Value.TrySend")
	return v.send(x, true)
}

func (v Value) send(x Value, nb bool) bool {
	if v.typ.ChanDir()&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.Send")
	p := x.assignTo("reflect.Value.Send", rtElem(v.typ))
	return chanSend(v.typ, ldPtr(v.ptr), p, nb)
}

func (v Value) Recv() (Value, bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported("reflect.Value.Recv")
	x, _, ok := v.recv(false)
	return x, ok
}

func (v Value) TryRecv() (Value, bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	v.mustBeExported("reflect.Value.TryRecv")
	x, selected, ok := v.recv(true)
	if !selected {
		return Value{}, false
	}
	return x, ok
}

func (v Value) recv(nb bool) (Value, bool, bool) {
	if v.typ.ChanDir()&RecvDir == 0 {
		panic("reflect: recv on send-only chan")
	}
	p, selected, ok := chanRecv(v.typ, ldPtr(v.ptr), nb)
	et := rtElem(v.typ)
	return Value{typ: et, ptr: p, flag: flag(rtKind(et))}, selected, ok
}

func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	if v.typ.ChanDir()&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	chanClose(ldPtr(v.ptr))
}

// ---------------------------------------------------------------- making values

// New returns a Value representing a pointer to a new zero value for the type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := rtDerived(Pointer, t, nil, 0, 0)
	cell := unsafeNew(pt)
	stPtr(cell, unsafeNew(t))
	return Value{typ: pt, ptr: cell, flag: flag(Pointer)}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{typ: t, ptr: unsafeNew(t), flag: flag(rtKind(t))}
}

func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	cell := unsafeNew(t)
	stSlice(cell, unsafeNewArray(rtElem(t), cap), len, cap)
	return Value{typ: t, ptr: cell, flag: flag(Slice)}
}

func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	cell := unsafeNew(t)
	stPtr(cell, makemap(t, n))
	return Value{typ: t, ptr: cell, flag: flag(Map)}
}

func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	cell := unsafeNew(t)
	stPtr(cell, makechan(t, buffer))
	return Value{typ: t, ptr: cell, flag: flag(Chan)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.extend(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if rtElem(s.typ) != rtElem(t.typ) {
		panic("reflect.AppendSlice: " + rtString(s.typ) + " != " + rtString(t.typ))
	}
	n, m := s.Len(), t.Len()
	s = s.extend(m)
	Copy(s.Slice(n, n+m), t)
	return s
}

// extend returns a copy of the slice s (not addressable) with n more elements.
func (s Value) extend(n int) Value {
	data, l, c := ldSlice(s.ptr)
	et := rtElem(s.typ)
	if l+n > c {
		data, c = growSlice(et, data, l, c, l+n)
	}
	cell := unsafeNew(s.typ)
	stSlice(cell, data, l+n, c)
	return Value{typ: s.typ, ptr: cell, flag: flag(Slice)}
}

// Copy copies the contents of src into dst until either dst has been filled or src has
// been exhausted, and returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.Kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && rtKind(rtElem(dst.typ)) == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	de := rtElem(dst.typ)
	if !stringCopy && de != rtElem(src.typ) {
		panic("reflect.Copy: " + rtString(de) + " != " + rtString(rtElem(src.typ)))
	}
	var dp, sp ptr
	var dn, sn int
	if dk == Array {
		dp, dn = dst.ptr, rtLen(dst.typ)
	} else {
		dp, dn, _ = ldSlice(dst.ptr)
	}
	switch sk {
	case Array:
		sp, sn = src.ptr, rtLen(src.typ)
	case Slice:
		sp, sn, _ = ldSlice(src.ptr)
	default:
		sp, sn = ldPtr(src.ptr), len(ldString(src.ptr))
	}
	n := dn
	if sn < n {
		n = sn
	}
	if n > 0 {
		typedslicecopy(de, dp, sp, n)
	}
	return n
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	et := rtElem(v.typ)
	data, n, _ := ldSlice(v.ptr)
	tmp := unsafeNew(et)
	stride := rtStride(et)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a, b := addp(data, uintptr(i)*stride), addp(data, uintptr(j)*stride)
		typedmemmove(et, tmp, a)
		typedmemmove(et, a, b)
		typedmemmove(et, b, tmp)
	}
}

// ---------------------------------------------------------------- comparison

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return true
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return rtComparable(v.typ)
}

// Equal reports true if v is equal to u.
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.typ != u.typ {
		return false
	}
	eq, ok := valueEqual(v.typ, v.ptr, u.ptr)
	if !ok {
		panic("reflect.Value.Equal: values of type " + rtString(v.typ) + " are not comparable")
	}
	return eq
}

// ---------------------------------------------------------------- overflow

func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return v.typ.OverflowInt(x)
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		return v.typ.OverflowUint(x)
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32, Float64:
		return v.typ.OverflowFloat(x)
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

func (v Value) OverflowComplex(x complex128) bool {
	switch v.Kind() {
	case Complex64, Complex128:
		return v.typ.OverflowComplex(x)
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

func itoa(i int) string { return strconv.Itoa(i) }
