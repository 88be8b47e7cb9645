// Package reflect implements run-time reflection over minigo's type descriptors.
package reflect

import (
	"math"
	"strconv"
)

// Kind classifies a type: one of the basic types or a composite form.
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

// String names the kind as Go prints it ("ptr", "unsafe.Pointer", kindN beyond the list).
func (k Kind) String() string {
	if k >= Kind(len(kindNames)) {
		return "kind" + strconv.FormatUint(uint64(k), 10)
	}
	return kindNames[k]
}

// ChanDir says which ways a channel type lets values travel.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

var chanDirNames = [...]string{RecvDir: "<-chan", SendDir: "chan<-", BothDir: "chan"}

func (d ChanDir) String() string {
	if d >= RecvDir && d <= BothDir {
		return chanDirNames[d]
	}
	return "ChanDir" + strconv.FormatInt(int64(d), 10)
}

// Type describes one Go type; *rtype (a VM type descriptor) is its only implementation.
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

// StructField is what Type.Field reports about one field.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported: the field's name starts with an upper-case letter.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// Method is what Type.Method reports: for a concrete type, Type and Func take the
// receiver as their first argument; for an interface type, Func is the zero Value.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported: the method's name starts with an upper-case letter.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// StructTag is a field's tag, conventionally space-separated key:"value" pairs.
type StructTag string

// Get is Lookup without the presence flag.
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
		widest := 1
		for i, n := 0, rtNumField(t); i < n; i++ {
			widest = max(widest, t.Field(i).Type.Align())
		}
		return widest
	}
	return 8
}

func (t *rtype) FieldAlign() int { return t.Align() }

func (t *rtype) Name() string {
	if !rtNamed(t) {
		return ""
	}
	// Drop the package qualifier: the last dot outside type-argument brackets.
	s := t.String()
	cut, depth := 0, 0
	for i, c := range s {
		switch {
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '.' && depth == 0:
			cut = i + 1
		}
	}
	return s[cut:]
}

func (t *rtype) PkgPath() string {
	if !rtNamed(t) {
		return ""
	}
	return rtPkgPath(t)
}

func (t *rtype) Bits() int {
	switch kindClass(t.Kind()) {
	case "int", "uint", "float", "complex":
		return int(t.Size()) * 8
	}
	panic(typeFault("Bits of non-arithmetic Type", t))
}

// kindClass names the group a kind belongs to as reflect's error texts do ("int" for
// every signed integer kind, and so on); other kinds are named by Kind.String.
func kindClass(k Kind) string {
	switch {
	case isInt(k):
		return "int"
	case isUint(k):
		return "uint"
	case isFloat(k):
		return "float"
	case k == Complex64 || k == Complex128:
		return "complex"
	}
	return k.String()
}

// typeFault is the panic text "reflect: <what> <type>".
func typeFault(what string, t *rtype) string { return "reflect: " + what + " " + t.String() }

// mustBe panics unless t's kind is in class (see kindClass): op is the method name.
func (t *rtype) mustBe(op string, class any) {
	name := ""
	switch c := class.(type) {
	case Kind:
		name = kindClass(c)
	case string:
		name = c
	}
	if kindClass(t.Kind()) != name {
		panic(typeFault(op+" of non-"+name+" type", t))
	}
}

func (t *rtype) ChanDir() ChanDir {
	t.mustBe("ChanDir", Chan)
	switch rtChanDir(t) {
	case 1:
		return SendDir
	case 2:
		return RecvDir
	}
	return BothDir
}

func (t *rtype) IsVariadic() bool {
	t.mustBe("IsVariadic", Func)
	return rtVariadic(t)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(rtElem(t))
	}
	panic(typeFault("Elem of invalid type", t))
}

func (t *rtype) Key() Type {
	t.mustBe("Key", Map)
	return toType(rtKey(t))
}

func (t *rtype) Len() int {
	t.mustBe("Len", Array)
	return rtLen(t)
}

func (t *rtype) NumField() int {
	t.mustBe("NumField", Struct)
	return rtNumField(t)
}

func (t *rtype) Field(i int) StructField {
	t.mustBe("Field", Struct)
	if uint(i) >= uint(rtNumField(t)) {
		panic(reflectFault("Field index out of bounds"))
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
	at := -1
	for i := range s {
		if s[i] == '.' {
			at = i
		}
	}
	return at
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
	t.mustBe("FieldByName", Struct)
	same := func(candidate string) bool { return candidate == name }
	return t.FieldByNameFunc(same)
}

// FieldByNameFunc searches breadth first through embedded structs: the shallowest
// match wins; two matches at the same depth cancel each other.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	t.mustBe("FieldByNameFunc", Struct)
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
	if uint(i) >= uint(rtNumMethod(t)) {
		panic(reflectFault("Method index out of range"))
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
	switch {
	case u == nil:
		panic(argFault("nil", "Implements"))
	case u.Kind() != Interface:
		panic(argFault("non-interface", "Implements"))
	}
	return rtImplements(t, u.common())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic(argFault("nil", "AssignableTo"))
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
		panic(argFault("nil", "ConvertibleTo"))
	}
	return convertOp(u.common(), t) != nil
}

func (t *rtype) Comparable() bool { return rtComparable(t) }

func (t *rtype) OverflowComplex(x complex128) bool {
	t.mustBe("OverflowComplex", "complex")
	return t.Kind() == Complex64 && (float32Overflows(real(x)) || float32Overflows(imag(x)))
}

func (t *rtype) OverflowFloat(x float64) bool {
	t.mustBe("OverflowFloat", "float")
	return t.Kind() == Float32 && float32Overflows(x)
}

func (t *rtype) OverflowInt(x int64) bool {
	t.mustBe("OverflowInt", "int")
	// Sign-extending the low bits must give x back.
	drop := 64 - t.Size()*8
	return x<<drop>>drop != x
}

func (t *rtype) OverflowUint(x uint64) bool {
	t.mustBe("OverflowUint", "uint")
	drop := 64 - t.Size()*8
	return x<<drop>>drop != x
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
	switch k := t.Kind(); {
	case kindClass(k) == "int" || kindClass(k) == "uint":
		return true
	case k == Chan:
		return true
	}
	return t.CanSeq2()
}

// CanSeq2 reports whether a Value of this type can be iterated over with Seq2.
func (t *rtype) CanSeq2() bool {
	k := t.Kind()
	if k == Pointer {
		return rtKind(rtElem(t)) == Array
	}
	return k == Map || k == String || k == Slice || k == Array
}

// PointerTo is the type *t.
func PointerTo(t Type) Type { return rtDerived(Pointer, t.common(), nil, 0, 0) }

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// SliceOf is the type []t.
func SliceOf(t Type) Type { return rtDerived(Slice, t.common(), nil, 0, 0) }

// MapOf is the type map[key]elem; key must be comparable.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return rtDerived(Map, elem.common(), key.common(), 0, 0)
}

// ChanOf is the channel type of element t in direction dir.
func ChanOf(dir ChanDir, t Type) Type {
	// The descriptor codes directions as 0 (both), 1 (send only), 2 (receive only).
	code := map[ChanDir]int{BothDir: 0, SendDir: 1, RecvDir: 2}
	d, ok := code[dir]
	if !ok {
		panic(opFault("ChanOf", "invalid dir"))
	}
	return rtDerived(Chan, t.common(), nil, 0, d)
}

// FuncOf is the func type with parameters in and results out; a variadic one takes its
// last parameter as a slice type.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic {
		if n := len(in); n == 0 || in[n-1].Kind() != Slice {
			panic(opFault("FuncOf", "last arg of variadic func must be slice"))
		}
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

// ArrayOf is the type [length]elem.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic(reflectFault("negative length passed to ArrayOf"))
	}
	return rtDerived(Array, elem.common(), nil, length, 0)
}

// VisibleFields returns all the visible fields in t, which must be a struct type: its
// own fields and those promoted from embedded structs (a field hidden by a shallower one
// of the same name, or ambiguous with one at the same depth, is left out), each embedded
// field followed by its promoted fields.
func VisibleFields(t Type) []StructField {
	switch {
	case t == nil:
		panic(reflectFault("VisibleFields(nil)"))
	case t.Kind() != Struct:
		panic(nonKind("VisibleFields", Struct))
	}
	var all []StructField
	var walk func(t Type, index []int, visiting map[Type]bool)
	walk = func(t Type, index []int, visiting map[Type]bool) {
		if visiting[t] {
			return
		}
		visiting[t] = true
		for i := range t.NumField() {
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

// reflectFault is a panic text of this package: "reflect: " and the rest.
func reflectFault(rest string) string { return "reflect: " + rest }

// argFault is the panic text for a bad Type argument to a Type method.
func argFault(what, method string) string {
	return reflectFault(what + " type passed to Type." + method)
}

// opFault is the panic text "reflect.<op>: <problem>".
func opFault(op, problem string) string { return "reflect." + op + ": " + problem }

// nonKind is the panic text of a package function given a type of the wrong kind.
func nonKind(fn string, want Kind) string { return "reflect." + fn + " of non-" + want.String() + " type" }
