package fmt

import "internal/reflectlite"

// Short names for the reflection the printer (and the scanner) need.
const (
	kindString  = reflectlite.KindString
	kindPointer = reflectlite.KindPointer
)

var (
	kindOf     = reflectlite.KindOf
	typeString = reflectlite.TypeString
	refInt     = reflectlite.Int
	refUint    = reflectlite.Uint
	refIsNil   = reflectlite.IsNil
)

func isSignedKind(k reflectlite.Kind) bool {
	return reflectlite.KindInt <= k && k <= reflectlite.KindInt64
}

func isUnsignedKind(k reflectlite.Kind) bool {
	return reflectlite.KindUint <= k && k <= reflectlite.KindUintptr
}

// printValue prints v (a value reached through reflection) by its kind. depth is 0 for
// an operand and grows inside composites; methods are only called on values fmt may
// use as interfaces (not those reached through unexported fields).
func (p *printer) printValue(v any, verb rune, depth int, methods bool) {
	if depth > 0 && v != nil && methods {
		p.arg = v
		if p.callMethods(verb) {
			return
		}
	}
	p.arg = v
	k := reflectlite.KindOf(v)
	switch {
	case k == reflectlite.KindInvalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case k == reflectlite.KindBool:
		p.fmtBool(reflectlite.Bool(v), verb)
	case isSignedKind(k):
		p.fmtInt(uint64(reflectlite.Int(v)), true, verb)
	case isUnsignedKind(k):
		p.fmtInt(reflectlite.Uint(v), false, verb)
	case k == reflectlite.KindFloat32:
		p.fmtFloatVerb(reflectlite.Float(v), 32, verb)
	case k == reflectlite.KindFloat64:
		p.fmtFloatVerb(reflectlite.Float(v), 64, verb)
	case k == reflectlite.KindComplex64:
		p.fmtComplexVerb(reflectlite.Complex(v), 64, verb)
	case k == reflectlite.KindComplex128:
		p.fmtComplexVerb(reflectlite.Complex(v), 128, verb)
	case k == reflectlite.KindString:
		p.fmtString(reflectlite.String(v), verb)
	case k == reflectlite.KindMap:
		p.printMap(v, verb, depth, methods)
	case k == reflectlite.KindStruct:
		p.printStruct(v, verb, depth, methods)
	case k == reflectlite.KindArray || k == reflectlite.KindSlice:
		p.printList(v, k, verb, depth, methods)
	case k == reflectlite.KindPointer:
		// At the top, a pointer to a composite prints as & and the composite.
		if depth == 0 && !reflectlite.IsNil(v) {
			switch reflectlite.ElemKind(v) {
			case reflectlite.KindArray, reflectlite.KindSlice, reflectlite.KindStruct, reflectlite.KindMap:
				p.buf = append(p.buf, '&')
				p.printValue(reflectlite.Elem(v), verb, depth+1, methods)
				return
			}
		}
		p.fmtPointer(v, verb)
	default: // chan, func, unsafe.Pointer
		p.fmtPointer(v, verb)
	}
}

// printNilIface prints an element or field of interface type holding nil.
func (p *printer) printNilIface(staticType string) {
	if p.sharpV {
		p.buf = append(p.buf, staticType...)
		p.buf = append(p.buf, "(nil)"...)
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
}

// printItem prints one element of a composite; nil means an interface holding nil.
func (p *printer) printItem(x any, staticType func() string, verb rune, depth int, methods bool) {
	if x == nil {
		p.printNilIface(staticType())
		return
	}
	p.printValue(x, verb, depth+1, methods)
}

func (p *printer) separator() {
	if p.sharpV {
		p.buf = append(p.buf, ", "...)
	} else {
		p.buf = append(p.buf, ' ')
	}
}

func (p *printer) printMap(m any, verb rune, depth int, methods bool) {
	if p.sharpV {
		p.buf = append(p.buf, typeString(m)...)
		if reflectlite.IsNil(m) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	keys, vals := reflectlite.MapEntries(m)
	keyType := func() string { return mapKeyType(typeString(m)) }
	valType := func() string { return reflectlite.ElemTypeString(m) }
	for i := range keys {
		if i > 0 {
			p.separator()
		}
		p.printItem(keys[i], keyType, verb, depth, methods)
		p.buf = append(p.buf, ':')
		p.printItem(vals[i], valType, verb, depth, methods)
	}
	if p.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// mapKeyType is K of a type string "map[K]V".
func mapKeyType(t string) string {
	depth := 0
	for i := len("map"); i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return t[len("map["):i]
			}
		}
	}
	return t
}

func (p *printer) printStruct(s any, verb rune, depth int, methods bool) {
	if p.sharpV {
		p.buf = append(p.buf, typeString(s)...)
	}
	p.buf = append(p.buf, '{')
	n := reflectlite.NumField(s)
	for i := 0; i < n; i++ {
		if i > 0 {
			p.separator()
		}
		if p.plusV || p.sharpV {
			p.buf = append(p.buf, reflectlite.FieldName(s, i)...)
			p.buf = append(p.buf, ':')
		}
		field := i
		fieldType := func() string { return reflectlite.FieldTypeString(s, field) }
		p.printItem(reflectlite.Field(s, i), fieldType, verb, depth, methods && reflectlite.FieldExported(s, i))
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) printList(v any, k reflectlite.Kind, verb rune, depth int, methods bool) {
	switch verb {
	case 's', 'q', 'x', 'X':
		if reflectlite.ElemIsByte(v) {
			p.fmtBytes(reflectlite.Bytes(v), verb, typeString(v))
			return
		}
	}
	if p.sharpV {
		p.buf = append(p.buf, typeString(v)...)
		if k == reflectlite.KindSlice && reflectlite.IsNil(v) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, '[')
	}
	elemType := func() string { return reflectlite.ElemTypeString(v) }
	n := reflectlite.Len(v)
	for i := 0; i < n; i++ {
		if i > 0 {
			p.separator()
		}
		p.printItem(reflectlite.Index(v, i), elemType, verb, depth, methods)
	}
	if p.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// fmtPointer prints the address held by a pointer-like value.
func (p *printer) fmtPointer(v any, verb rune) {
	var addr uint64
	switch reflectlite.KindOf(v) {
	case reflectlite.KindChan, reflectlite.KindFunc, reflectlite.KindMap, reflectlite.KindPointer,
		reflectlite.KindSlice, reflectlite.KindUnsafePointer:
		addr = uint64(reflectlite.Pointer(v))
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, typeString(v)...)
			p.buf = append(p.buf, ")("...)
			if addr == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmtHex0x(addr, true)
			}
			p.buf = append(p.buf, ')')
		} else if addr == 0 {
			p.padString("<nil>")
		} else {
			p.fmtHex0x(addr, !p.sharp)
		}
	case 'p':
		p.fmtHex0x(addr, !p.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInt(addr, false, verb)
	default:
		p.badVerb(verb)
	}
}

// printReflectOperand handles an operand that is a reflect.Value: fmt shows the value it
// holds rather than the Value struct (only for operands; a Value nested in a composite
// prints through its String method). It reports whether arg was a reflect.Value.
func (p *printer) printReflectOperand(arg any, verb rune) bool {
	inner, isValue, valid, exported := reflectlite.ReflectValue(arg)
	if !isValue {
		return false
	}
	switch {
	case !valid:
		p.buf = append(p.buf, "<invalid reflect.Value>"...)
	case inner == nil:
		p.padString("<nil>")
	default:
		p.arg = inner
		if !exported || !p.callMethods(verb) {
			p.printValue(inner, verb, 0, exported)
		}
	}
	return true
}
