// Package binary translates between numbers and byte sequences: byte orders for fixed
// 16-, 32- and 64-bit integers, variable-length integers (varints), and Read/Write/
// Encode/Decode of whole fixed-size values (numbers, bools, arrays, structs and slices
// of them) without padding.
package binary

// ByteOrder reads and writes unsigned integers in one byte order.
type ByteOrder interface {
	Uint16(b []byte) uint16
	Uint32(b []byte) uint32
	Uint64(b []byte) uint64
	PutUint16(b []byte, v uint16)
	PutUint32(b []byte, v uint32)
	PutUint64(b []byte, v uint64)
	String() string
}

// AppendByteOrder appends unsigned integers in one byte order.
type AppendByteOrder interface {
	AppendUint16(b []byte, v uint16) []byte
	AppendUint32(b []byte, v uint32) []byte
	AppendUint64(b []byte, v uint64) []byte
	String() string
}

type littleEndian struct{}

type bigEndian struct{}

// nativeEndian is the byte order of the machine: little-endian on amd64.
type nativeEndian struct{ littleEndian }

// The byte orders.
var (
	LittleEndian littleEndian
	BigEndian    bigEndian
	NativeEndian nativeEndian
)

// In both orders the highest index is touched first, so a short slice panics with the
// index the value needs.

func (littleEndian) Uint16(b []byte) uint16 {
	return uint16(b[1])<<8 | uint16(b[0])
}

func (littleEndian) Uint32(b []byte) uint32 {
	v := uint32(b[3]) << 24
	return v | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
}

func (littleEndian) Uint64(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	b[1] = byte(v >> 8)
	b[0] = byte(v)
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	b[3] = byte(v >> 24)
	b[0], b[1], b[2] = byte(v), byte(v>>8), byte(v>>16)
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	lo := uint16(b[1])
	return uint16(b[0])<<8 | lo
}

func (bigEndian) Uint32(b []byte) uint32 {
	lo := uint32(b[3])
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | lo
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	b[1] = byte(v)
	b[0] = byte(v >> 8)
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	b[3] = byte(v)
	b[0], b[1], b[2] = byte(v>>24), byte(v>>16), byte(v>>8)
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(v>>shift))
	}
	return b
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

func (nativeEndian) String() string   { return "NativeEndian" }
func (nativeEndian) GoString() string { return "binary.NativeEndian" }
