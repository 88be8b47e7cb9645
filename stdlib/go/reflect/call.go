package reflect

// Method values and calls. A call goes through the VM: reflectcall hands the function
// and its argument words to the interpreter, which runs it in a frame of its own and
// stores the result words in a buffer.

import (
	"unicode"
	"unicode/utf8"
)

// NumMethod returns the number of exported methods in the value's method set (all
// methods for an interface value's static interface type).
func (v Value) NumMethod() int {
	v.mustBeValid("NumMethod")
	if v.flag&flagMethod != 0 {
		return 0
	}
	return rtNumMethod(v.typ)
}

// Method is the method value of v's i'th method (methods sorted by name).
func (v Value) Method(i int) Value {
	v.mustBeValid("Method")
	switch {
	case v.flag&flagMethod != 0 || uint(i) >= uint(rtNumMethod(v.typ)):
		panic(reflectFault("Method index out of range"))
	case v.flag.kind() == Interface && ldWord(v.ptr) == 0:
		panic(reflectFault("Method on nil interface value"))
	}
	return Value{typ: v.typ, ptr: v.ptr, flag: v.flag.ro() | flag(Func) | flagMethod | flag(i)<<flagMethodShift}
}

func (v Value) MethodByName(name string) Value {
	v.mustBeValid("MethodByName")
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	n := rtNumMethod(v.typ)
	for i := 0; i < n; i++ {
		if mn, _, _ := rtMethod(v.typ, i); mn == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// methodSig is the type of a method value (the signature without receiver).
func (v Value) methodSig() *rtype {
	_, sig, _ := rtMethod(v.typ, int(v.flag>>flagMethodShift))
	return sig
}

// Call runs the function v with arguments in and returns its results; the values in
// must be assignable to the parameters (extra ones fill a variadic parameter).
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.invoke(in, false)
}

// CallSlice calls the variadic function v with the input arguments in, assigning the
// slice in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.invoke(in, true)
}

// mustBeExportedMethod panics as Go does when v, a method value (of an interface, the
// only kind whose method list has unexported methods), names an unexported method.
func (v Value) mustBeExportedMethod(op string) {
	name, _, _ := rtMethod(v.typ, int(v.flag>>flagMethodShift))
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		panic(reflectFault(op + " of unexported method"))
	}
}

// mustBeValid panics with a ValueError when v is the zero Value (op: the method name).
func (v Value) mustBeValid(op string) {
	if v.flag == 0 {
		panic(v.kindFault(op))
	}
}

// invoke checks in against v's signature and runs v through the VM; spread: CallSlice
// (the last value of in is the variadic slice itself).
func (v Value) invoke(in []Value, spread bool) []Value {
	op := "Call"
	if spread {
		op = "CallSlice"
	}
	var ft *rtype   // the signature the arguments are checked against
	var fn ptr      // closure object (index < 0)
	index := -1     // function index (methods)
	var recvT *rtype // receiver type whose data word goes first
	var recvP ptr
	switch {
	case v.flag&flagMethod != 0:
		v.mustBeExportedMethod(op)
		ft = v.methodSig()
		name, _, f := rtMethod(v.typ, int(v.flag>>flagMethodShift))
		recvT, recvP = v.typ, v.ptr
		if rtKind(v.typ) == Interface {
			recvT, recvP = ifaceElem(v.typ, v.ptr)
			if recvT == nil {
				panic(reflectFault(op + " of method on nil interface value"))
			}
			f = -1
			n := rtNumMethod(recvT)
			for i := 0; i < n; i++ {
				if mn, _, mf := rtMethod(recvT, i); mn == name {
					f = mf
				}
			}
			if f < 0 {
				// The dynamic type implements the interface, so its table lists every
				// exported method (promoted and pointer-receiver ones included).
				panic("minigo bug: reflect: method " + name + " missing from the method table of " + rtString(recvT))
			}
		}
		index = f
	case v.flag&flagMethodExpr != 0:
		ft = v.typ
		index = v.fn
	default:
		ft = v.typ
		fn = ldPtr(v.ptr)
		if fn == nil {
			panic(opFault("Value.Call", "call of nil function"))
		}
	}

	isSlice := spread
	n := rtNumIn(ft)
	variadic := rtVariadic(ft)
	if isSlice && !variadic {
		panic(reflectFault("CallSlice of non-variadic function"))
	}
	// fixed: the parameters in must match one for one; a plain call of a variadic
	// function may pass any number of values beyond them.
	fixed := n
	if variadic && !isSlice {
		fixed--
	}
	switch open := variadic && !isSlice; {
	case len(in) < fixed:
		panic(reflectFault(op + " with too few input arguments"))
	case len(in) > fixed && !open:
		panic(reflectFault(op + " with too many input arguments"))
	}
	n = fixed
	for _, x := range in {
		if x.flag == 0 {
			panic(reflectFault(op + " using zero Value argument"))
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), rtIn(ft, i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + rtString(targ))
		}
	}
	if !isSlice && variadic {
		in = append(in[:n:n], packVariadic(op, rtIn(ft, n), in[n:]))
	}

	// Lay out the argument words: receiver (methods), then each parameter.
	nin := rtNumIn(ft)
	words := 0
	if recvT != nil {
		words++
	}
	for i := 0; i < nin; i++ {
		words += rtWords(rtIn(ft, i))
	}
	args := newWords(words)
	at := 0
	start := 0
	if recvT != nil {
		args[0] = recvWord(recvT, recvP)
		at = 1
	} else if v.flag&flagMethodExpr != 0 {
		// Method.Func: the first argument is the receiver, passed as its data word.
		r := in[0]
		rp := r.assignTo("reflect.Value.Call", rtIn(ft, 0))
		args = newWords(words - rtWords(rtIn(ft, 0)) + 1)
		args[0] = recvWord(rtIn(ft, 0), rp)
		at = 1
		start = 1
	}
	for i := start; i < nin; i++ {
		t := rtIn(ft, i)
		p := in[i].assignTo("reflect.Value.Call", t)
		wordsOf(t, p, args, at)
		at += rtWords(t)
	}
	nout := rtNumOut(ft)
	rw := 0
	for i := 0; i < nout; i++ {
		rw += rtWords(rtOut(ft, i))
	}
	out := newWords(rw)
	if impl, ok := makeFuncImpl(fn); ok && fn != nil {
		// A MakeFunc function: run its Go implementation directly.
		vin := make([]Value, nin)
		for i := range vin {
			t := rtIn(ft, i)
			vin[i] = Value{typ: t, ptr: in[i].assignTo("reflect.Value.Call", t), flag: flag(rtKind(t))}
		}
		copy(out, resultWords(ft, impl(vin)))
	} else {
		reflectcall(fn, index, args, out)
	}
	res := make([]Value, nout)
	at = 0
	for i := range res {
		t := rtOut(ft, i)
		res[i] = Value{typ: t, ptr: fromWords(t, out, at), flag: flag(rtKind(t))}
		at += rtWords(t)
	}
	return res
}

// packVariadic builds the slice of type st that a variadic call passes for extra.
func packVariadic(op string, st *rtype, extra []Value) Value {
	slice := MakeSlice(st, len(extra), len(extra))
	elem := rtElem(st)
	for i, x := range extra {
		if !x.Type().AssignableTo(elem) {
			panic(reflectFault("cannot use " + x.Type().String() + " as type " + rtString(elem) + " in " + op))
		}
		slice.Index(i).Set(x)
	}
	return slice
}

// MakeFunc is a function of type typ whose calls run fn: the arguments arrive as Values
// and fn's results are converted to the result types.
//
// The function value is a closure object of the native makeFuncStub, which passes the
// argument words to callMakeFunc (Go) through the VM; no native calls Go code.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic(reflectFault("call of MakeFunc with non-Func type"))
	}
	t := typ.common()
	cell := unsafeNew(t)
	stPtr(cell, makeFuncClosure(t, fn, makeFuncStub, callMakeFunc))
	return Value{typ: t, ptr: cell, flag: flag(Func)}
}

// callMakeFunc runs impl on the argument words of a call to a MakeFunc function of
// type ftyp and returns the result words.
func callMakeFunc(ftyp *rtype, impl func([]Value) []Value, args []uintptr) []uintptr {
	n := rtNumIn(ftyp)
	in := make([]Value, n)
	at := 0
	for i := range in {
		t := rtIn(ftyp, i)
		in[i] = Value{typ: t, ptr: fromWords(t, args, at), flag: flag(rtKind(t))}
		at += rtWords(t)
	}
	return resultWords(ftyp, impl(in))
}

// resultWords checks the results of a MakeFunc implementation against ftyp and lays
// out their words.
func resultWords(ftyp *rtype, out []Value) []uintptr {
	nout := rtNumOut(ftyp)
	if len(out) != nout {
		panic(reflectFault("wrong return count from function created by MakeFunc"))
	}
	words := 0
	for i := 0; i < nout; i++ {
		words += rtWords(rtOut(ftyp, i))
	}
	res := newWords(words)
	at := 0
	for i, v := range out {
		if v.flag == 0 {
			panic("reflect: function created by MakeFunc returned zero Value")
		}
		if v.flag&flagAnyRO != 0 {
			panic("reflect: function created by MakeFunc returned value obtained from unexported field")
		}
		t := rtOut(ftyp, i)
		if !v.Type().AssignableTo(t) {
			panic("reflect: function created by MakeFunc returned wrong type: have " + v.Type().String() + " for " + rtString(t))
		}
		wordsOf(t, v.assignTo("reflect.MakeFunc", t), res, at)
		at += rtWords(t)
	}
	return res
}
