package template

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"text/template/parse"
)

// maxDepth bounds the nesting of {{template}} calls, so runaway recursion fails cleanly.
const maxDepth = 100000

// ExecError is an error raised while executing a template (not a write error).
type ExecError struct {
	Name string // the template's name
	Err  error
}

func (e ExecError) Error() string { return e.Err.Error() }
func (e ExecError) Unwrap() error { return e.Err }

// writeFailure carries a writer's error out of the walk; it is returned unwrapped.
type writeFailure struct{ err error }

// absentMarker's value stands for "no value piped in" as a command's final argument.
type absentMarker struct{}

var absent = reflect.ValueOf(absentMarker{})

func isAbsent(v reflect.Value) bool { return v.IsValid() && v.Type() == absent.Type() }

type binding struct {
	name string
	val  reflect.Value
}

// flow is how a walk ended: normally, or at {{break}} or {{continue}}.
type flow int

const (
	flowOn flow = iota
	flowBreak
	flowContinue
)

// runner executes one template.
type runner struct {
	tmpl  *Template
	out   io.Writer
	at    parse.Node // the node being evaluated, for error messages
	vars  []binding
	depth int
}

// Execute applies t to data, writing the output to w. On an error, output already
// written stays written.
func (t *Template) Execute(w io.Writer, data any) error {
	return t.run(w, data)
}

// ExecuteTemplate applies the template called name in t's family to data.
func (t *Template) ExecuteTemplate(w io.Writer, name string, data any) error {
	m := t.Lookup(name)
	if m == nil {
		return fmt.Errorf(msgNoAssoc, name, t.name)
	}
	return m.run(w, data)
}

func (t *Template) run(w io.Writer, data any) (err error) {
	dot, ok := data.(reflect.Value)
	if !ok {
		dot = reflect.ValueOf(data)
	}
	r := &runner{tmpl: t, out: w, vars: []binding{{"$", dot}}}
	defer func() {
		if p := recover(); p != nil {
			switch e := p.(type) {
			case ExecError:
				err = e
			case writeFailure:
				err = e.err
			default:
				panic(p)
			}
		}
	}()
	if !t.defined() {
		r.fail("%q is an incomplete or empty template", t.Name())
	}
	r.walk(dot, t.Root)
	return nil
}

// DefinedTemplates lists the family's templates for error messages:
// `; defined templates are: "a", "b"`, or "" when there are none.
func (t *Template) DefinedTemplates() string {
	if t.family == nil {
		return ""
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	var quoted []string
	for name, m := range t.byName {
		if m.defined() {
			quoted = append(quoted, strconv.Quote(name))
		}
	}
	if quoted == nil {
		return ""
	}
	return "; defined templates are: " + strings.Join(quoted, ", ")
}

// defined reports whether t has a parsed body.
func (t *Template) defined() bool { return t.Tree != nil && t.Tree.Root != nil }

// fail stops execution with an error that locates the current node.
func (r *runner) fail(format string, args ...any) {
	name := r.tmpl.Name()
	var prefix string
	if r.at == nil {
		prefix = fmt.Sprintf("template: %s: ", name)
	} else {
		loc, ctx := r.tmpl.ErrorContext(r.at)
		prefix = fmt.Sprintf("template: %s: executing %q at <%s>: ", loc, name, ctx)
	}
	panic(ExecError{Name: name, Err: fmt.Errorf("%s%w", prefix, fmt.Errorf(format, args...))})
}

func (r *runner) write(p []byte) {
	if _, err := r.out.Write(p); err != nil {
		panic(writeFailure{err})
	}
}

func (r *runner) walk(dot reflect.Value, node parse.Node) flow {
	r.at = node
	switch n := node.(type) {
	case *parse.ActionNode:
		v := r.pipeline(dot, n.Pipe)
		if len(n.Pipe.Decl) == 0 {
			r.print(n, v)
		}
	case *parse.BreakNode:
		return flowBreak
	case *parse.ContinueNode:
		return flowContinue
	case *parse.CommentNode:
	case *parse.IfNode:
		return r.branch(dot, &n.BranchNode, false)
	case *parse.WithNode:
		return r.branch(dot, &n.BranchNode, true)
	case *parse.ListNode:
		for _, c := range n.Nodes {
			if f := r.walk(dot, c); f != flowOn {
				return f
			}
		}
	case *parse.RangeNode:
		r.rangeOver(dot, n)
	case *parse.TemplateNode:
		r.invoke(dot, n)
	case *parse.TextNode:
		r.write(n.Text)
	default:
		r.fail("unknown node: %s", node)
	}
	return flowOn
}

// branch runs an if or with: the pipeline's truth picks the list or the else list; with
// also moves dot to the pipeline's value.
func (r *runner) branch(dot reflect.Value, b *parse.BranchNode, isWith bool) flow {
	mark := len(r.vars)
	defer func() { r.vars = r.vars[:mark] }()
	v := r.pipeline(dot, b.Pipe)
	truth, ok := truthOf(unwrapIface(v))
	if !ok {
		r.fail("if/with can't use %v", v)
	}
	switch {
	case truth && isWith:
		return r.walk(v, b.List)
	case truth:
		return r.walk(dot, b.List)
	case b.ElseList != nil:
		return r.walk(dot, b.ElseList)
	}
	return flowOn
}

func (r *runner) rangeOver(dot reflect.Value, n *parse.RangeNode) {
	r.at = n
	mark := len(r.vars)
	defer func() { r.vars = r.vars[:mark] }()
	v, _ := deref(r.pipeline(dot, n.Pipe))
	base := len(r.vars) // the declared variables, if any, are the last ones
	decl := n.Pipe.Decl
	step := func(key, elem reflect.Value) flow {
		switch {
		case len(decl) == 0:
		case n.Pipe.IsAssign && len(decl) > 1:
			r.assign(decl[0].Ident[0], key)
			r.assign(decl[1].Ident[0], elem)
		case n.Pipe.IsAssign:
			r.assign(decl[0].Ident[0], elem)
		case len(decl) > 1:
			r.vars[base-2].val = key
			r.vars[base-1].val = elem
		default:
			r.vars[base-1].val = elem
		}
		f := r.walk(elem, n.List)
		r.vars = r.vars[:base]
		return f
	}
	ran := false
	switch f := familyOf(v.Kind()); {
	case f == famArray || f == famSlice:
		for i, n := 0, v.Len(); i < n; i++ {
			ran = true
			if step(reflect.ValueOf(i), v.Index(i)) == flowBreak {
				break
			}
		}
	case f == famMap:
		for _, k := range sortedKeys(v) {
			ran = true
			if step(k, v.MapIndex(k)) == flowBreak {
				break
			}
		}
	case f == famChan && v.IsNil():
	case f == famChan:
		for i := 0; ; i++ {
			e, ok := v.Recv()
			if !ok {
				break
			}
			if len(decl) > 1 {
				r.fail("can't use %v to iterate over more than one variable", v)
			}
			ran = true
			if step(reflect.ValueOf(i), e) == flowBreak {
				break
			}
		}
	case !v.IsValid():
	default:
		r.fail("range can't iterate over %v", v)
	}
	if !ran && n.ElseList != nil {
		r.walk(dot, n.ElseList)
	}
}

// invoke runs {{template "name" pipeline}} with dot (and $) set to the pipeline's value.
func (r *runner) invoke(dot reflect.Value, n *parse.TemplateNode) {
	r.at = n
	m := r.tmpl.Lookup(n.Name)
	if m == nil || m.Tree == nil {
		r.fail("template %q not defined", n.Name)
	}
	if r.depth == maxDepth {
		r.fail("exceeded maximum template depth (%v)", maxDepth)
	}
	arg := r.pipeline(dot, n.Pipe)
	sub := &runner{tmpl: m, out: r.out, vars: []binding{{"$", arg}}, depth: r.depth + 1}
	sub.walk(arg, m.Root)
}

func (r *runner) lookupVar(name string) reflect.Value {
	for i := len(r.vars) - 1; i >= 0; i-- {
		if r.vars[i].name == name {
			return r.vars[i].val
		}
	}
	r.fail("undefined variable: %s", name)
	return reflect.Value{}
}

func (r *runner) assign(name string, v reflect.Value) {
	for i := len(r.vars) - 1; i >= 0; i-- {
		if r.vars[i].name == name {
			r.vars[i].val = v
			return
		}
	}
	r.fail("undefined variable: %s", name)
}

// pipeline evaluates the commands in turn, each receiving the previous one's value as its
// last argument, then declares or assigns the variables.
func (r *runner) pipeline(dot reflect.Value, p *parse.PipeNode) reflect.Value {
	if p == nil {
		return reflect.Value{}
	}
	r.at = p
	v := absent
	for _, c := range p.Cmds {
		v = r.command(dot, c, v)
		if isAnyValue(v) {
			v = reflect.ValueOf(v.Interface()) // the dynamic value, not the interface
		}
	}
	for _, d := range p.Decl {
		if p.IsAssign {
			r.assign(d.Ident[0], v)
		} else {
			r.vars = append(r.vars, binding{d.Ident[0], v})
		}
	}
	return v
}

func (r *runner) command(dot reflect.Value, c *parse.CommandNode, final reflect.Value) reflect.Value {
	first := c.Args[0]
	switch n := first.(type) {
	case *parse.FieldNode:
		r.at = n
		return r.fieldChain(dot, dot, n, n.Ident, c.Args, final)
	case *parse.ChainNode:
		return r.chain(dot, n, c.Args, final)
	case *parse.IdentifierNode:
		return r.function(dot, n, c, c.Args, final)
	case *parse.PipeNode:
		r.noArgs(c.Args, final)
		return r.pipeline(dot, n)
	case *parse.VariableNode:
		return r.variable(dot, n, c.Args, final)
	}
	r.at = first
	r.noArgs(c.Args, final)
	switch first.(type) {
	case *parse.DotNode:
		return dot
	case *parse.NilNode:
		r.fail("nil is not a command")
	}
	if v, ok := r.literal(first); ok {
		return v
	}
	r.fail("can't evaluate command %q", first)
	return reflect.Value{}
}

// isAnyValue reports whether v is held in an interface{} (rather than a typed value).
func isAnyValue(v reflect.Value) bool {
	return v.Kind() == reflect.Interface && v.Type().NumMethod() == 0
}

// literal evaluates a constant node: a boolean, number or string.
func (r *runner) literal(n parse.Node) (reflect.Value, bool) {
	switch c := n.(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(c.True), true
	case *parse.StringNode:
		return reflect.ValueOf(c.Text), true
	case *parse.NumberNode:
		return r.constant(c), true
	}
	return reflect.Value{}, false
}

// noArgs rejects arguments (or a piped value) given to something that is not a function.
func (r *runner) noArgs(args []parse.Node, final reflect.Value) {
	if len(args) > 1 || !isAbsent(final) {
		r.fail("can't give argument to non-function %s", args[0])
	}
}

// constant gives an untyped numeric constant its default type: complex128, float64 for
// constants written with a fraction or exponent, int otherwise.
func (r *runner) constant(n *parse.NumberNode) reflect.Value {
	r.at = n
	text := strings.TrimLeft(n.Text, "+-")
	hex := len(text) > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')
	switch {
	case n.IsComplex:
		return reflect.ValueOf(n.Complex128)
	case n.IsFloat && !strings.HasPrefix(text, "'") && (hex && strings.ContainsAny(text, "pP") || !hex && strings.ContainsAny(text, ".eEpP")):
		return reflect.ValueOf(n.Float64)
	case n.IsInt:
		i := int(n.Int64)
		if int64(i) != n.Int64 {
			r.fail("%s overflows int", n.Text)
		}
		return reflect.ValueOf(i)
	case n.IsUint:
		r.fail("%s overflows int", n.Text)
	}
	return reflect.Value{}
}

func (r *runner) variable(dot reflect.Value, n *parse.VariableNode, args []parse.Node, final reflect.Value) reflect.Value {
	r.at = n
	v := r.lookupVar(n.Ident[0])
	if len(n.Ident) == 1 {
		r.noArgs(args, final)
		return v
	}
	return r.fieldChain(dot, v, n, n.Ident[1:], args, final)
}

func (r *runner) chain(dot reflect.Value, n *parse.ChainNode, args []parse.Node, final reflect.Value) reflect.Value {
	if len(n.Field) == 0 {
		r.fail("internal error: no fields in evalChainNode")
	}
	if n.Node.Type() == parse.NodeNil {
		r.fail("indirection through explicit nil in %s", n)
	}
	recv := r.arg(dot, nil, n.Node)
	return r.fieldChain(dot, recv, n, n.Field, args, final)
}

// fieldChain evaluates .A.B.C on recv; only the last name receives the arguments.
func (r *runner) fieldChain(dot, recv reflect.Value, node parse.Node, names []string, args []parse.Node, final reflect.Value) reflect.Value {
	last := len(names) - 1
	for _, name := range names[:last] {
		recv = r.field(dot, name, node, nil, absent, recv)
	}
	return r.field(dot, names[last], node, args, final, recv)
}

// field evaluates one name on recv: a method (called with args), a struct field or a map
// key.
func (r *runner) field(dot reflect.Value, name string, node parse.Node, args []parse.Node, final, recv reflect.Value) reflect.Value {
	if !recv.IsValid() {
		if r.tmpl.missing == missingError {
			r.fail("nil data; no entry for key %q", name)
		}
		return reflect.Value{}
	}
	typ := recv.Type()
	for recv.Kind() == reflect.Interface {
		if recv.IsNil() {
			r.fail("nil pointer evaluating %s.%s", typ, name)
		}
		recv = recv.Elem()
	}
	m := recv
	if m.Kind() != reflect.Pointer && m.CanAddr() {
		m = m.Addr()
	}
	if meth := m.MethodByName(name); meth.IsValid() {
		return r.call(dot, meth, false, node, name, args, final)
	}
	withArgs := len(args) > 1 || !isAbsent(final)
	rv, isNil := deref(recv)
	switch rv.Kind() {
	case reflect.Struct:
		if sf, ok := rv.Type().FieldByName(name); ok {
			if !sf.IsExported() {
				r.fail("%s is an unexported field of struct type %s", name, typ)
			}
			fv, err := rv.FieldByIndexErr(sf.Index)
			if err != nil {
				r.fail("%v", err)
			}
			if withArgs {
				r.fail("%s has arguments but cannot be invoked as function", name)
			}
			return fv
		}
	case reflect.Map:
		key := reflect.ValueOf(name)
		if key.Type().AssignableTo(rv.Type().Key()) {
			if withArgs {
				r.fail("%s is not a method but has arguments", name)
			}
			e := rv.MapIndex(key)
			if !e.IsValid() {
				switch r.tmpl.missing {
				case missingZero:
					e = reflect.Zero(rv.Type().Elem())
				case missingError:
					r.fail("map has no entry for key %q", name)
				}
			}
			return e
		}
	case reflect.Pointer:
		if isNil {
			if et := rv.Type().Elem(); et.Kind() != reflect.Struct {
				r.fail("nil pointer evaluating %s.%s", typ, name)
			} else if _, ok := et.FieldByName(name); ok {
				r.fail("nil pointer evaluating %s.%s", typ, name)
			}
		}
	}
	r.fail("can't evaluate field %s in type %s", name, typ)
	return reflect.Value{}
}

func (r *runner) function(dot reflect.Value, n *parse.IdentifierNode, cmd parse.Node, args []parse.Node, final reflect.Value) reflect.Value {
	r.at = n
	name := n.Ident
	fn, ok := r.tmpl.execFns[name]
	builtin := false
	if !ok {
		fn, builtin = builtinFn[name]
	}
	if !fn.IsValid() {
		r.fail("%q is not a defined function", name)
	}
	return r.call(dot, fn, builtin, cmd, name, args, final)
}

// callShape is the signature the "call" builtin shows to templates: the callee's name,
// which callFn takes first, is supplied by the executor.
var callShape = reflect.TypeOf(func(fn reflect.Value, args ...reflect.Value) reflect.Value { return fn })

// call calls fn with the template arguments args[1:] (args[0] names the function) and the
// piped-in final value, converted to the parameter types.
func (r *runner) call(dot, fn reflect.Value, builtin bool, node parse.Node, name string, args []parse.Node, final reflect.Value) reflect.Value {
	if args != nil {
		args = args[1:]
	}
	isCall := builtin && name == "call"
	t := fn.Type()
	if isCall {
		t = callShape
	}
	n := len(args)
	if !isAbsent(final) {
		n++
	}
	fixed := len(args)
	if t.IsVariadic() {
		fixed = t.NumIn() - 1
		if n < fixed {
			r.fail("wrong number of args for %s: want at least %d got %d", name, t.NumIn()-1, len(args))
		}
	} else if n != t.NumIn() {
		r.fail("wrong number of args for %s: want %d got %d", name, t.NumIn(), n)
	}
	if checkResults(name, t) != nil {
		r.fail("can't call method/function %q with %d results", name, t.NumOut())
	}
	if builtin && (name == "and" || name == "or") {
		return r.shortCircuit(dot, name == "or", args, final)
	}
	in := make([]reflect.Value, n)
	i := 0
	for ; i < fixed && i < len(args); i++ {
		in[i] = r.arg(dot, t.In(i), args[i])
	}
	if t.IsVariadic() {
		et := t.In(t.NumIn() - 1).Elem()
		for ; i < len(args); i++ {
			in[i] = r.arg(dot, et, args[i])
		}
	}
	if !isAbsent(final) {
		ft := t.In(t.NumIn() - 1)
		if t.IsVariadic() {
			if n-1 < fixed {
				ft = t.In(n - 1)
			} else {
				ft = ft.Elem()
			}
		}
		in[i] = r.check(final, ft)
	}
	var v reflect.Value
	var err error
	if isCall {
		callee := ""
		if len(args) > 0 {
			callee = args[0].String()
		} else {
			callee = "<piped value>"
		}
		// The arguments are reflect.Values wrapped in reflect.Values, as a reflective
		// call would unwrap them.
		plain := make([]reflect.Value, len(in))
		for j, a := range in {
			plain[j] = a.Interface().(reflect.Value)
		}
		v, err = callFn(callee, plain[0], plain[1:]...)
	} else {
		v, err = guardedCall(name, fn, in)
	}
	if err != nil {
		r.at = node
		r.fail("error calling %s: %w", name, err)
	}
	if inner, boxed := boxedValue(v); boxed {
		return inner
	}
	return v
}

// shortCircuit evaluates and/or arguments left to right, stopping at the first false
// (and) or true (or) one, which is the result; otherwise the last one is.
func (r *runner) shortCircuit(dot reflect.Value, stopOn bool, args []parse.Node, final reflect.Value) reflect.Value {
	var v reflect.Value
	for _, a := range args {
		v = r.iface(dot, a)
		if t, _ := truthOf(unwrapIface(v)); t == stopOn {
			return v
		}
	}
	if !isAbsent(final) {
		v = final
	}
	return v
}

// arg evaluates an argument for a parameter of type t (nil: any type).
func (r *runner) arg(dot reflect.Value, t reflect.Type, n parse.Node) reflect.Value {
	r.at = n
	switch a := n.(type) {
	case *parse.DotNode:
		return r.check(dot, t)
	case *parse.NilNode:
		if t != nil && nilable(t) {
			return reflect.Zero(t)
		}
		r.fail("cannot assign nil to %s", t)
	case *parse.FieldNode:
		return r.check(r.fieldChain(dot, dot, a, a.Ident, []parse.Node{n}, absent), t)
	case *parse.VariableNode:
		return r.check(r.variable(dot, a, nil, absent), t)
	case *parse.PipeNode:
		return r.check(r.pipeline(dot, a), t)
	case *parse.IdentifierNode:
		return r.check(r.function(dot, a, a, nil, absent), t)
	case *parse.ChainNode:
		return r.check(r.chain(dot, a, nil, absent), t)
	}
	if t == nil {
		return r.iface(dot, n)
	}
	k := t.Kind()
	switch {
	case k == reflect.Bool:
		if b, ok := n.(*parse.BoolNode); ok {
			v := reflect.New(t).Elem()
			v.SetBool(b.True)
			return v
		}
		r.fail("expected bool; found %s", n)
	case k == reflect.String:
		if s, ok := n.(*parse.StringNode); ok {
			v := reflect.New(t).Elem()
			v.SetString(s.Text)
			return v
		}
		r.fail("expected string; found %s", n)
	case k >= reflect.Int && k <= reflect.Int64:
		if num, ok := n.(*parse.NumberNode); ok && num.IsInt {
			v := reflect.New(t).Elem()
			v.SetInt(num.Int64)
			return v
		}
		r.fail("expected integer; found %s", n)
	case k >= reflect.Uint && k <= reflect.Uintptr:
		if num, ok := n.(*parse.NumberNode); ok && num.IsUint {
			v := reflect.New(t).Elem()
			v.SetUint(num.Uint64)
			return v
		}
		r.fail("expected unsigned integer; found %s", n)
	case k == reflect.Float32 || k == reflect.Float64:
		if num, ok := n.(*parse.NumberNode); ok && num.IsFloat {
			v := reflect.New(t).Elem()
			v.SetFloat(num.Float64)
			return v
		}
		r.fail("expected float; found %s", n)
	case k == reflect.Complex64 || k == reflect.Complex128:
		if num, ok := n.(*parse.NumberNode); ok && num.IsComplex {
			v := reflect.New(t).Elem()
			v.SetComplex(num.Complex128)
			return v
		}
		r.fail("expected complex; found %s", n)
	case k == reflect.Interface && t.NumMethod() == 0:
		return r.iface(dot, n)
	case t == tValue:
		return reflect.ValueOf(r.iface(dot, n))
	}
	r.fail("can't handle %s for arg of type %s", n, t)
	return reflect.Value{}
}

// iface evaluates an argument for a parameter of type any.
func (r *runner) iface(dot reflect.Value, n parse.Node) reflect.Value {
	r.at = n
	if v, ok := r.literal(n); ok {
		return v
	}
	switch a := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return r.fieldChain(dot, dot, a, a.Ident, nil, absent)
	case *parse.IdentifierNode:
		return r.function(dot, a, a, nil, absent)
	case *parse.NilNode:
		r.fail("evalEmptyInterface: nil (can't happen)")
	case *parse.VariableNode:
		return r.variable(dot, a, nil, absent)
	case *parse.PipeNode:
		return r.pipeline(dot, a)
	case *parse.ChainNode:
		return r.chain(dot, a, nil, absent)
	}
	r.fail("can't handle assignment of %s to empty interface argument", n)
	return reflect.Value{}
}

// check makes v usable as a value of type t (nil: any type): nil becomes t's zero value,
// and a pointer or addressable value is dereferenced or addressed when that fits t.
func (r *runner) check(v reflect.Value, t reflect.Type) reflect.Value {
	if !v.IsValid() {
		if t == nil {
			return v
		}
		if nilable(t) {
			return reflect.Zero(t)
		}
		r.fail("invalid value; expected %s", t)
	}
	if t == tValue && v.Type() != t {
		return reflect.ValueOf(v)
	}
	if t == nil || v.Type().AssignableTo(t) {
		return v
	}
	if inner := unwrapIface(v); inner.IsValid() && inner != v {
		if inner.Type().AssignableTo(t) {
			return inner
		}
		v = inner
	}
	switch {
	case v.Kind() == reflect.Pointer && v.Type().Elem().AssignableTo(t):
		v = v.Elem()
		if !v.IsValid() {
			r.fail("dereference of nil pointer of type %s", t)
		}
	case reflect.PointerTo(v.Type()).AssignableTo(t) && v.CanAddr():
		v = v.Addr()
	default:
		r.fail("wrong type for value; expected %s; got %s", t, v.Type())
	}
	return v
}

func (r *runner) print(n parse.Node, v reflect.Value) {
	r.at = n
	p, ok := printable(v)
	if !ok {
		r.fail("can't print %s of type %s", n, v.Type())
	}
	if _, err := fmt.Fprint(r.out, p); err != nil {
		panic(writeFailure{err})
	}
}

// boxedValue unwraps a reflect.Value returned (as a value) by a builtin.
func boxedValue(v reflect.Value) (reflect.Value, bool) {
	if !v.IsValid() || v.Type() != tValue {
		return v, false
	}
	inner, _ := v.Interface().(reflect.Value)
	return inner, true
}

// sortedKeys returns a map's keys in the order range visits them: numbers and strings
// ascending, false before true, and composite keys field by field.
func sortedKeys(m reflect.Value) []reflect.Value {
	keys := m.MapKeys()
	sort.SliceStable(keys, func(i, j int) bool { return compareKeys(keys[i], keys[j]) < 0 })
	return keys
}

func compareKeys(a, b reflect.Value) int {
	if a.Kind() != b.Kind() {
		return int(a.Kind()) - int(b.Kind())
	}
	switch k := a.Kind(); {
	case k >= reflect.Int && k <= reflect.Int64:
		return order(a.Int() < b.Int(), a.Int() > b.Int())
	case k >= reflect.Uint && k <= reflect.Uintptr:
		return order(a.Uint() < b.Uint(), a.Uint() > b.Uint())
	case k == reflect.String:
		return strings.Compare(a.String(), b.String())
	case k == reflect.Float32 || k == reflect.Float64:
		x, y := a.Float(), b.Float()
		if x != x || y != y { // NaN sorts first
			return order(x != x && y == y, y != y && x == x)
		}
		return order(x < y, x > y)
	case k == reflect.Complex64 || k == reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := order(real(x) < real(y), real(x) > real(y)); c != 0 {
			return c
		}
		return order(imag(x) < imag(y), imag(x) > imag(y))
	case k == reflect.Bool:
		return order(!a.Bool() && b.Bool(), a.Bool() && !b.Bool())
	case k == reflect.Pointer || k == reflect.Chan || k == reflect.UnsafePointer:
		return order(a.Pointer() < b.Pointer(), a.Pointer() > b.Pointer())
	case k == reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
	case k == reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
	case k == reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return order(a.IsNil() && !b.IsNil(), b.IsNil() && !a.IsNil())
		}
		ea, eb := a.Elem(), b.Elem()
		if ea.Type() != eb.Type() {
			return strings.Compare(ea.Type().String(), eb.Type().String())
		}
		return compareKeys(ea, eb)
	}
	return 0
}

func order(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}
