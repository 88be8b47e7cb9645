// Package parse builds parse trees for the templates of text/template and html/template.
package parse

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Mode selects optional parser behaviour.
type Mode uint

const (
	ParseComments Mode = 1 << iota // keep comments as CommentNodes
	SkipFuncCheck                  // do not check that functions are defined
)

// Tree is the parse tree of one template.
type Tree struct {
	Name      string
	ParseName string // name of the top-level template being parsed, for error messages
	Root      *ListNode
	Mode      Mode
	text      string

	// parser state, live only during Parse
	funcs     []map[string]any
	sc        *scanner
	ahead     []token // tokens read but given back, the next one last
	last      token   // the token most recently taken from the scanner
	vars      []string
	treeSet   map[string]*Tree
	rangeNest int
}

// parseError carries a parse failure up to Parse through panic.
type parseError struct{ err error }

// New allocates a tree with the given name.
func New(name string, funcs ...map[string]any) *Tree {
	return &Tree{Name: name, funcs: funcs}
}

// Copy returns a copy of the tree; parser state is not copied.
func (t *Tree) Copy() *Tree {
	if t == nil {
		return nil
	}
	return &Tree{Name: t.Name, ParseName: t.ParseName, Root: t.Root.CopyList(), text: t.text}
}

// Parse parses the template definition text into a map from template name to tree.
func Parse(name, text, leftDelim, rightDelim string, funcs ...map[string]any) (map[string]*Tree, error) {
	set := make(map[string]*Tree)
	t := New(name)
	t.text = text
	_, err := t.Parse(text, leftDelim, rightDelim, set, funcs...)
	return set, err
}

// ErrorContext returns where node n is ("name:line:col") and its text, for error messages.
func (t *Tree) ErrorContext(n Node) (location, context string) {
	pos := int(n.Position())
	tr := n.owner()
	if tr == nil {
		tr = t
	}
	before := tr.text[:pos]
	col := strings.LastIndex(before, "\n")
	if col < 0 {
		col = pos
	} else {
		col = pos - col - 1
	}
	line := 1 + strings.Count(before, "\n")
	context = n.String()
	return fmt.Sprintf("%s:%d:%d", tr.ParseName, line, col), context
}

func (t *Tree) failf(format string, args ...any) {
	t.Root = nil
	where := fmt.Sprintf("template: %s:%d: ", t.ParseName, t.last.line)
	panic(parseError{errors.New(where + fmt.Sprintf(format, args...))})
}

func (t *Tree) unexpected(tok token, context string) {
	if tok.kind == tokError {
		t.failf("%s", tok.text)
	}
	t.failf("unexpected %s in %s", tok, context)
}

// token stream: take, give back, look ahead

func (t *Tree) take() token {
	if n := len(t.ahead); n > 0 {
		tok := t.ahead[n-1]
		t.ahead = t.ahead[:n-1]
		return tok
	}
	t.last = t.sc.next()
	return t.last
}

func (t *Tree) giveBack(tok token) { t.ahead = append(t.ahead, tok) }

func (t *Tree) peek() token {
	tok := t.take()
	t.giveBack(tok)
	return tok
}

func (t *Tree) takeNonSpace() token {
	for {
		tok := t.take()
		if tok.kind != tokSpace {
			return tok
		}
	}
}

func (t *Tree) peekNonSpace() token {
	tok := t.takeNonSpace()
	t.giveBack(tok)
	return tok
}

// expect takes the next non-space token, which must be of the given kind.
func (t *Tree) expect(kind tokKind, context string) token {
	tok := t.takeNonSpace()
	if tok.kind != kind {
		t.unexpected(tok, context)
	}
	return tok
}

func (t *Tree) knowsFunc(name string) bool {
	for _, m := range t.funcs {
		if m == nil {
			continue
		}
		if _, ok := m[name]; ok {
			return true
		}
	}
	return false
}

// Parse parses text into t, and the templates it defines into treeSet.
func (t *Tree) Parse(text, leftDelim, rightDelim string, treeSet map[string]*Tree, funcs ...map[string]any) (tree *Tree, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			t.Root = nil
			err = pe.err
		}
		t.endParse()
	}()
	t.ParseName = t.Name
	sc := newScanner(t.Name, text, leftDelim, rightDelim)
	t.startParse(funcs, sc, treeSet)
	sc.noBreak = t.knowsFunc("break")
	sc.noCont = t.knowsFunc("continue")
	sc.comments = t.Mode&ParseComments != 0
	t.text = text
	t.parseTop()
	t.add()
	return t, nil
}

func (t *Tree) startParse(funcs []map[string]any, sc *scanner, treeSet map[string]*Tree) {
	t.Root = nil
	t.sc = sc
	t.vars = []string{"$"}
	t.funcs = funcs
	t.treeSet = treeSet
	t.ahead = nil
}

func (t *Tree) endParse() {
	t.sc = nil
	t.vars = nil
	t.funcs = nil
	t.treeSet = nil
	t.ahead = nil
}

// add records t in the tree set; a second non-empty definition of a name is an error.
func (t *Tree) add() {
	old := t.treeSet[t.Name]
	if old == nil || IsEmptyTree(old.Root) {
		t.treeSet[t.Name] = t
		return
	}
	if !IsEmptyTree(t.Root) {
		t.failf("template: multiple definition of template %q", t.Name)
	}
}

// IsEmptyTree reports whether n holds nothing but space and comments.
func IsEmptyTree(n Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *ActionNode, *IfNode, *RangeNode, *WithNode, *TemplateNode, *BreakNode, *ContinueNode:
		return false
	case *CommentNode:
		return true
	case *ListNode:
		for _, c := range n.Nodes {
			if !IsEmptyTree(c) {
				return false
			}
		}
		return true
	case *TextNode:
		return len(strings.TrimSpace(string(n.Text))) == 0
	}
	panic("minigo bug: IsEmptyTree of a node type it does not know")
}

// parseTop reads the top level: text, actions and {{define}} blocks.
func (t *Tree) parseTop() {
	root := &ListNode{NodeType: NodeList, Pos: t.peek().pos, tr: t}
	t.Root = root
	for t.peek().kind != tokEOF {
		if t.peek().kind == tokLeftDelim {
			ld := t.take()
			if t.peekNonSpace().kind == tokDefine {
				t.takeNonSpace()
				def := New("definition")
				def.text = t.text
				def.Mode = t.Mode
				def.ParseName = t.ParseName
				def.startParse(t.funcs, t.sc, t.treeSet)
				def.parseDefine()
				def.sc = nil
				continue
			}
			t.giveBack(ld)
		}
		n := t.listItem()
		if k := n.Type(); k == nodeEnd || k == nodeElse {
			t.failf("unexpected %s", n)
		}
		root.append(n)
	}
}

// parseDefine reads `"name"}} body {{end}}` after {{define.
func (t *Tree) parseDefine() {
	t.Name = t.templateName(t.takeNonSpace(), "define clause")
	t.expect(tokRightDelim, "define clause")
	body, end := t.itemList()
	if end.Type() != nodeEnd {
		t.failf("unexpected %s in define clause", end)
	}
	t.Root = body
	t.add()
}

// itemList reads nodes up to an {{end}} or {{else}}, which it returns too.
func (t *Tree) itemList() (*ListNode, Node) {
	list := &ListNode{NodeType: NodeList, Pos: t.peekNonSpace().pos, tr: t}
	for t.peekNonSpace().kind != tokEOF {
		n := t.listItem()
		if n.Type() == nodeEnd || n.Type() == nodeElse {
			return list, n
		}
		list.append(n)
	}
	t.failf("unexpected EOF")
	return nil, nil
}

func (t *Tree) listItem() Node {
	switch tok := t.takeNonSpace(); tok.kind {
	case tokText:
		return &TextNode{NodeType: NodeText, Pos: tok.pos, tr: t, Text: []byte(tok.text)}
	case tokLeftDelim:
		return t.action()
	case tokComment:
		return &CommentNode{NodeType: NodeComment, Pos: tok.pos, tr: t, Text: tok.text}
	default:
		t.unexpected(tok, "input")
	}
	return nil
}

// action reads what follows a left delimiter.
func (t *Tree) action() Node {
	switch tok := t.takeNonSpace(); tok.kind {
	case tokBlock:
		return t.parseBlock()
	case tokBreak:
		return t.parseBreak(tok.pos, tok.line)
	case tokContinue:
		return t.parseContinue(tok.pos, tok.line)
	case tokElse:
		return t.parseElse()
	case tokEnd:
		return t.parseEnd()
	case tokIf:
		return t.branch(NodeIf, "if")
	case tokRange:
		return t.branch(NodeRange, "range")
	case tokTemplate:
		return t.parseCall()
	case tokWith:
		return t.branch(NodeWith, "with")
	default:
		t.giveBack(tok)
	}
	tok := t.peek()
	return &ActionNode{NodeType: NodeAction, Pos: tok.pos, tr: t, Line: tok.line, Pipe: t.pipeline("command", tokRightDelim)}
}

func (t *Tree) parseBreak(pos Pos, line int) Node {
	if tok := t.takeNonSpace(); tok.kind != tokRightDelim {
		t.unexpected(tok, "{{break}}")
	}
	if t.rangeNest == 0 {
		t.failf("{{break}} outside {{range}}")
	}
	return &BreakNode{NodeType: NodeBreak, Pos: pos, tr: t, Line: line}
}

func (t *Tree) parseContinue(pos Pos, line int) Node {
	if tok := t.takeNonSpace(); tok.kind != tokRightDelim {
		t.unexpected(tok, "{{continue}}")
	}
	if t.rangeNest == 0 {
		t.failf("{{continue}} outside {{range}}")
	}
	return &ContinueNode{NodeType: NodeContinue, Pos: pos, tr: t, Line: line}
}

func (t *Tree) parseEnd() Node {
	return &endNode{NodeType: nodeEnd, Pos: t.expect(tokRightDelim, "end").pos, tr: t}
}

// parseElse reads {{else}}, or the start of {{else if ...}} / {{else with ...}}, whose
// keyword stays unread for branch to handle.
func (t *Tree) parseElse() Node {
	if k := t.peekNonSpace(); k.kind == tokIf || k.kind == tokWith {
		return &elseNode{NodeType: nodeElse, Pos: k.pos, tr: t, Line: k.line}
	}
	tok := t.expect(tokRightDelim, "else")
	return &elseNode{NodeType: nodeElse, Pos: tok.pos, tr: t, Line: tok.line}
}

// branch reads the rest of an if, range or with, including its else part and {{end}}.
func (t *Tree) branch(kind NodeType, context string) Node {
	saved := len(t.vars)
	defer func() { t.vars = t.vars[:saved] }()
	pipe := t.pipeline(context, tokRightDelim)
	if kind == NodeRange {
		t.rangeNest++
	}
	list, next := t.itemList()
	if kind == NodeRange {
		t.rangeNest--
	}
	var elseList *ListNode
	if next.Type() == nodeElse {
		chained := false
		if kind == NodeIf && t.peek().kind == tokIf || kind == NodeWith && t.peek().kind == tokWith {
			// {{else if p}} stands for {{else}}{{if p}}...{{end}}{{end}}, sharing one {{end}}.
			kw := t.take()
			inner := t.branch(kind, context)
			elseList = &ListNode{NodeType: NodeList, Pos: next.Position(), tr: t, Nodes: []Node{inner}}
			_ = kw
			chained = true
		}
		if !chained {
			elseList, next = t.itemList()
			if next.Type() != nodeEnd {
				t.failf("expected end; found %s", next)
			}
		}
	}
	b := BranchNode{NodeType: kind, Pos: pipe.Position(), tr: t, Line: pipe.Line, Pipe: pipe, List: list, ElseList: elseList}
	switch kind {
	case NodeIf:
		return &IfNode{b}
	case NodeRange:
		return &RangeNode{b}
	}
	return &WithNode{b}
}

// templateName reads the quoted name of a template or block.
func (t *Tree) templateName(tok token, context string) string {
	if tok.kind != tokString && tok.kind != tokRawString {
		t.unexpected(tok, context)
	}
	name, err := strconv.Unquote(tok.text)
	if err != nil {
		t.failf("%s", err)
	}
	return name
}

func (t *Tree) parseCall() Node {
	tok := t.takeNonSpace()
	name := t.templateName(tok, "template clause")
	var pipe *PipeNode
	if t.peekNonSpace().kind == tokRightDelim {
		t.takeNonSpace()
	} else {
		pipe = t.pipeline("template clause", tokRightDelim)
	}
	return &TemplateNode{NodeType: NodeTemplate, Pos: tok.pos, tr: t, Line: tok.line, Name: name, Pipe: pipe}
}

// parseBlock reads {{block "name" pipeline}} body {{end}}: it defines the template and
// invokes it in place.
func (t *Tree) parseBlock() Node {
	tok := t.takeNonSpace()
	name := t.templateName(tok, "block clause")
	pipe := t.pipeline("block clause", tokRightDelim)
	body := New(name)
	body.text = t.text
	body.Mode = t.Mode
	body.ParseName = t.ParseName
	body.startParse(t.funcs, t.sc, t.treeSet)
	body.last = t.last
	var end Node
	body.Root, end = body.itemList()
	if end.Type() != nodeEnd {
		t.last = body.last
		t.failf("unexpected %s in block clause", end)
	}
	body.add()
	t.last = body.last
	body.sc = nil
	return &TemplateNode{NodeType: NodeTemplate, Pos: tok.pos, tr: t, Line: tok.line, Name: name, Pipe: pipe}
}

// pipeline reads an optional declaration and the commands up to the end token (a right
// delimiter or a right parenthesis).
func (t *Tree) pipeline(context string, end tokKind) *PipeNode {
	first := t.peekNonSpace()
	pipe := &PipeNode{NodeType: NodePipe, Pos: first.pos, tr: t, Line: first.line}
	t.declarations(pipe, context)
	for {
		tok := t.takeNonSpace()
		switch tok.kind {
		case end:
			if len(pipe.Cmds) == 0 {
				t.failf("missing value for %s", context)
			}
			t.validatePipe(pipe)
			return pipe
		case tokBool, tokCharConst, tokComplex, tokDot, tokField, tokIdent, tokNumber, tokNil,
			tokRawString, tokString, tokVariable, tokLParen:
			t.giveBack(tok)
			pipe.Cmds = append(pipe.Cmds, t.stage())
		default:
			t.unexpected(tok, context)
		}
	}
}

// declarations reads "$x :=", "$x =" or, in a range, "$i, $e :=" at the start of a pipeline.
func (t *Tree) declarations(pipe *PipeNode, context string) {
	for {
		v := t.peekNonSpace()
		if v.kind != tokVariable {
			return
		}
		t.takeNonSpace()
		after := t.take() // a space here must be given back if this is no declaration
		next := after
		if after.kind == tokSpace {
			next = t.peekNonSpace()
		} else {
			t.giveBack(after)
		}
		switch {
		case next.kind == tokAssign || next.kind == tokDeclare:
			t.takeNonSpace()
			pipe.IsAssign = next.kind == tokAssign
			pipe.Decl = append(pipe.Decl, t.declare(v))
			t.vars = append(t.vars, v.text)
			return
		case next.kind == tokChar && next.text == ",":
			t.takeNonSpace()
			pipe.Decl = append(pipe.Decl, t.declare(v))
			t.vars = append(t.vars, v.text)
			if context != "range" || len(pipe.Decl) >= 2 {
				t.failf("too many declarations in %s", context)
			}
			if k := t.peekNonSpace().kind; k != tokVariable {
				t.failf("range can only initialize variables")
			}
			continue
		}
		// Not a declaration: restore the variable (and the space after it).
		if after.kind == tokSpace {
			t.giveBack(after)
		}
		t.giveBack(v)
		return
	}
}

func (t *Tree) declare(v token) *VariableNode {
	return &VariableNode{NodeType: NodeVariable, Pos: v.pos, tr: t, Ident: strings.Split(v.text, ".")}
}

// validatePipe rejects a constant (which cannot take the piped value) after the first stage.
func (t *Tree) validatePipe(pipe *PipeNode) {
	for i := 1; i < len(pipe.Cmds); i++ {
		if plainTerm(pipe.Cmds[i].Args[0]) {
			t.failf("non executable command in pipeline stage %d", i+1)
		}
	}
}

// plainTerm reports whether n is a constant or dot: a value that takes no arguments and
// has no fields to select.
func plainTerm(n Node) bool {
	switch n.(type) {
	case *BoolNode, *DotNode, *NilNode, *NumberNode, *StringNode:
		return true
	}
	return false
}

// command reads operands up to a pipe character (consumed) or the end of the pipeline.
func (t *Tree) stage() *CommandNode {
	cmd := &CommandNode{NodeType: NodeCommand, Pos: t.peekNonSpace().pos, tr: t}
	for {
		t.peekNonSpace()
		if op := t.operandChain(); op != nil {
			cmd.append(op)
		}
		tok := t.take()
		switch tok.kind {
		case tokSpace:
			continue
		case tokRightDelim, tokRParen:
			t.giveBack(tok)
		case tokPipe:
		default:
			t.unexpected(tok, "operand")
		}
		break
	}
	if len(cmd.Args) == 0 {
		t.failf("empty command")
	}
	return cmd
}

// operand reads a term and the field accesses chained on it.
func (t *Tree) operandChain() Node {
	n := t.term()
	if n == nil {
		return nil
	}
	if t.peek().kind != tokField {
		return n
	}
	chain := &ChainNode{NodeType: NodeChain, Pos: t.peek().pos, tr: t, Node: n}
	for t.peek().kind == tokField {
		chain.Add(t.take().text)
	}
	switch n.Type() {
	case NodeField:
		f := n.(*FieldNode)
		return &FieldNode{NodeType: NodeField, Pos: chain.Pos, tr: t, Ident: append(append([]string{}, f.Ident...), chain.Field...)}
	case NodeVariable:
		v := n.(*VariableNode)
		return &VariableNode{NodeType: NodeVariable, Pos: chain.Pos, tr: t, Ident: append(append([]string{}, v.Ident...), chain.Field...)}
	}
	if plainTerm(n) {
		t.failf("unexpected . after term %q", n.String())
	}
	return chain
}

// term reads one value: a constant, a variable, a field, a function name or a
// parenthesized pipeline. It returns nil, reading nothing, at anything else.
func (t *Tree) term() Node {
	tok := t.takeNonSpace()
	switch tok.kind {
	case tokIdent:
		if t.Mode&SkipFuncCheck == 0 && !t.knowsFunc(tok.text) {
			t.failf("function %q not defined", tok.text)
		}
		return NewIdentifier(tok.text).SetTree(t).SetPos(tok.pos)
	case tokDot:
		return &DotNode{NodeType: NodeDot, Pos: tok.pos, tr: t}
	case tokNil:
		return &NilNode{NodeType: NodeNil, Pos: tok.pos, tr: t}
	case tokVariable:
		return t.useVar(tok)
	case tokField:
		return &FieldNode{NodeType: NodeField, Pos: tok.pos, tr: t, Ident: strings.Split(tok.text[1:], ".")}
	case tokBool:
		return &BoolNode{NodeType: NodeBool, Pos: tok.pos, tr: t, True: tok.text == "true"}
	case tokCharConst, tokComplex, tokNumber:
		return t.number(tok)
	case tokLParen:
		return t.pipeline("parenthesized pipeline", tokRParen)
	case tokString, tokRawString:
		s, err := strconv.Unquote(tok.text)
		if err != nil {
			t.failf("%s", err.Error())
		}
		return &StringNode{NodeType: NodeString, Pos: tok.pos, tr: t, Quoted: tok.text, Text: s}
	}
	t.giveBack(tok)
	return nil
}

func (t *Tree) useVar(tok token) Node {
	v := t.declare(tok)
	for _, name := range t.vars {
		if name == v.Ident[0] {
			return v
		}
	}
	t.failf("undefined variable %q", v.Ident[0])
	return nil
}

// number converts a numeric or character constant, recording every type it fits.
func (t *Tree) number(tok token) *NumberNode {
	n := &NumberNode{NodeType: NodeNumber, Pos: tok.pos, tr: t, Text: tok.text}
	text := tok.text
	if tok.kind == tokCharConst {
		r, _, tail, err := strconv.UnquoteChar(text[1:], text[0])
		if err != nil || tail != "'" {
			t.failf("malformed character constant: %s", text)
		}
		n.IsInt, n.Int64 = true, int64(r)
		n.IsUint, n.Uint64 = true, uint64(r)
		n.IsFloat, n.Float64 = true, float64(r)
		return n
	}
	if strings.HasSuffix(text, "i") {
		c, err := strconv.ParseComplex(text, 128)
		if err != nil {
			t.failf("illegal number syntax: %q", text)
		}
		n.IsComplex, n.Complex128 = true, c
		if imag(c) != 0 {
			return n
		}
		n.IsFloat, n.Float64 = true, real(c)
		n.fromFloat()
		return n
	}
	if u, err := strconv.ParseUint(text, 0, 64); err == nil {
		n.IsUint, n.Uint64 = true, u
	}
	if i, err := strconv.ParseInt(text, 0, 64); err == nil {
		n.IsInt, n.Int64 = true, i
		if i >= 0 && !n.IsUint {
			n.IsUint, n.Uint64 = true, uint64(i)
		}
	}
	switch {
	case n.IsInt:
		n.IsFloat, n.Float64 = true, float64(n.Int64)
	case n.IsUint:
		n.IsFloat, n.Float64 = true, float64(n.Uint64)
	default:
		if f, err := strconv.ParseFloat(text, 64); err == nil {
			n.IsFloat, n.Float64 = true, f
			n.fromFloat()
		}
	}
	switch {
	case n.IsInt || n.IsUint:
	case n.IsFloat && !strings.ContainsAny(text, ".eEpPxX"):
		// An integer too large for 64 bits is an error, not a float.
		t.failf("integer overflow: %q", text)
	case !n.IsFloat:
		t.failf("illegal number syntax: %q", text)
	}
	return n
}

// fromFloat marks a float constant with an integral value as an integer too.
func (n *NumberNode) fromFloat() {
	f := n.Float64
	if f != float64(int64(f)) {
		return
	}
	if f >= -(1<<63) && f < 1<<63 {
		n.IsInt, n.Int64 = true, int64(f)
	}
	if f >= 0 && f < 1<<64 {
		n.IsUint, n.Uint64 = true, uint64(f)
	}
}
