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

// ValueError is the panic value of a Value method used on a Value of a kind it does not
// take (Kind is Invalid for the zero Value).
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	what := "zero"
	if e.Kind != Invalid {
		what = e.Kind.String()
	}
	return reflectFault("call of " + e.Method + " on " + what + " Value")
}

// kindFault is the ValueError for the Value method op used on v.
func (v Value) kindFault(op string) *ValueError {
	return &ValueError{Method: "reflect.Value." + op, Kind: v.flag.kind()}
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
	switch {
	case v.flag == 0:
		panic(&ValueError{method, Invalid})
	case v.flag&flagAnyRO != 0:
		panic(reflectFault(method + " using value obtained using unexported field"))
	}
}

func (v Value) mustBeAssignable(method string) {
	v.mustBeExported(method)
	if v.flag&flagAddr == 0 {
		panic(reflectFault(method + " using unaddressable value"))
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
		panic(v.kindFault("Type"))
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

func (v Value) CanInt() bool { return isInt(v.flag.kind()) }

func (v Value) Int() int64 {
	if !v.CanInt() {
		panic(v.kindFault("Int"))
	}
	return ldInt(v.typ, v.ptr)
}

func (v Value) CanUint() bool { return isUint(v.flag.kind()) }

func (v Value) Uint() uint64 {
	if !v.CanUint() {
		panic(v.kindFault("Uint"))
	}
	return ldUint(v.typ, v.ptr)
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
	panic(v.kindFault("Float"))
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
	panic(v.kindFault("Complex"))
}

// String returns the string v holds, or "<T Value>" for other kinds.
func (v Value) String() string {
	switch v.flag.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return ldString(v.ptr)
	}
	// Other kinds print as their type in angle brackets.
	var b []byte
	b = append(b, '<')
	b = append(b, v.Type().String()...)
	return string(append(b, " Value>"...))
}

func (v Value) Bytes() []byte {
	k := v.flag.kind()
	if k != Slice && k != Array {
		panic(v.kindFault("Bytes"))
	}
	v.mustHoldBytes("Bytes")
	if k == Slice {
		return ldBytes(v.ptr)
	}
	v.mustAddr("Bytes", "byte array")
	return mkBytes(v.ptr, rtLen(v.typ))
}

// mustHoldBytes panics unless v's elements are bytes (op is the Value method).
func (v Value) mustHoldBytes(op string) {
	if rtKind(rtElem(v.typ)) != Uint8 {
		panic("reflect.Value." + op + " of non-byte " + v.flag.kind().String())
	}
}

func (v Value) Pointer() uintptr {
	switch v.flag.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		if v.flag&flagMethod != 0 {
			return uintptr(v.fn)
		}
		return ldWord(v.ptr)
	}
	panic(v.kindFault("Pointer"))
}

func (v Value) IsNil() bool {
	switch v.flag.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Slice, Interface:
		if v.flag&(flagMethod|flagMethodExpr) != 0 {
			return false
		}
		return ldWord(v.ptr) == 0
	}
	panic(v.kindFault("IsNil"))
}

// IsZero: v holds its type's zero value (for floats and complexes, == 0: -0 counts).
func (v Value) IsZero() bool {
	k := v.flag.kind()
	switch {
	case k == Invalid:
		panic(v.kindFault("IsZero"))
	case k == Bool || isInt(k) || isUint(k) || k == String:
		return v.scalarBits() == 0
	case isFloat(k):
		return v.Float() == 0
	case k == Complex64 || k == Complex128:
		return v.Complex() == 0
	case k == Array:
		return allZero(v.Len(), v.Index)
	case k == Struct:
		return allZero(v.NumField(), v.Field)
	}
	return v.IsNil()
}

// scalarBits is a bool's, integer's or string's value reduced to "zero or not".
func (v Value) scalarBits() uint64 {
	if v.flag.kind() == String {
		return uint64(len(ldString(v.ptr)))
	}
	return ldUint(v.typ, v.ptr)
}

// allZero: part(0) ... part(n-1) are all zero values.
func allZero(n int, part func(int) Value) bool {
	for i := n - 1; i >= 0; i-- {
		if !part(i).IsZero() {
			return false
		}
	}
	return true
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
		panic(reflectFault("call of reflect.Value.Len on ptr to non-array Value"))
	}
	panic(v.kindFault("Len"))
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
		panic(reflectFault("call of reflect.Value.Cap on ptr to non-array Value"))
	}
	panic(v.kindFault("Cap"))
}

// Index returns v's i'th element (v a slice, array or string).
func (v Value) Index(i int) Value {
	switch v.flag.kind() {
	case Slice:
		data, n, _ := ldSlice(v.ptr)
		if uint(i) >= uint(n) {
			panic(indexFault("slice"))
		}
		et := rtElem(v.typ)
		return Value{typ: et, ptr: addp(data, uintptr(i)*rtStride(et)), flag: flagAddr | v.flag.ro() | flag(rtKind(et))}
	case Array:
		if uint(i) >= uint(rtLen(v.typ)) {
			panic(indexFault("array"))
		}
		et := rtElem(v.typ)
		return Value{typ: et, ptr: addp(v.ptr, uintptr(i)*rtStride(et)), flag: v.flag&flagAddr | v.flag.ro() | flag(rtKind(et))}
	case String:
		s := ldString(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic(indexFault("string"))
		}
		p := unsafeNew(uint8Type)
		stScalar(uint8Type, p, uint64(s[i]))
		return Value{typ: uint8Type, ptr: p, flag: v.flag.ro() | flag(Uint8)}
	}
	panic(v.kindFault("Index"))
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
	panic(v.kindFault("Elem"))
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

// Field is struct field number i of v (addressable when v is).
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	if uint(i) >= uint(rtNumField(v.typ)) {
		panic(reflectFault("Field index out of range"))
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
				panic(reflectFault(nilEmbedded))
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
				name := rtString(rtElem(v.typ))
				return Value{}, &errorString{reflectFault(nilEmbedded + " field " + name[lastDot(name)+1:])}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

const nilEmbedded = "indirection through nil pointer to embedded struct"

// indexFault is the panic text for an index outside a slice, array or string.
func indexFault(what string) string { return reflectFault(what + " index out of range") }

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	return v.fieldFound(v.typ.FieldByName(name))
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	return v.fieldFound(v.typ.FieldByNameFunc(match))
}

// fieldFound is the field a FieldByName search found, or the zero Value.
func (v Value) fieldFound(found StructField, ok bool) Value {
	if ok {
		return v.FieldByIndex(found.Index)
	}
	return Value{}
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet: v is addressable and not reached through an unexported field.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagAnyRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(v.kindFault("CanInterface"))
	}
	return v.flag&flagAnyRO == 0
}

// Interface is v's value boxed in an interface.
func (v Value) Interface() any {
	switch {
	case v.flag == 0:
		panic(v.kindFault("Interface"))
	case v.flag&flagAnyRO != 0:
		panic(opFault("Value.Interface", "cannot return value obtained from unexported field or method"))
	}
	v = v.asFunc("Interface")
	return packEface(v.typ, v.ptr)
}

// Addr is a pointer to v, which must be addressable.
func (v Value) Addr() Value {
	v.mustAddr("Addr", "value")
	pt := rtDerived(Pointer, v.typ, nil, 0, 0)
	cell := unsafeNew(pt)
	stPtr(cell, v.ptr)
	return Value{typ: pt, ptr: cell, flag: v.flag.ro() | flag(Pointer)}
}

func (v Value) UnsafeAddr() uintptr {
	v.mustAddr("UnsafeAddr", "value")
	cell := unsafeNew(rtDerived(Pointer, v.typ, nil, 0, 0))
	stPtr(cell, v.ptr)
	return ldWord(cell)
}

// asFunc turns a method value (from Method or MethodByName) or a Method.Func into an
// ordinary func Value of the same signature, a MakeFunc function that calls it; other
// Values are returned as they are.
func (v Value) asFunc(op string) Value {
	if v.flag&(flagMethod|flagMethodExpr) == 0 {
		return v
	}
	sig := v.typ
	if v.flag&flagMethod != 0 {
		v.mustBeExportedMethod(op)
		sig = v.methodSig()
	}
	bound := v
	spread := rtVariadic(sig)
	fn := MakeFunc(toType(sig), func(in []Value) []Value { return bound.invoke(in, spread) })
	fn.flag |= v.flag.ro()
	return fn
}

// mustAddr panics unless v is addressable: op is the Value method, what names v.
func (v Value) mustAddr(op, what string) {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value." + op + " of unaddressable " + what)
	}
}

// assignTo returns the address of v's value as a value of type dst (converted to an
// interface when dst is one), panicking with context if it is not assignable.
func (v Value) assignTo(context string, dst *rtype) ptr {
	v = v.asFunc(context)
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

// Set stores x in v (v settable, x assignable to v's type).
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
	if !v.CanInt() {
		panic(v.kindFault("SetInt"))
	}
	stScalar(v.typ, v.ptr, uint64(x))
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	if !v.CanUint() {
		panic(v.kindFault("SetUint"))
	}
	stScalar(v.typ, v.ptr, x)
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.flag.kind() {
	case Float32, Float64:
		stScalar(v.typ, v.ptr, math.Float64bits(x))
		return
	}
	panic(v.kindFault("SetFloat"))
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.flag.kind() {
	case Complex64, Complex128:
		stComplex(v.typ, v.ptr, x)
		return
	}
	panic(v.kindFault("SetComplex"))
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	stString(v.ptr, x)
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	v.mustHoldBytes("SetBytes")
	stBytes(v.ptr, x)
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	data, _, c := ldSlice(v.ptr)
	if n < 0 || n > c {
		panic(reflectFault("slice length out of range in SetLen"))
	}
	stSlice(v.ptr, data, n, c)
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	data, l, c := ldSlice(v.ptr)
	if n < l || n > c {
		panic(reflectFault("slice capacity out of range in SetCap"))
	}
	stSlice(v.ptr, data, l, n)
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n
// elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic(opFault("Value.Grow", "negative len"))
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
		panic(v.kindFault("Clear"))
	}
}

// Slice is v[i:j] for a slice, string or addressable array.
func (v Value) Slice(i, j int) Value {
	if v.flag.kind() == String {
		s := ldString(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic(opFault("Value.Slice", "string slice index out of bounds"))
		}
		cell := unsafeNew(v.typ)
		stString(cell, s[i:j])
		return Value{typ: v.typ, ptr: cell, flag: v.flag.ro() | flag(String)}
	}
	return v.reslice("Slice", i, j, -1)
}

// Slice3 is v[i:j:k] for a slice or addressable array.
func (v Value) Slice3(i, j, k int) Value { return v.reslice("Slice3", i, j, k) }

// reslice makes the slice v[lo:hi] (v[lo:hi:max] when max >= 0) over the backing array
// of a slice or addressable array v.
func (v Value) reslice(op string, lo, hi, max int) Value {
	var data ptr
	var room int
	st := v.typ
	switch v.flag.kind() {
	case Slice:
		data, _, room = ldSlice(v.ptr)
	case Array:
		if v.flag&flagAddr == 0 {
			panic(opFault("Value."+op, "slice of unaddressable array"))
		}
		data, room = v.ptr, rtLen(v.typ)
		st = rtDerived(Slice, rtElem(v.typ), nil, 0, 0)
	default:
		panic(v.kindFault(op))
	}
	if max < 0 {
		max = room
	}
	if lo < 0 || hi < lo || max < hi || max > room {
		panic(opFault("Value."+op, "slice index out of bounds"))
	}
	cell := unsafeNew(st)
	stSlice(cell, addp(data, uintptr(lo)*rtStride(rtElem(st))), hi-lo, max-lo)
	return Value{typ: st, ptr: cell, flag: v.flag.ro() | flag(Slice)}
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

// MapIter walks a map's entries: the first Next takes a snapshot of them.
type MapIter struct {
	m      Value
	keys   ptr
	vals   ptr
	n, i   int
	loaded bool
}

func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(v.kindFault("MapRange"))
	}
	return &MapIter{m: v}
}

func (it *MapIter) Next() bool {
	switch {
	case !it.m.IsValid():
		panic(iterFault("Next", "on an iterator that does not have an associated map Value"))
	case !it.loaded:
		it.keys, it.vals, it.n = mapEntries(it.m.typ, ldPtr(it.m.ptr))
		it.loaded, it.i = true, 0
	case it.i >= it.n:
		panic(iterFault("Next", exhausted))
	default:
		it.i++
	}
	return it.i < it.n
}

const exhausted = "on exhausted iterator"

// iterFault is the panic text of a MapIter method used out of turn.
func iterFault(method, when string) string { return "MapIter." + method + " called " + when }

// entry is the current key (keys true) or element of the iterator.
func (it *MapIter) entry(method string, keys bool) Value {
	if !it.loaded {
		panic(iterFault(method, "before Next"))
	}
	if it.i >= it.n {
		panic(iterFault(method, exhausted))
	}
	t, base := rtElem(it.m.typ), it.vals
	if keys {
		t, base = rtKey(it.m.typ), it.keys
	}
	return Value{typ: t, ptr: addp(base, uintptr(it.i)*rtStride(t)), flag: it.m.flag.ro() | flag(rtKind(t))}
}

func (it *MapIter) Key() Value { return it.entry("Key", true) }

func (it *MapIter) Value() Value { return it.entry("Value", false) }

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
		panic(reflectFault("send on recv-only channel"))
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
		panic(reflectFault("close of receive-only channel"))
	}
	chanClose(ldPtr(v.ptr))
}

// ---------------------------------------------------------------- making values

// New is a pointer to a fresh zero value of typ.
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

// Zero is typ's zero value (not addressable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{typ: t, ptr: unsafeNew(t), flag: flag(rtKind(t))}
}

func MakeSlice(typ Type, len, cap int) Value {
	problem := ""
	switch {
	case typ.Kind() != Slice:
		panic(nonKind("MakeSlice", Slice))
	case len < 0:
		problem = "negative len"
	case cap < 0:
		problem = "negative cap"
	case len > cap:
		problem = "len > cap"
	}
	if problem != "" {
		panic(opFault("MakeSlice", problem))
	}
	t := typ.common()
	cell := unsafeNew(t)
	stSlice(cell, unsafeNewArray(rtElem(t), cap), len, cap)
	return Value{typ: t, ptr: cell, flag: flag(Slice)}
}

func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic(nonKind("MakeMapWithSize", Map))
	}
	t := typ.common()
	cell := unsafeNew(t)
	stPtr(cell, makemap(t, n))
	return Value{typ: t, ptr: cell, flag: flag(Map)}
}

func MakeChan(typ Type, buffer int) Value {
	switch {
	case typ.Kind() != Chan:
		panic(nonKind("MakeChan", Chan))
	case buffer < 0:
		panic(opFault("MakeChan", "negative buffer size"))
	case typ.ChanDir() != BothDir:
		panic(opFault("MakeChan", "unidirectional channel type"))
	}
	t := typ.common()
	cell := unsafeNew(t)
	stPtr(cell, makechan(t, buffer))
	return Value{typ: t, ptr: cell, flag: flag(Chan)}
}

// Append is the slice s with the values x added at its end (as the append builtin).
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.extend(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice is the slice s with the elements of slice t added (same element type).
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
	dk, sk := dst.Kind(), src.Kind()
	// Both sides must be arrays or slices (the source may be a string for bytes).
	listy := func(k Kind, stringOK bool) {
		if k != Array && k != Slice && !stringOK {
			panic(&ValueError{"reflect.Copy", k})
		}
	}
	listy(dk, false)
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	stringCopy := sk == String && rtKind(rtElem(dst.typ)) == Uint8
	listy(sk, stringCopy)
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
	if k := v.Kind(); k != Slice {
		panic(&ValueError{"Swapper", k})
	}
	et := rtElem(v.typ)
	data, n, _ := ldSlice(v.ptr)
	tmp := unsafeNew(et)
	stride := rtStride(et)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic(indexFault("slice"))
		}
		a, b := addp(data, uintptr(i)*stride), addp(data, uintptr(j)*stride)
		typedmemmove(et, tmp, a)
		typedmemmove(et, a, b)
		typedmemmove(et, b, tmp)
	}
}

// ---------------------------------------------------------------- comparison

// Comparable: == on v would not panic (an interface is judged by what it holds).
func (v Value) Comparable() bool {
	switch k := v.Kind(); k {
	case Invalid:
		return false
	case Interface:
		inner := v.Elem()
		return !inner.IsValid() || inner.Comparable()
	case Array:
		return allParts(v.Len(), v.Index, Value.Comparable)
	case Struct:
		return allParts(v.NumField(), v.Field, Value.Comparable)
	}
	return rtComparable(v.typ)
}

// allParts: test holds for each of part(0) ... part(n-1).
func allParts(n int, part func(int) Value, test func(Value) bool) bool {
	for i := 0; i < n; i++ {
		if !test(part(i)) {
			return false
		}
	}
	return true
}

// Equal is v == u, interfaces compared by what they hold; two zero Values are equal.
func (v Value) Equal(u Value) bool {
	v, u = unwrapIface(v), unwrapIface(u)
	switch {
	case v.flag == 0 && u.flag == 0:
		return true
	case v.flag == 0 || u.flag == 0:
		return false
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

func unwrapIface(v Value) Value {
	if v.Kind() == Interface {
		return v.Elem()
	}
	return v
}

// ---------------------------------------------------------------- overflow

// overflowCheck panics unless v's kind is in class (see kindClass).
func (v Value) overflowCheck(op, class string) {
	if kindClass(v.Kind()) != class {
		panic(v.kindFault(op))
	}
}

func (v Value) OverflowInt(x int64) bool {
	v.overflowCheck("OverflowInt", "int")
	return v.typ.OverflowInt(x)
}

func (v Value) OverflowUint(x uint64) bool {
	v.overflowCheck("OverflowUint", "uint")
	return v.typ.OverflowUint(x)
}

func (v Value) OverflowFloat(x float64) bool {
	v.overflowCheck("OverflowFloat", "float")
	return v.typ.OverflowFloat(x)
}

func (v Value) OverflowComplex(x complex128) bool {
	v.overflowCheck("OverflowComplex", "complex")
	return v.typ.OverflowComplex(x)
}

func itoa(i int) string { return strconv.Itoa(i) }
