package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// Values are laid out field after field, element after element, with no padding:
// bool and 8-bit numbers take one byte, bools read back as true when not 0; blank (_)
// struct fields are written as zeros and skipped when reading.

var (
	errTooSmall = errors.New("buffer too small")
)

// invalidType is the error of Read and Decode for data they cannot decode into.
func invalidType(fn string, data any) error {
	return errors.New("binary." + fn + ": invalid type " + reflect.TypeOf(data).String())
}

// basicSize is the encoded size of a number or bool kind, 0 for other kinds. Complex
// numbers are fixed-size too but not "basic" (see scalarSize).
func basicSize(k reflect.Kind) int {
	switch k {
	case reflect.Bool, reflect.Int8, reflect.Uint8:
		return 1
	case reflect.Int16, reflect.Uint16:
		return 2
	case reflect.Int32, reflect.Uint32, reflect.Float32:
		return 4
	case reflect.Int64, reflect.Uint64, reflect.Float64:
		return 8
	}
	return 0
}

// quickSize is the encoded size of data when it is a number or bool, a pointer to one or
// a slice of them (0 otherwise, and for an empty slice). The functions below handle
// such data before looking at its type further, as Go's do: Read reads the bytes first.
func quickSize(data any) int {
	v := reflect.ValueOf(data)
	switch v.Kind() {
	case reflect.Pointer:
		return basicSize(v.Type().Elem().Kind())
	case reflect.Slice:
		return basicSize(v.Type().Elem().Kind()) * v.Len()
	case reflect.Invalid:
		return 0
	}
	return basicSize(v.Kind())
}

// typeSize is the encoded size of a value of type t, or -1 when t is not fixed-size.
func typeSize(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Complex64:
		return 8
	case reflect.Complex128:
		return 16
	case reflect.Array:
		if e := typeSize(t.Elem()); e >= 0 {
			return e * t.Len()
		}
		return -1
	case reflect.Struct:
		total := 0
		for i := range t.NumField() {
			f := typeSize(t.Field(i).Type)
			if f < 0 {
				return -1
			}
			total += f
		}
		return total
	}
	if n := basicSize(t.Kind()); n > 0 {
		return n
	}
	return -1
}

// valueSize is the encoded size of v: a slice counts its elements.
func valueSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Invalid:
		return -1
	case reflect.Slice:
		if e := typeSize(v.Type().Elem()); e >= 0 {
			return e * v.Len()
		}
		return -1
	}
	return typeSize(v.Type())
}

// derefBasic returns what pointer p points to (the zero Value for nil), except that a
// nil pointer to a number or bool is dereferenced for real: Go's functions panic there.
func derefBasic(p reflect.Value) reflect.Value {
	if p.IsNil() && basicSize(p.Type().Elem().Kind()) > 0 {
		var null *byte
		_ = *null
	}
	return p.Elem()
}

// Size returns how many bytes Write would produce for v (a fixed-size value, a slice of
// them or a pointer to either), or -1.
func Size(v any) int {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && rv.IsNil() {
		return -1
	}
	return valueSize(reflect.Indirect(rv))
}

// target is where decoded bytes go: the value a pointer points to, or a slice. ok is
// false for other data.
func target(data any) (v reflect.Value, size int, ok bool) {
	v = reflect.ValueOf(data)
	switch v.Kind() {
	case reflect.Pointer:
		v = derefBasic(v)
	case reflect.Slice:
	default:
		return v, -1, false
	}
	size = valueSize(v)
	return v, size, size >= 0
}

// Read reads Size(data) bytes from r and decodes them into data, which must be a pointer
// to a fixed-size value or a slice of fixed-size values. Input ending early gives io.EOF
// (nothing read) or io.ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data any) error {
	if n := quickSize(data); n > 0 {
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			return err
		}
		if v, _, ok := target(data); ok {
			decodeValue(buf, order, v)
			return nil
		}
	}
	v, size, ok := target(data)
	if !ok {
		return invalidType("Read", data)
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decodeValue(buf, order, v)
	return nil
}

// Decode decodes data (as Read does) from the start of buf and returns the number of
// bytes used.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	if n := quickSize(data); n > 0 {
		if n > len(buf) {
			return 0, errTooSmall
		}
		if v, _, ok := target(data); ok {
			decodeValue(buf[:n], order, v)
			return n, nil
		}
	}
	v, size, ok := target(data)
	if !ok {
		return 0, invalidType("Decode", data)
	}
	if size > len(buf) {
		return 0, errTooSmall
	}
	decodeValue(buf[:size], order, v)
	return size, nil
}

// source is the value to encode (through a pointer) and its size, -1 when not fixed.
func source(data any) (reflect.Value, int) {
	v := reflect.ValueOf(data)
	switch v.Kind() {
	case reflect.Pointer:
		v = derefBasic(v)
	}
	return v, valueSize(v)
}

func notFixed(fn string, data any) error {
	return errors.New("binary." + fn + ": some values are not fixed-sized in type " + reflect.TypeOf(data).String())
}

// Write writes the encoding of data (a fixed-size value, a slice of them, or a pointer to
// either) to w.
func Write(w io.Writer, order ByteOrder, data any) error {
	v, size := source(data)
	if size < 0 {
		return notFixed("Write", data)
	}
	buf := make([]byte, size)
	encodeValue(buf, order, v)
	_, err := w.Write(buf)
	return err
}

// Append appends the encoding of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	v, size := source(data)
	if size < 0 {
		return nil, notFixed("Append", data)
	}
	start := len(buf)
	for cap(buf)-start < size {
		buf = append(buf[:cap(buf)], 0)
	}
	buf = buf[:start+size]
	encodeValue(buf[start:], order, v)
	return buf, nil
}

// Encode writes the encoding of data into buf and returns its length.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	v, size := source(data)
	if size < 0 {
		return 0, notFixed("Encode", data)
	}
	if size > len(buf) {
		return 0, errTooSmall
	}
	encodeValue(buf[:size], order, v)
	return size, nil
}

// encodeValue writes v's encoding at the start of b and returns its length.
func encodeValue(b []byte, order ByteOrder, v reflect.Value) int {
	switch v.Kind() {
	case reflect.Bool:
		b[0] = 0
		if v.Bool() {
			b[0] = 1
		}
		return 1
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return putUint(b, order, uint64(v.Int()), basicSize(v.Kind()))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return putUint(b, order, v.Uint(), basicSize(v.Kind()))
	case reflect.Float32:
		return putUint(b, order, uint64(math.Float32bits(float32(v.Float()))), 4)
	case reflect.Float64:
		return putUint(b, order, math.Float64bits(v.Float()), 8)
	case reflect.Complex64:
		c := v.Complex()
		putUint(b, order, uint64(math.Float32bits(float32(real(c)))), 4)
		putUint(b[4:], order, uint64(math.Float32bits(float32(imag(c)))), 4)
		return 8
	case reflect.Complex128:
		c := v.Complex()
		putUint(b, order, math.Float64bits(real(c)), 8)
		putUint(b[8:], order, math.Float64bits(imag(c)), 8)
		return 16
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return copy(b, v.Bytes())
		}
		fallthrough
	case reflect.Array:
		off := 0
		for i := range v.Len() {
			off += encodeValue(b[off:], order, v.Index(i))
		}
		return off
	case reflect.Struct:
		t := v.Type()
		off := 0
		for i := range v.NumField() {
			if t.Field(i).Name == "_" {
				n := typeSize(t.Field(i).Type)
				clear(b[off : off+n])
				off += n
				continue
			}
			off += encodeValue(b[off:], order, v.Field(i))
		}
		return off
	}
	panic("minigo bug: encoding/binary cannot encode " + v.Type().String())
}

func putUint(b []byte, order ByteOrder, x uint64, n int) int {
	switch n {
	case 1:
		b[0] = byte(x)
	case 2:
		order.PutUint16(b, uint16(x))
	case 4:
		order.PutUint32(b, uint32(x))
	default:
		order.PutUint64(b, x)
	}
	return n
}

func getUint(b []byte, order ByteOrder, n int) uint64 {
	switch n {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(order.Uint16(b))
	case 4:
		return uint64(order.Uint32(b))
	}
	return order.Uint64(b)
}

// decodeValue sets v from the encoding at the start of b and returns its length.
func decodeValue(b []byte, order ByteOrder, v reflect.Value) int {
	switch k := v.Kind(); k {
	case reflect.Bool:
		v.SetBool(b[0] != 0)
		return 1
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := basicSize(k)
		x := getUint(b, order, n)
		// Sign-extend from n bytes.
		shift := 64 - 8*uint(n)
		v.SetInt(int64(x<<shift) >> shift)
		return n
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n := basicSize(k)
		v.SetUint(getUint(b, order, n))
		return n
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(uint32(getUint(b, order, 4)))))
		return 4
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(getUint(b, order, 8)))
		return 8
	case reflect.Complex64:
		re := math.Float32frombits(uint32(getUint(b, order, 4)))
		im := math.Float32frombits(uint32(getUint(b[4:], order, 4)))
		v.SetComplex(complex(float64(re), float64(im)))
		return 8
	case reflect.Complex128:
		re := math.Float64frombits(getUint(b, order, 8))
		im := math.Float64frombits(getUint(b[8:], order, 8))
		v.SetComplex(complex(re, im))
		return 16
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return copy(v.Bytes(), b)
		}
		fallthrough
	case reflect.Array:
		off := 0
		for i := range v.Len() {
			off += decodeValue(b[off:], order, v.Index(i))
		}
		return off
	case reflect.Struct:
		t := v.Type()
		off := 0
		for i := range v.NumField() {
			if t.Field(i).Name == "_" {
				off += typeSize(t.Field(i).Type)
				continue
			}
			off += decodeValue(b[off:], order, v.Field(i))
		}
		return off
	}
	panic("minigo bug: encoding/binary cannot decode " + v.Type().String())
}
