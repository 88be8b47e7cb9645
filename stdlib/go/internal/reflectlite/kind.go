// Package reflectlite is minigo's only reflection: a small set of native functions that
// look at the dynamic type and value held in an interface. The standard library uses it
// where Go's uses package reflect (fmt's printing of arbitrary values, errors.As,
// sort.Slice, context's String methods).
//
// Every function taking a value takes it as an interface value ("boxed"); every
// function returning a value boxes it with its static type (the type of the element,
// field or key it comes from). The functions are implemented by the VM; their exact
// semantics are specified in stdlib/NATIVES.md and in the comments of natives.go.
package reflectlite

// A Kind is the specific kind of type a value has. The numbering is reflect.Kind's.
//
// The constants carry a Kind prefix (unlike reflect's) because the value accessors
// Int, Uint, Bool, String and Pointer use the plain names.
type Kind uint

// The kinds, numbered as reflect.Kind.
const (
	KindInvalid Kind = iota
	KindBool
	KindInt
	KindInt8
	KindInt16
	KindInt32
	KindInt64
	KindUint
	KindUint8
	KindUint16
	KindUint32
	KindUint64
	KindUintptr
	KindFloat32
	KindFloat64
	KindComplex64
	KindComplex128
	KindArray
	KindChan
	KindFunc
	KindInterface
	KindMap
	KindPointer
	KindSlice
	KindString
	KindStruct
	KindUnsafePointer
)

var kindNames = [...]string{
	KindInvalid:       "invalid",
	KindBool:          "bool",
	KindInt:           "int",
	KindInt8:          "int8",
	KindInt16:         "int16",
	KindInt32:         "int32",
	KindInt64:         "int64",
	KindUint:          "uint",
	KindUint8:         "uint8",
	KindUint16:        "uint16",
	KindUint32:        "uint32",
	KindUint64:        "uint64",
	KindUintptr:       "uintptr",
	KindFloat32:       "float32",
	KindFloat64:       "float64",
	KindComplex64:     "complex64",
	KindComplex128:    "complex128",
	KindArray:         "array",
	KindChan:          "chan",
	KindFunc:          "func",
	KindInterface:     "interface",
	KindMap:           "map",
	KindPointer:       "ptr",
	KindSlice:         "slice",
	KindString:        "string",
	KindStruct:        "struct",
	KindUnsafePointer: "unsafe.Pointer",
}

// String returns the name of k as reflect.Kind.String does ("int", "ptr", "struct").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// IsInt reports whether k is a signed integer kind.
func (k Kind) IsInt() bool { return k >= KindInt && k <= KindInt64 }

// IsUint reports whether k is an unsigned integer kind (uintptr included).
func (k Kind) IsUint() bool { return k >= KindUint && k <= KindUintptr }

// IsFloat reports whether k is a floating-point kind.
func (k Kind) IsFloat() bool { return k == KindFloat32 || k == KindFloat64 }

// IsComplex reports whether k is a complex kind.
func (k Kind) IsComplex() bool { return k == KindComplex64 || k == KindComplex128 }

// Nillable reports whether values of kind k can be nil (IsNil accepts them).
func (k Kind) Nillable() bool {
	switch k {
	case KindChan, KindFunc, KindInterface, KindMap, KindPointer, KindSlice, KindUnsafePointer:
		return true
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
