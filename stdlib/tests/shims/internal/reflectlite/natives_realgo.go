// Test shim: the reflectlite natives implemented with real Go's reflect, so the
// packages built on reflectlite can run (and be compared) under real Go. The minigo
// build never sees this file.
package reflectlite

import (
	"reflect"
	"sort"
	"unsafe"
)

// addressable returns an addressable copy of v, so that fields obtained from it can be
// read through unsafe.
func addressable(v any) reflect.Value {
	rv := reflect.ValueOf(v)
	c := reflect.New(rv.Type()).Elem()
	c.Set(rv)
	return c
}

// box returns x as an interface, even if it was reached through unexported fields.
func box(x reflect.Value) any {
	if x.Kind() == reflect.Interface {
		if x.IsNil() {
			return nil
		}
		x = x.Elem()
	}
	if x.CanInterface() {
		return x.Interface()
	}
	if x.CanAddr() {
		return reflect.NewAt(x.Type(), unsafe.Pointer(x.UnsafeAddr())).Elem().Interface()
	}
	c := reflect.New(x.Type()).Elem()
	reflect.NewAt(x.Type(), unsafe.Pointer(c.UnsafeAddr())).Elem().Set(x)
	return c.Interface()
}

func KindOf(v any) Kind {
	if v == nil {
		return KindInvalid
	}
	return Kind(reflect.TypeOf(v).Kind())
}

func TypeString(v any) string {
	if v == nil {
		return "<nil>"
	}
	return reflect.TypeOf(v).String()
}

func Len(v any) int { return reflect.ValueOf(v).Len() }

func Index(v any, i int) any { return box(addressable(v).Index(i)) }

func ElemTypeString(v any) string { return reflect.TypeOf(v).Elem().String() }

func ElemKind(v any) Kind { return Kind(reflect.TypeOf(v).Elem().Kind()) }

func ElemIsByte(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
		return false
	}
	return t.Elem().Kind() == reflect.Uint8
}

func Bytes(v any) []byte {
	rv := addressable(v)
	if rv.Kind() == reflect.Slice && rv.IsNil() {
		return nil
	}
	b := make([]byte, rv.Len())
	for i := range b {
		b[i] = byte(rv.Index(i).Uint())
	}
	return b
}

func NumField(v any) int { return reflect.TypeOf(v).NumField() }

func Field(v any, i int) any { return box(addressable(v).Field(i)) }

func FieldName(v any, i int) string { return reflect.TypeOf(v).Field(i).Name }

func FieldExported(v any, i int) bool { return reflect.TypeOf(v).Field(i).IsExported() }

func FieldTypeString(v any, i int) string { return reflect.TypeOf(v).Field(i).Type.String() }

func IsNil(v any) bool {
	if v == nil {
		return true
	}
	return reflect.ValueOf(v).IsNil()
}

func Elem(v any) any {
	rv := reflect.ValueOf(v)
	if rv.IsNil() {
		return nil
	}
	return box(rv.Elem())
}

func MapKeys(v any) []any {
	rv := reflect.ValueOf(v)
	keys := rv.MapKeys()
	sort.SliceStable(keys, func(i, j int) bool { return compare(keys[i], keys[j]) < 0 })
	out := make([]any, len(keys))
	for i, k := range keys {
		out[i] = box(k)
	}
	return out
}

func MapEntries(v any) ([]any, []any) {
	rv := reflect.ValueOf(v)
	type kv struct{ k, v reflect.Value }
	var kvs []kv
	for it := rv.MapRange(); it.Next(); {
		kvs = append(kvs, kv{it.Key(), it.Value()})
	}
	sort.SliceStable(kvs, func(i, j int) bool { return compare(kvs[i].k, kvs[j].k) < 0 })
	keys := make([]any, len(kvs))
	vals := make([]any, len(kvs))
	for i, e := range kvs {
		keys[i] = box(e.k)
		vals[i] = box(e.v)
	}
	return keys, vals
}

// compare orders map keys as Go's internal/fmtsort does.
func compare(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp3(a.Int() < b.Int(), a.Int() > b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp3(a.Uint() < b.Uint(), a.Uint() > b.Uint())
	case reflect.String:
		return cmp3(a.String() < b.String(), a.String() > b.String())
	case reflect.Float32, reflect.Float64:
		return floatCompare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		if c := floatCompare(real(a.Complex()), real(b.Complex())); c != 0 {
			return c
		}
		return floatCompare(imag(a.Complex()), imag(b.Complex()))
	case reflect.Bool:
		return cmp3(!a.Bool() && b.Bool(), a.Bool() && !b.Bool())
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmp3(a.Pointer() < b.Pointer(), a.Pointer() > b.Pointer())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return cmp3(a.IsNil() && !b.IsNil(), !a.IsNil() && b.IsNil())
		}
		ta, tb := a.Elem().Type(), b.Elem().Type()
		if ta != tb {
			pa := reflect.ValueOf(ta).Pointer()
			pb := reflect.ValueOf(tb).Pointer()
			return cmp3(pa < pb, pa > pb)
		}
		return compare(a.Elem(), b.Elem())
	}
	panic("bad map key type " + a.Type().String())
}

func cmp3(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

func floatCompare(a, b float64) int {
	switch {
	case a != a && b != b:
		return 0
	case a != a:
		return -1
	case b != b:
		return 1
	}
	return cmp3(a < b, a > b)
}

func MapIndex(m any, key any) any {
	rv := reflect.ValueOf(m)
	var k reflect.Value
	if key == nil {
		k = reflect.Zero(rv.Type().Key())
	} else {
		k = reflect.ValueOf(key)
		if rv.Type().Key().Kind() == reflect.Interface {
			c := reflect.New(rv.Type().Key()).Elem()
			c.Set(k)
			k = c
		}
	}
	x := rv.MapIndex(k)
	if !x.IsValid() {
		return nil
	}
	return box(x)
}

func Int(v any) int64          { return reflect.ValueOf(v).Int() }
func Uint(v any) uint64        { return reflect.ValueOf(v).Uint() }
func Float(v any) float64      { return reflect.ValueOf(v).Float() }
func Complex(v any) complex128 { return reflect.ValueOf(v).Complex() }
func Bool(v any) bool          { return reflect.ValueOf(v).Bool() }
func String(v any) string      { return reflect.ValueOf(v).String() }
func Pointer(v any) uintptr    { return reflect.ValueOf(v).Pointer() }

func Swap(v any, i, j int) { reflect.Swapper(v)(i, j) }

func ElemImplementsError(v any) bool {
	return reflect.TypeOf(v).Elem().Implements(reflect.TypeOf((*error)(nil)).Elem())
}

func SetElem(p any, x any) bool {
	rp := reflect.ValueOf(p)
	if p == nil || x == nil || rp.Kind() != reflect.Pointer || rp.IsNil() {
		return false
	}
	xv := reflect.ValueOf(x)
	if !xv.Type().AssignableTo(rp.Type().Elem()) {
		return false
	}
	rp.Elem().Set(xv)
	return true
}

func ReflectValue(v any) (inner any, isValue, valid, exported bool) {
	rv, ok := v.(reflect.Value)
	switch {
	case !ok:
		return nil, false, false, false
	case !rv.IsValid():
		return nil, true, false, false
	case rv.CanInterface():
		return rv.Interface(), true, true, true
	case rv.CanAddr():
		return reflect.NewAt(rv.Type(), unsafe.Pointer(rv.UnsafeAddr())).Elem().Interface(), true, true, false
	}
	return nil, true, true, false
}
