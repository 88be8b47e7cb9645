// Panic texts and edge results of reflect's checks, compared with real Go.
package main

import (
	"fmt"
	"math"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				fmt.Printf("%s: error %v\n", name, e)
			} else {
				fmt.Printf("%s: %v\n", name, r)
			}
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

type S struct {
	A int
	b string
	E
}
type E struct{ X float64 }
type P struct{ *E }

func main() {
	ti := reflect.TypeOf(0)
	ts := reflect.TypeOf(S{})
	for _, op := range []func(){
		func() { ti.Bits(); reflect.TypeOf(true).Bits() },
		func() { ti.ChanDir() },
		func() { ti.IsVariadic() },
		func() { ti.Key() },
		func() { ti.Len() },
		func() { ti.NumField() },
		func() { ti.Field(0) },
		func() { ts.Field(5) },
		func() { ti.FieldByName("A") },
		func() { ti.Elem() },
		func() { ti.NumIn() },
		func() { ti.Out(0) },
		func() { ti.Method(3) },
		func() { ti.Implements(nil) },
		func() { ti.Implements(ti) },
		func() { ti.AssignableTo(nil) },
		func() { ti.ConvertibleTo(nil) },
		func() { ti.OverflowFloat(1) },
		func() { ti.OverflowComplex(1) },
		func() { reflect.TypeOf(1.5).OverflowInt(1) },
		func() { ti.OverflowUint(1) },
		func() { reflect.ChanOf(0, ti) },
		func() { reflect.FuncOf([]reflect.Type{ti}, nil, true) },
		func() { reflect.ArrayOf(-1, ti) },
		func() { reflect.VisibleFields(nil) },
		func() { reflect.VisibleFields(ti) },
		func() { reflect.MakeSlice(ti, 0, 0) },
		func() { reflect.MakeSlice(reflect.TypeOf([]int{}), -1, 0) },
		func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 0, -1) },
		func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) },
		func() { reflect.MakeMapWithSize(ti, 1) },
		func() { reflect.MakeChan(ti, 1) },
		func() { reflect.MakeChan(reflect.TypeOf(make(chan int)), -1) },
		func() { reflect.MakeChan(reflect.TypeOf(make(<-chan int)), 1) },
		func() { reflect.Value{}.Type() },
		func() { reflect.Value{}.NumMethod() },
		func() { reflect.Value{}.Method(0) },
		func() { reflect.Value{}.MethodByName("x") },
		func() { reflect.ValueOf(1).Method(0) },
		func() { reflect.Value{}.IsZero() },
		func() { reflect.Value{}.Interface() },
		func() { reflect.Value{}.CanInterface() },
		func() { reflect.ValueOf(S{}).Field(1).Interface() },
		func() { reflect.ValueOf(1).Addr() },
		func() { reflect.ValueOf(1).UnsafeAddr() },
		func() { reflect.ValueOf(1).SetInt(2) },
		func() { reflect.ValueOf("x").Int() },
		func() { reflect.ValueOf(1).Uint() },
		func() { reflect.ValueOf(1).Float() },
		func() { reflect.ValueOf([]int{1}).Bytes() },
		func() { reflect.ValueOf([2]int{}).Bytes() },
		func() { reflect.ValueOf([2]byte{}).Bytes() },
		func() { reflect.ValueOf(1).Bytes() },
		func() { reflect.ValueOf(&[]int{}).Elem().SetBytes(nil) },
		func() { reflect.ValueOf(&[]int{1}).Elem().SetLen(3) },
		func() { reflect.ValueOf(&[]int{1}).Elem().SetCap(0) },
		func() { reflect.ValueOf(&[]int{1}).Elem().Grow(-1) },
		func() { reflect.ValueOf(1).Clear() },
		func() { reflect.ValueOf([]int{1}).Slice(1, 3) },
		func() { reflect.ValueOf([2]int{}).Slice(0, 1) },
		func() { reflect.ValueOf(&[2]int{}).Elem().Slice(0, 3) },
		func() { reflect.ValueOf("ab").Slice(2, 1) },
		func() { reflect.ValueOf(1).Slice(0, 0) },
		func() { reflect.ValueOf([]int{1}).Slice3(0, 1, 2) },
		func() { reflect.ValueOf([2]int{}).Slice3(0, 1, 1) },
		func() { reflect.ValueOf("ab").Slice3(0, 1, 1) },
		func() { reflect.ValueOf([]int{1}).Index(1) },
		func() { reflect.ValueOf([1]int{}).Index(1) },
		func() { reflect.ValueOf("a").Index(1) },
		func() { reflect.ValueOf(S{}).Field(9) },
		func() { reflect.ValueOf(P{}).FieldByIndex([]int{0, 0}) },
		func() { _, err := reflect.ValueOf(P{}).FieldByIndexErr([]int{0, 0}); fmt.Println(err) },
		func() { reflect.ValueOf(&[1]int{}).Len(); reflect.ValueOf(new(float64)).Len() },
		func() { reflect.ValueOf(new(float64)).Cap() },
		func() { reflect.ValueOf(1).Len() },
		func() { var it reflect.MapIter; it.Next() },
		func() { it := reflect.ValueOf(map[int]int{}).MapRange(); it.Key() },
		func() { it := reflect.ValueOf(map[int]int{}).MapRange(); it.Value() },
		func() { it := reflect.ValueOf(map[int]int{}).MapRange(); it.Next(); it.Next() },
		func() { it := reflect.ValueOf(map[int]int{}).MapRange(); it.Next(); it.Key() },
		func() { it := reflect.ValueOf(map[int]int{}).MapRange(); it.Next(); it.Value() },
		func() { reflect.ValueOf(make(<-chan int)).Send(reflect.ValueOf(1)) },
		func() { reflect.ValueOf(make(<-chan int)).Close() },
		func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf(2)) },
		func() { reflect.Copy(reflect.ValueOf([]int{}), reflect.ValueOf(2)) },
		func() { reflect.Swapper(3) },
		func() { reflect.Swapper([]int{1})(0, 1) },
		func() { reflect.ValueOf(1).OverflowFloat(1) },
		func() { reflect.ValueOf(1.0).OverflowInt(1) },
		func() { reflect.ValueOf(1).OverflowUint(1) },
		func() { reflect.ValueOf(1).OverflowComplex(1) },
		func() { reflect.ValueOf(1).Call(nil) },
		func() { reflect.ValueOf(fmt.Sprint).CallSlice(nil) },
		func() { reflect.ValueOf(math.Abs).CallSlice(nil) },
		func() { reflect.ValueOf(math.Abs).Call(nil) },
		func() { reflect.ValueOf(math.Abs).Call([]reflect.Value{{}}) },
		func() { reflect.ValueOf(math.Abs).Call([]reflect.Value{reflect.ValueOf(1.0), reflect.ValueOf(1.0)}) },
		func() { reflect.ValueOf(fmt.Sprint).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("a")}) },
		func() { reflect.ValueOf(math.Abs).Call([]reflect.Value{reflect.ValueOf(1)}) },
		func() { reflect.MakeFunc(ti, nil) },
		func() { reflect.Select(make([]reflect.SelectCase, 65537)) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: reflect.ValueOf(make(chan int))}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Send: reflect.ValueOf(1)}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(make(<-chan int))}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(make(chan int))}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Send: reflect.ValueOf(1)}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan<- int))}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: 9}}) },
		func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(1)}}) },
		func() {
			i, _, _ := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend}, {Dir: reflect.SelectRecv}, {Dir: reflect.SelectDefault}})
			fmt.Println("chosen", i)
		},
		func() { reflect.ValueOf([]int{}).Equal(reflect.ValueOf([]int{})) },
	} {
		try(fmt.Sprintf("case"), op)
	}
	fmt.Println(reflect.Kind(99), reflect.Kind(26), reflect.UnsafePointer, reflect.ChanDir(0), reflect.ChanDir(7), reflect.BothDir, reflect.SendDir, reflect.RecvDir)
	fmt.Println(reflect.TypeOf(int8(0)).OverflowInt(127), reflect.TypeOf(int8(0)).OverflowInt(128), reflect.TypeOf(int8(0)).OverflowInt(-128), reflect.TypeOf(int8(0)).OverflowInt(-129))
	fmt.Println(reflect.TypeOf(uint16(0)).OverflowUint(65535), reflect.TypeOf(uint16(0)).OverflowUint(65536), reflect.TypeOf(uint(0)).OverflowUint(math.MaxUint64))
	fmt.Println(reflect.TypeOf(float32(0)).OverflowFloat(1e39), reflect.TypeOf(float32(0)).OverflowFloat(math.Inf(1)), reflect.TypeOf(complex64(0)).OverflowComplex(complex(1, 1e39)))
	fmt.Println(reflect.TypeOf(int16(0)).Bits(), reflect.TypeOf(complex64(0)).Bits(), reflect.TypeOf(uintptr(0)).Bits())
	for _, x := range []any{0, 1, "", "a", false, true, 0.0, math.Copysign(0, -1), complex(0, 0), complex(0, math.Copysign(0, -1)), [2]int{}, [2]int{0, 1}, S{}, S{b: "x"}, (*int)(nil), []int{}, map[int]int(nil), uint8(0)} {
		fmt.Print(reflect.ValueOf(x).IsZero(), " ")
	}
	fmt.Println()
	var ifc any = []int{}
	var nilifc any
	for _, x := range []any{1, []int{}, [1][]int{}, [1]int{}, S{}, struct{ F []int }{}, &ifc, &nilifc} {
		v := reflect.ValueOf(x)
		if v.Kind() == reflect.Pointer {
			v = v.Elem()
		}
		fmt.Print(v.Comparable(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.Value{}.Equal(reflect.Value{}), reflect.Value{}.Equal(reflect.ValueOf(1)), reflect.ValueOf(&ifc).Elem().Equal(reflect.ValueOf(1)))
	for _, t := range []reflect.Type{ti, reflect.TypeOf([]int{}), reflect.TypeOf(map[int]int{}), reflect.TypeOf(&[2]int{}), reflect.TypeOf(&ti), reflect.TypeOf(make(chan int)), reflect.TypeOf(fmt.Sprint), reflect.TypeOf("")} {
		fmt.Print(t.CanSeq(), t.CanSeq2(), " ")
	}
	fmt.Println()
	sl := reflect.ValueOf([]int{1, 2, 3, 4})
	fmt.Println(sl.Slice(1, 3).Interface(), sl.Slice(1, 3).Cap(), sl.Slice3(1, 2, 3).Interface(), sl.Slice3(1, 2, 3).Cap())
	arr := reflect.ValueOf(&[4]int{5, 6, 7, 8}).Elem()
	fmt.Println(arr.Slice(1, 3).Interface(), arr.Slice(1, 3).Cap(), arr.Slice3(0, 1, 2).Interface(), arr.Slice3(0, 1, 2).Cap(), arr.Slice(0, 2).Type())
	fmt.Println(reflect.ValueOf("hello").Slice(1, 3), reflect.ValueOf(3).String(), reflect.ValueOf(S{}).String())
	for _, pair := range [][2]any{{[]int{1, 2}, [2]int{}}, {[]int{1}, [2]int{}}, {[]int{1}, &[1]int{}}, {[]int{1}, &[2]int{}}, {1, ""}, {"", 1}} {
		fmt.Print(reflect.ValueOf(pair[0]).CanConvert(reflect.TypeOf(pair[1])), " ")
	}
	fmt.Println()
	for _, n := range []int64{65, -1, 0x10FFFF, 0x110000, 1 << 40} {
		fmt.Printf("%q ", reflect.ValueOf(n).Convert(reflect.TypeOf("")).String())
	}
	fmt.Printf("%q\n", reflect.ValueOf(uint64(1<<63)).Convert(reflect.TypeOf("")).String())
	fmt.Println(reflect.TypeOf(S{}).Name(), reflect.TypeOf(map[string]reflect.Value{}).Name(), reflect.TypeOf(reflect.Value{}).Name(), reflect.TypeOf(S{}).Align(), reflect.TypeOf(struct{ a int8; b int16 }{}).Align())
	m := reflect.ValueOf(map[string]int{"a": 1})
	it := m.MapRange()
	for it.Next() {
		fmt.Println(it.Key(), it.Value())
	}
	fmt.Println(reflect.ValueOf(S{A: 3}).FieldByName("A"), reflect.ValueOf(S{}).FieldByName("Z").IsValid(), reflect.ValueOf(S{E: E{2}}).FieldByNameFunc(func(s string) bool { return s == "X" }))
}
