package reflectlite

// The natives below are implemented by the VM (stdlib/NATIVES.md lists them all). They
// are leaves: none calls a method of a user value.
//
// Conventions:
//   - "v's type" is the dynamic type of the interface v. A nil interface has no type.
//   - A function returning `any` boxes the value with the static type of the element,
//     field, key or pointee it comes from. If that static type is an interface type, the
//     result is the interface's dynamic value (a nil interface stays nil).
//   - Applying a function to a value of a kind it does not list is a VM bug report in
//     minigo; callers check the kind first. Index i out of range panics as Go's index
//     expression does.

// KindOf returns the kind of v's type, or KindInvalid for a nil interface.
func KindOf(v any) Kind

// TypeString returns v's type as fmt's %T prints it: "int", "main.T", "*main.T",
// "[]int", "map[string]int", "struct { A int; b string }", "func(int) string",
// "chan<- int", "interface {}"; "<nil>" for a nil interface. Named types are qualified
// by package name (not path): "errors.errorString", "fs.PathError".
func TypeString(v any) string

// Len returns the length of a string, slice, array, map or channel value (the number of
// buffered elements for a channel; 0 for a nil slice, map or channel).
func Len(v any) int

// Index returns element i of a slice or array value, or byte i (as a uint8) of a
// string value.
func Index(v any, i int) any

// ElemTypeString returns the static element type (as TypeString writes types) of v's
// type, which is an array, slice, map (the value type), channel or pointer type.
// Works for nil values: only the type is used.
func ElemTypeString(v any) string

// ElemKind returns the kind of the element type of v's type, which is an array, slice,
// map (the value type), channel or pointer type. Works for nil values.
func ElemKind(v any) Kind

// ElemIsByte reports whether v is a slice or array whose element kind is KindUint8
// (named byte types included), i.e. ElemKind(v) == KindUint8 for those kinds. It is
// false for every other kind.
func ElemIsByte(v any) bool

// Bytes returns a copy of the bytes of v, a slice or array whose element kind is
// KindUint8. It returns nil for a nil slice.
func Bytes(v any) []byte

// NumField returns the number of fields of a struct value (embedded fields count as
// one field each, blank fields included).
func NumField(v any) int

// Field returns field i (in declaration order) of a struct value. Unexported fields
// are returned too.
func Field(v any, i int) any

// FieldName returns the name of field i of a struct value; for an embedded field the
// type's name without package qualifier or pointer star ("T" for embedded *pkg.T).
func FieldName(v any, i int) string

// FieldExported reports whether field i of a struct value is exported (its name starts
// with an upper-case letter).
func FieldExported(v any, i int) bool

// FieldTypeString returns the static type of field i of a struct value, as
// TypeString writes types ("error", "interface {}", "*main.T").
func FieldTypeString(v any, i int) string

// IsNil reports whether v, a channel, func, map, pointer, slice or unsafe.Pointer
// value, is nil. It returns true for a nil interface v.
func IsNil(v any) bool

// Elem returns the value a pointer points to. It returns nil for a nil pointer.
func Elem(v any) any

// MapKeys returns the keys of a map value in the order fmt prints them (Go's
// internal/fmtsort order): ints, uints, floats, strings and complex numbers ascending
// (NaN first for floats, real part then imaginary part for complex); false before
// true; pointers and channels by address; structs and arrays field by field / element
// by element; interface keys first by dynamic type (nil first; distinct types in a
// fixed but unspecified order), then by value. An empty or nil map gives an empty slice.
func MapKeys(v any) []any

// MapEntries returns the keys of a map value sorted as MapKeys does, and the values
// stored under them (values[i] is stored under keys[i]; this works for NaN keys too,
// which MapIndex cannot find).
func MapEntries(v any) (keys []any, values []any)

// MapIndex returns the value stored in map m under key (key's dynamic type is the
// map's key type or, for interface key types, the key itself). A missing key gives nil.
func MapIndex(m any, key any) any

// Int returns the value of a signed integer kind, sign-extended.
func Int(v any) int64

// Uint returns the value of an unsigned integer kind (uintptr included).
func Uint(v any) uint64

// Float returns the value of a float kind (a float32 converted exactly).
func Float(v any) float64

// Complex returns the value of a complex kind (a complex64 converted exactly).
func Complex(v any) complex128

// Bool returns the value of a bool kind.
func Bool(v any) bool

// String returns the value of a string kind (named string types included).
func String(v any) string

// Pointer returns the address held by a pointer, channel, map, func, slice (the
// address of its backing array) or unsafe.Pointer value; 0 if it is nil.
func Pointer(v any) uintptr

// Swap exchanges elements i and j of a slice value in place.
func Swap(v any, i, j int)

// ElemImplementsError reports whether the element type of v's type (a pointer type;
// v may be a nil pointer) implements the error interface.
func ElemImplementsError(v any) bool

// SetElem stores x into *p if p is a non-nil pointer and x (non-nil) has a dynamic
// type assignable to p's element type (identical to it, or implementing it when it is
// an interface type); it reports whether it stored.
func SetElem(p any, x any) bool

// ReflectValue reports whether v is a reflect.Value; if so, whether that Value is valid,
// whether it may be turned back into an interface (not obtained through an unexported
// field), and the value it holds (nil for an invalid Value or a method value).
func ReflectValue(v any) (inner any, isValue, valid, exported bool)
