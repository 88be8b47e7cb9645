// Package reflect implements run-time reflection over minigo's type descriptors.
package reflect

import (
	"math"
	"strconv"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	CanSeq() bool
	CanSeq2() bool
	common() *rtype
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether the key
// is present. Tags are conventionally space-separated key:"value" pairs.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		// The key: printable non-space ASCII other than colon and quote.
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		name := s[:i]
		s = s[i+1:]
		// The quoted value, up to the first unescaped quote.
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		quoted := s[:i+1]
		s = s[i+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return v, true
		}
	}
	return "", false
}

// toType wraps a descriptor as a Type (nil for nil).
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, or nil if i is a nil interface value.
func TypeOf(i any) Type {
	return toType(typeOf(i))
}

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) String() string { return rtString(t) }

func (t *rtype) Kind() Kind { return rtKind(t) }

func (t *rtype) Size() uintptr {
	switch t.Kind() {
	case Bool, Int8, Uint8:
		return 1
	case Int16, Uint16:
		return 2
	case Int32, Uint32, Float32:
		return 4
	case Complex64:
		return 8
	case Array:
		return uintptr(t.Len()) * t.Elem().Size()
	case Struct:
		n := t.NumField()
		if n == 0 {
			return 0
		}
		var size uintptr
		for i := 0; i < n; i++ {
			f := t.Field(i).Type
			a := uintptr(f.Align())
			size = (size + a - 1) / a * a
			size += f.Size()
		}
		a := uintptr(t.Align())
		return (size + a - 1) / a * a
	}
	return rtSize(t)
}

func (t *rtype) Align() int {
	switch t.Kind() {
	case Bool, Int8, Uint8:
		return 1
	case Int16, Uint16:
		return 2
	case Int32, Uint32, Float32, Complex64:
		return 4
	case Array:
		return t.Elem().Align()
	case Struct:
		a := 1
		for i := 0; i < t.NumField(); i++ {
			if fa := t.Field(i).Type.Align(); fa > a {
				a = fa
			}
		}
		return a
	}
	return 8
}

func (t *rtype) FieldAlign() int { return t.Align() }

func (t *rtype) Name() string {
	if !rtNamed(t) {
		return ""
	}
	s := t.String()
	// Strip the package qualifier (outside brackets of type arguments).
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ']':
			depth++
		case '[':
			depth--
		case '.':
			if depth == 0 {
				return s[i+1:]
			}
		}
	}
	return s
}

func (t *rtype) PkgPath() string {
	if !rtNamed(t) {
		return ""
	}
	return rtPkgPath(t)
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) mustBe(what string, kinds ...Kind) {
	k := t.Kind()
	for _, want := range kinds {
		if k == want {
			return
		}
	}
	panic("reflect: " + what + " of non-" + kinds[0].String() + " type " + t.String())
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	switch rtChanDir(t) {
	case 1:
		return SendDir
	case 2:
		return RecvDir
	}
	return BothDir
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return rtVariadic(t)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(rtElem(t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(rtKey(t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return rtLen(t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return rtNumField(t)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= rtNumField(t) {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, ft, tag, _, emb := rtField(t, i)
	// Offset as Go lays the struct out (minigo gives every field whole words).
	var off uintptr
	for j := 0; j <= i; j++ {
		_, _, fj, _, _, _ := rtField(t, j)
		a := uintptr(fj.Align())
		off = (off + a - 1) / a * a
		if j < i {
			off += fj.Size()
		}
	}
	if emb {
		// An embedded field is named after its type, without package or star.
		if j := lastDot(name); j >= 0 {
			name = name[j+1:]
		}
		if len(name) > 0 && name[0] == '*' {
			name = name[1:]
		}
	}
	return StructField{Name: name, PkgPath: pkg, Type: toType(ft), Tag: StructTag(tag), Offset: off, Index: []int{i}, Anonymous: emb}
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for depth, i := range index {
		if depth > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(i)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc searches breadth first through embedded structs: the shallowest
// match wins; two matches at the same depth cancel each other.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type entry struct {
		typ   *rtype
		index []int
	}
	current := []entry{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []entry
		var found StructField
		count := 0
		seen := map[*rtype]int{}
		for _, e := range current {
			seen[e.typ]++
		}
		for _, e := range current {
			if visited[e.typ] {
				continue
			}
			visited[e.typ] = true
			n := rtNumField(e.typ)
			for i := 0; i < n; i++ {
				f := e.typ.Field(i)
				idx := append(append([]int(nil), e.index...), i)
				if match(f.Name) {
					count += seen[e.typ]
					if count == 1 {
						found = f
						found.Index = idx
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.common()
					if ft.Kind() == Pointer {
						ft = rtElem(ft)
					}
					if ft.Kind() == Struct {
						next = append(next, entry{ft, idx})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

func (t *rtype) NumIn() int {
	t.mustBe("NumIn", Func)
	return rtNumIn(t)
}

func (t *rtype) In(i int) Type {
	t.mustBe("In", Func)
	return toType(rtIn(t, i))
}

func (t *rtype) NumOut() int {
	t.mustBe("NumOut", Func)
	return rtNumOut(t)
}

func (t *rtype) Out(i int) Type {
	t.mustBe("Out", Func)
	return toType(rtOut(t, i))
}

func (t *rtype) NumMethod() int { return rtNumMethod(t) }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= rtNumMethod(t) {
		panic("reflect: Method index out of range")
	}
	name, sig, fn := rtMethod(t, i)
	m := Method{Name: name, Index: i}
	if t.Kind() == Interface {
		m.Type = toType(sig)
		return m
	}
	// Method.Type and Method.Func take the receiver as first argument.
	n := rtNumIn(sig)
	in := make([]*rtype, 0, n+1)
	in = append(in, t)
	for j := 0; j < n; j++ {
		in = append(in, rtIn(sig, j))
	}
	out := make([]*rtype, rtNumOut(sig))
	for j := range out {
		out[j] = rtOut(sig, j)
	}
	ft := rtFuncOf(in, out, rtVariadic(sig))
	m.Type = ft
	m.Func = Value{typ: ft, flag: flag(Func) | flagMethodExpr, fn: fn}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := rtNumMethod(t)
	for i := 0; i < n; i++ {
		if mn, _, _ := rtMethod(t, i); mn == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return rtImplements(t, u.common())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	if uu == nil {
		return false
	}
	return directlyAssignable(uu, t) || (uu.Kind() == Interface && rtImplements(t, uu))
}

// directlyAssignable: identical types, or identical underlying types where at least one
// is unnamed (channel directions aside).
func directlyAssignable(dst, src *rtype) bool {
	if dst == src {
		return true
	}
	if rtNamed(dst) && rtNamed(src) || dst.Kind() != src.Kind() {
		return false
	}
	if dst.Kind() == Chan && rtChanDir(src) == 0 && rtElem(dst) == rtElem(src) {
		return true
	}
	if isBasic(dst.Kind()) {
		return false
	}
	return rtIdenticalUnder(dst, src)
}

func isBasic(k Kind) bool { return k >= Bool && k <= Complex128 || k == String || k == UnsafePointer }

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != nil
}

func (t *rtype) Comparable() bool { return rtComparable(t) }

func (t *rtype) OverflowComplex(x complex128) bool {
	switch t.Kind() {
	case Complex64:
		return float32Overflows(real(x)) || float32Overflows(imag(x))
	case Complex128:
		return false
	}
	panic("reflect: OverflowComplex of non-complex type " + t.String())
}

func (t *rtype) OverflowFloat(x float64) bool {
	switch t.Kind() {
	case Float32:
		return float32Overflows(x)
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

func (t *rtype) OverflowInt(x int64) bool {
	switch t.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := t.Size() * 8
		if bits == 64 {
			return false
		}
		limit := int64(1) << (bits - 1)
		return x < -limit || x >= limit
	}
	panic("reflect: OverflowInt of non-int type " + t.String())
}

func (t *rtype) OverflowUint(x uint64) bool {
	switch t.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := t.Size() * 8
		return bits < 64 && x >= uint64(1)<<bits
	}
	panic("reflect: OverflowUint of non-uint type " + t.String())
}

// float32Overflows: x is finite but beyond float32's range (infinities do not overflow).
func float32Overflows(x float64) bool {
	if x < 0 {
		x = -x
	}
	return x > math.MaxFloat32 && x <= math.MaxFloat64
}

// CanSeq reports whether a Value of this type can be iterated over with Seq.
func (t *rtype) CanSeq() bool {
	switch t.Kind() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return false
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// CanSeq2 reports whether a Value of this type can be iterated over with Seq2.
func (t *rtype) CanSeq2() bool {
	switch t.Kind() {
	case Array, Slice, String, Map:
		return true
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return rtDerived(Pointer, t.common(), nil, 0, 0) }

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return rtDerived(Slice, t.common(), nil, 0, 0) }

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return rtDerived(Map, elem.common(), key.common(), 0, 0)
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	d := 0
	switch dir {
	case SendDir:
		d = 1
	case RecvDir:
		d = 2
	case BothDir:
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	return rtDerived(Chan, t.common(), nil, 0, d)
}

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]*rtype, len(in))
	for i, t := range in {
		ins[i] = t.common()
	}
	outs := make([]*rtype, len(out))
	for i, t := range out {
		outs[i] = t.common()
	}
	return rtFuncOf(ins, outs, variadic)
}

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return rtDerived(Array, elem.common(), nil, length, 0)
}

// VisibleFields returns all the visible fields in t, which must be a struct type: its
// own fields and those promoted from embedded structs (a field hidden by a shallower one
// of the same name, or ambiguous with one at the same depth, is left out), each embedded
// field followed by its promoted fields.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	var all []StructField
	var walk func(t Type, index []int, visiting map[Type]bool)
	walk = func(t Type, index []int, visiting map[Type]bool) {
		if visiting[t] {
			return
		}
		visiting[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			f.Index = append(append([]int(nil), index...), i)
			all = append(all, f)
			if f.Anonymous {
				ft := f.Type
				if ft.Kind() == Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == Struct {
					walk(ft, f.Index, visiting)
				}
			}
		}
		delete(visiting, t)
	}
	walk(t, nil, map[Type]bool{})
	var out []StructField
	for i, f := range all {
		visible := true
		for j, g := range all {
			if i != j && g.Name == f.Name && (len(g.Index) < len(f.Index) || len(g.Index) == len(f.Index)) {
				visible = false
				break
			}
		}
		if visible {
			out = append(out, f)
		}
	}
	return out
}
