package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type S struct {
	A int16
	_ [2]byte
	B bool
	C [2]float32
	D complex64
	E struct{ X uint8 }
}

func main() {
	fmt.Printf("%v %v %v %#v %#v %#v %T\n", binary.LittleEndian, binary.BigEndian, binary.NativeEndian, binary.LittleEndian, binary.BigEndian, binary.NativeEndian, binary.NativeEndian)
	var x int
	fmt.Println(binary.Size(nil))
	for _, v := range []any{1, int32(1), []int32{1, 2}, &x, S{}, &S{}, []S{{}, {}}, "s", []int{1}, map[int]int{}, struct{ A int }{}, [3]uint16{}, true, []bool{true, false, true}, &[]int32{1}} {
		fmt.Println(binary.Size(v))
		var buf bytes.Buffer
		fmt.Println(" write", binary.Write(&buf, binary.BigEndian, v), buf.Bytes())
		fmt.Println(" read", binary.Read(bytes.NewReader(make([]byte, 40)), binary.BigEndian, v))
		b, err := binary.Append(nil, binary.LittleEndian, v)
		fmt.Println(" append", b, err)
		n, err := binary.Encode(make([]byte, 2), binary.LittleEndian, v)
		fmt.Println(" encode", n, err)
		n, err = binary.Decode(make([]byte, 2), binary.LittleEndian, v)
		fmt.Println(" decode", n, err)
	}
}
