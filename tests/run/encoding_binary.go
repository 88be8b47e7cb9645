package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Count   int32
	Scale   float32
	Ratio   float64
	Z       complex128
	Ok      bool
	Inner   struct {
		A, B uint8
		C    [2]int16
	}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	h := Header{Magic: [4]byte{'M', 'G', 'O', 0}, Version: 513, Flags: -3, Count: -100000, Scale: 1.5, Ratio: math.Pi, Z: complex(1, -2), Ok: true}
	h.Inner.A, h.Inner.B, h.Inner.C = 7, 255, [2]int16{-1, 300}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, binary.NativeEndian} {
		var buf bytes.Buffer
		err := binary.Write(&buf, order, &h)
		fmt.Println(order, binary.Size(h), err, buf.Len())
		fmt.Printf("% x\n", buf.Bytes())
		var back Header
		err = binary.Read(bytes.NewReader(buf.Bytes()), order, &back)
		fmt.Println(err, back == h, back)
		raw := buf.Bytes()
		n, err := binary.Decode(raw, order, &back)
		fmt.Println(n, err)
		out := make([]byte, 100)
		n, err = binary.Encode(out, order, h)
		fmt.Println(n, err, bytes.Equal(out[:n], raw))
		app, err := binary.Append([]byte{9, 9}, order, []uint16{1, 0x203})
		fmt.Println(app, err)
	}
	vals := []any{int8(-1), uint8(200), int16(-2), uint16(65000), int32(-3), uint32(4000000000), int64(-4), uint64(1 << 63), float32(-0.25), float64(1e300), true, false, complex64(complex(1, 2)),
		[]int8{-1, 2}, []uint16{1, 2}, []int32{-1}, []uint64{7}, []float32{1.5}, []float64{-2.5}, []bool{true, false, true}, [2]int16{-5, 5}}
	for _, v := range vals {
		var le, be bytes.Buffer
		binary.Write(&le, binary.LittleEndian, v)
		binary.Write(&be, binary.BigEndian, v)
		fmt.Printf("%T %v: % x | % x | %d\n", v, v, le.Bytes(), be.Bytes(), binary.Size(v))
	}
	// Reading into pointers and slices of every basic kind.
	src := []byte{0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, 0xf8, 1, 2, 3, 4, 5, 6, 7, 8}
	var i8 int8
	var u16 uint16
	var i32 int32
	var i64 int64
	var f32 float32
	var f64 float64
	var bo bool
	var c64 complex64
	for _, p := range []any{&i8, &u16, &i32, &i64, &f32, &f64, &bo, &c64} {
		err := binary.Read(bytes.NewReader(src), binary.BigEndian, p)
		n, err2 := binary.Decode(src, binary.LittleEndian, p)
		fmt.Println(err, n, err2)
	}
	fmt.Println(i8, u16, i32, i64, f32, f64, bo, c64)
	s16 := make([]int16, 3)
	binary.Read(bytes.NewReader(src), binary.BigEndian, s16)
	sb := make([]bool, 3)
	binary.Read(bytes.NewReader([]byte{0, 1, 2}), binary.BigEndian, sb)
	by := make([]byte, 5)
	binary.Read(bytes.NewReader(src), binary.BigEndian, by)
	fmt.Println(s16, sb, by)
	fmt.Println(binary.Read(bytes.NewReader(src[:3]), binary.BigEndian, &i32), binary.Read(bytes.NewReader(nil), binary.BigEndian, &i32), binary.Read(bytes.NewReader(src[:3]), binary.BigEndian, &h))
	var np *int32
	try("write nil", func() { binary.Write(new(bytes.Buffer), binary.BigEndian, np) })
	try("read nil", func() { binary.Read(bytes.NewReader(src), binary.BigEndian, np) })
	try("short", func() { binary.BigEndian.Uint32([]byte{1, 2}) })
	try("short le", func() { binary.LittleEndian.PutUint64(make([]byte, 3), 1) })
	try("short be", func() { binary.BigEndian.Uint64(make([]byte, 3)) })
	b := make([]byte, 8)
	binary.LittleEndian.PutUint16(b, 0x1234)
	binary.BigEndian.PutUint32(b[2:], 0xdeadbeef)
	fmt.Printf("% x %x %x %x %x\n", b, binary.LittleEndian.Uint16(b), binary.BigEndian.Uint16(b), binary.LittleEndian.Uint32(b[2:]), binary.BigEndian.Uint64(b))
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Printf("% x %x\n", b, binary.LittleEndian.Uint64(b))
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Printf("% x %x\n", b, binary.BigEndian.Uint64(b))
	fmt.Println(binary.LittleEndian.AppendUint16(nil, 0x102), binary.BigEndian.AppendUint16(nil, 0x102), binary.LittleEndian.AppendUint32(nil, 0x1020304), binary.BigEndian.AppendUint32(nil, 0x1020304), binary.LittleEndian.AppendUint64(nil, 0x102030405060708), binary.BigEndian.AppendUint64(nil, 0x102030405060708))
	var ao binary.AppendByteOrder = binary.NativeEndian
	fmt.Println(ao.AppendUint16([]byte{0}, 1), binary.NativeEndian.Uint16([]byte{1, 0}))
	vb := make([]byte, 2*binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 64, 300, -300, math.MaxInt64, math.MinInt64} {
		n := binary.PutVarint(vb, x)
		m := binary.PutUvarint(vb[n:], uint64(x))
		y, k := binary.Varint(vb)
		u, l := binary.Uvarint(vb[n:])
		rv, err := binary.ReadVarint(bytes.NewReader(vb[:n]))
		fmt.Println(x, vb[:n], n, m, y, k, u, l, binary.AppendVarint(nil, x), binary.AppendUvarint([]byte{1}, uint64(x)), rv, err)
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
}
