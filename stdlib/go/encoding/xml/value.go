package xml

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// The interfaces through which values take over their own encoding, in the order of
// the bits of a methodSet.
const (
	useMarshaler = iota
	useMarshalerAttr
	useTextMarshaler
	useUnmarshaler
	useUnmarshalerAttr
	useTextUnmarshaler
)

var hookTypes = [...]reflect.Type{
	useMarshaler:       reflect.TypeOf((*Marshaler)(nil)).Elem(),
	useMarshalerAttr:   reflect.TypeOf((*MarshalerAttr)(nil)).Elem(),
	useTextMarshaler:   reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem(),
	useUnmarshaler:     reflect.TypeOf((*Unmarshaler)(nil)).Elem(),
	useUnmarshalerAttr: reflect.TypeOf((*UnmarshalerAttr)(nil)).Elem(),
	useTextUnmarshaler: reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem(),
}

// A methodSet records, for one type T, which hooks T has (bit 2i) and which *T has
// (bit 2i+1). Computed once per type: Implements is slow.
type methodSet uint32

var methodSets struct {
	sync.Mutex
	byType map[reflect.Type]methodSet
}

func methodsOf(t reflect.Type) methodSet {
	methodSets.Lock()
	defer methodSets.Unlock()
	if ms, ok := methodSets.byType[t]; ok {
		return ms
	}
	var ms methodSet
	pt := reflect.PointerTo(t)
	for i, it := range hookTypes {
		if t.Implements(it) {
			ms |= 1 << (2 * i)
		}
		if pt.Implements(it) {
			ms |= 1 << (2*i + 1)
		}
	}
	if methodSets.byType == nil {
		methodSets.byType = map[reflect.Type]methodSet{}
	}
	methodSets.byType[t] = ms
	return ms
}

// methodOf returns v (or &v, when v is addressable) as an implementation of the hook
// interface number which, if either is one.
func methodOf(v reflect.Value, which int) (any, bool) {
	ms := methodsOf(v.Type())
	if ms&(1<<(2*which)) != 0 && v.CanInterface() {
		if refKind(v) && v.IsNil() {
			return nil, false
		}
		return v.Interface(), true
	}
	if ms&(1<<(2*which+1)) != 0 && v.CanAddr() {
		if pv := v.Addr(); pv.CanInterface() {
			return pv.Interface(), true
		}
	}
	return nil, false
}

// methodOwner writes a method's receiver type as Go does in a method expression:
// T, or (*T) for a pointer.
func methodOwner(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return "(*" + t.Elem().String() + ")"
	}
	return t.String()
}

// valueClass groups the kinds that XML text maps onto in the same way.
type valueClass int

const (
	otherClass valueClass = iota
	signedClass
	unsignedClass
	floatClass
	boolClass
	stringClass
	bytesClass // []byte or [N]byte
)

func classOf(t reflect.Type) valueClass {
	k := t.Kind()
	switch {
	case k >= reflect.Int && k <= reflect.Int64:
		return signedClass
	case k >= reflect.Uint && k <= reflect.Uintptr:
		return unsignedClass
	case k == reflect.Float32 || k == reflect.Float64:
		return floatClass
	case k == reflect.Bool:
		return boolClass
	case k == reflect.String:
		return stringClass
	case (k == reflect.Slice || k == reflect.Array) && t.Elem().Kind() == reflect.Uint8:
		return bytesClass
	}
	return otherClass
}

// refKind: pointers and interfaces, the values that refer to another (or to nothing).
func refKind(v reflect.Value) bool {
	k := v.Kind()
	return k == reflect.Pointer || k == reflect.Interface
}

// listValue: a slice or array of anything but bytes (one element per item).
func listValue(v reflect.Value) bool {
	k := v.Kind()
	return (k == reflect.Slice || k == reflect.Array) && classOf(v.Type()) != bytesClass
}

// through follows pointers and interfaces to the value they end at; ok is false
// when one of them is nil.
func through(v reflect.Value) (reflect.Value, bool) {
	for refKind(v) {
		if v.IsNil() {
			return v, false
		}
		v = v.Elem()
	}
	return v, true
}

// fill makes a nil pointer point at a new zero value.
func fill(p reflect.Value) {
	if p.IsNil() {
		fresh := reflect.New(p.Type().Elem())
		p.Set(fresh)
	}
}

// omittable: the values omitempty leaves out.
func omittable(v reflect.Value) bool {
	switch classOf(v.Type()) {
	case signedClass:
		return v.Int() == 0
	case unsignedClass:
		return v.Uint() == 0
	case floatClass:
		return v.Float() == 0
	case boolClass:
		return v.Bool() == false
	}
	if refKind(v) {
		return v.IsNil()
	}
	switch v.Kind() {
	case reflect.Map, reflect.Slice, reflect.Array, reflect.String:
		return v.Len() == 0
	}
	return false
}

// scalarText is the text of a number, boolean, string or byte sequence.
func scalarText(v reflect.Value) ([]byte, error) {
	switch classOf(v.Type()) {
	case signedClass:
		return strconv.AppendInt(nil, v.Int(), 10), nil
	case unsignedClass:
		return strconv.AppendUint(nil, v.Uint(), 10), nil
	case floatClass:
		return strconv.AppendFloat(nil, v.Float(), 'g', -1, v.Type().Bits()), nil
	case boolClass:
		return strconv.AppendBool(nil, v.Bool()), nil
	case stringClass:
		return []byte(v.String()), nil
	case bytesClass:
		out := make([]byte, v.Len())
		reflect.Copy(reflect.ValueOf(out), v)
		return out, nil
	}
	return nil, &UnsupportedTypeError{v.Type()}
}

// setScalar stores text in a number, boolean, string or []byte. Numbers and booleans
// ignore surrounding white space; an empty text (but not one of only white space) is
// their zero value.
func setScalar(v reflect.Value, text []byte) error {
	class := classOf(v.Type())
	trimmed := strings.TrimSpace(string(text))
	if len(text) == 0 && class != stringClass && class != bytesClass {
		v.SetZero()
		return nil
	}
	var err error
	switch class {
	case signedClass:
		var n int64
		if n, err = strconv.ParseInt(trimmed, 10, v.Type().Bits()); err == nil {
			v.SetInt(n)
		}
	case unsignedClass:
		var n uint64
		if n, err = strconv.ParseUint(trimmed, 10, v.Type().Bits()); err == nil {
			v.SetUint(n)
		}
	case floatClass:
		var f float64
		if f, err = strconv.ParseFloat(trimmed, v.Type().Bits()); err == nil {
			v.SetFloat(f)
		}
	case boolClass:
		var b bool
		if b, err = strconv.ParseBool(trimmed); err == nil {
			v.SetBool(b)
		}
	case stringClass:
		v.SetString(string(text))
	case bytesClass:
		switch v.Kind() {
		case reflect.Slice: // arrays are left alone
			v.SetBytes(append([]byte{}, text...))
		}
	}
	return err
}
