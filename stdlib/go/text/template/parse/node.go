package parse

import (
	"strconv"
	"strings"
)

// A Node is one element of a parse tree.
type Node interface {
	Type() NodeType
	String() string
	// Copy returns a deep copy of the node.
	Copy() Node
	Position() Pos
	owner() *Tree
	appendTo(*strings.Builder)
}

// NodeType identifies the kind of a Node.
type NodeType int

// Pos is a byte offset in the text a tree was parsed from.
type Pos int

func (p Pos) Position() Pos { return p }

func (t NodeType) Type() NodeType { return t }

const (
	NodeText NodeType = iota
	NodeAction
	NodeBool
	NodeChain
	NodeCommand
	NodeDot
	nodeElse
	nodeEnd
	NodeField
	NodeIdentifier
	NodeIf
	NodeList
	NodeNil
	NodeNumber
	NodePipe
	NodeRange
	NodeString
	NodeTemplate
	NodeVariable
	NodeWith
	NodeComment
	NodeBreak
	NodeContinue
)

// render builds a node's String form.
func render(n Node) string {
	var b strings.Builder
	n.appendTo(&b)
	return b.String()
}

// ListNode is a run of nodes executed in order: a template body or a branch.
type ListNode struct {
	NodeType
	Pos
	tr    *Tree
	Nodes []Node
}

func (l *ListNode) append(n Node)  { l.Nodes = append(l.Nodes, n) }
func (l *ListNode) owner() *Tree   { return l.tr }
func (l *ListNode) String() string { return render(l) }
func (l *ListNode) appendTo(b *strings.Builder) {
	for _, n := range l.Nodes {
		n.appendTo(b)
	}
}

func (l *ListNode) CopyList() *ListNode {
	if l == nil {
		return l
	}
	c := &ListNode{NodeType: NodeList, Pos: l.Pos, tr: l.tr}
	for _, n := range l.Nodes {
		c.append(n.Copy())
	}
	return c
}

func (l *ListNode) Copy() Node { return l.CopyList() }

// TextNode is plain text outside actions.
type TextNode struct {
	NodeType
	Pos
	tr   *Tree
	Text []byte
}

func (t *TextNode) owner() *Tree                { return t.tr }
func (t *TextNode) String() string              { return string(t.Text) }
func (t *TextNode) appendTo(b *strings.Builder) { b.Write(t.Text) }
func (t *TextNode) Copy() Node {
	return &TextNode{NodeType: NodeText, Pos: t.Pos, tr: t.tr, Text: append([]byte{}, t.Text...)}
}

// CommentNode is a {{/* comment */}}, kept only in ParseComments mode.
type CommentNode struct {
	NodeType
	Pos
	tr   *Tree
	Text string
}

func (c *CommentNode) owner() *Tree                { return c.tr }
func (c *CommentNode) String() string              { return render(c) }
func (c *CommentNode) appendTo(b *strings.Builder) { b.WriteString("{{" + c.Text + "}}") }
func (c *CommentNode) Copy() Node {
	return &CommentNode{NodeType: NodeComment, Pos: c.Pos, tr: c.tr, Text: c.Text}
}

// PipeNode is a pipeline, optionally declaring or assigning variables.
type PipeNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int
	IsAssign bool
	Decl     []*VariableNode
	Cmds     []*CommandNode
}

func (p *PipeNode) owner() *Tree   { return p.tr }
func (p *PipeNode) String() string { return render(p) }
func (p *PipeNode) appendTo(b *strings.Builder) {
	for i, v := range p.Decl {
		if i > 0 {
			b.WriteString(", ")
		}
		v.appendTo(b)
	}
	if len(p.Decl) > 0 {
		if p.IsAssign {
			b.WriteString(" = ")
		} else {
			b.WriteString(" := ")
		}
	}
	for i, c := range p.Cmds {
		if i > 0 {
			b.WriteString(" | ")
		}
		c.appendTo(b)
	}
}

func (p *PipeNode) CopyPipe() *PipeNode {
	if p == nil {
		return p
	}
	c := &PipeNode{NodeType: NodePipe, Pos: p.Pos, tr: p.tr, Line: p.Line, IsAssign: p.IsAssign}
	for _, v := range p.Decl {
		c.Decl = append(c.Decl, v.Copy().(*VariableNode))
	}
	for _, cmd := range p.Cmds {
		c.Cmds = append(c.Cmds, cmd.Copy().(*CommandNode))
	}
	return c
}

func (p *PipeNode) Copy() Node { return p.CopyPipe() }

// ActionNode is an action whose pipeline's value is printed unless it declares variables.
type ActionNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
	Pipe *PipeNode
}

func (a *ActionNode) owner() *Tree   { return a.tr }
func (a *ActionNode) String() string { return render(a) }
func (a *ActionNode) appendTo(b *strings.Builder) {
	b.WriteString("{{")
	a.Pipe.appendTo(b)
	b.WriteString("}}")
}
func (a *ActionNode) Copy() Node {
	return &ActionNode{NodeType: NodeAction, Pos: a.Pos, tr: a.tr, Line: a.Line, Pipe: a.Pipe.CopyPipe()}
}

// CommandNode is one stage of a pipeline: an operand, or a function or method and its arguments.
type CommandNode struct {
	NodeType
	Pos
	tr   *Tree
	Args []Node
}

func (c *CommandNode) append(n Node)  { c.Args = append(c.Args, n) }
func (c *CommandNode) owner() *Tree   { return c.tr }
func (c *CommandNode) String() string { return render(c) }
func (c *CommandNode) appendTo(b *strings.Builder) {
	for i, a := range c.Args {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeOperand(b, a)
	}
}
func (c *CommandNode) Copy() Node {
	n := &CommandNode{NodeType: NodeCommand, Pos: c.Pos, tr: c.tr}
	for _, a := range c.Args {
		n.append(a.Copy())
	}
	return n
}

// writeOperand parenthesizes a nested pipeline.
func writeOperand(b *strings.Builder, n Node) {
	if p, ok := n.(*PipeNode); ok {
		b.WriteByte('(')
		p.appendTo(b)
		b.WriteByte(')')
		return
	}
	n.appendTo(b)
}

// IdentifierNode names a function.
type IdentifierNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident string
}

// NewIdentifier returns an identifier node; SetPos and SetTree complete it.
func NewIdentifier(ident string) *IdentifierNode {
	id := new(IdentifierNode)
	id.NodeType, id.Ident = NodeIdentifier, ident
	return id
}

func (i *IdentifierNode) SetPos(pos Pos) *IdentifierNode { i.Pos = pos; return i }
func (i *IdentifierNode) SetTree(t *Tree) *IdentifierNode {
	i.tr = t
	return i
}
func (i *IdentifierNode) owner() *Tree                { return i.tr }
func (i *IdentifierNode) String() string              { return i.Ident }
func (i *IdentifierNode) appendTo(b *strings.Builder) { b.WriteString(i.Ident) }
func (i *IdentifierNode) Copy() Node {
	c := *i
	return &c
}

// VariableNode is a variable with an optional chain of field names: $x.A.B.
type VariableNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string
}

func (v *VariableNode) owner() *Tree                { return v.tr }
func (v *VariableNode) String() string              { return render(v) }
func (v *VariableNode) appendTo(b *strings.Builder) { b.WriteString(strings.Join(v.Ident, ".")) }
func (v *VariableNode) Copy() Node {
	return &VariableNode{NodeType: NodeVariable, Pos: v.Pos, tr: v.tr, Ident: append([]string{}, v.Ident...)}
}

// DotNode is the cursor, dot.
type DotNode struct {
	NodeType
	Pos
	tr *Tree
}

func (d *DotNode) Type() NodeType              { return NodeDot }
func (d *DotNode) owner() *Tree                { return d.tr }
func (d *DotNode) String() string              { return "." }
func (d *DotNode) appendTo(b *strings.Builder) { b.WriteByte('.') }
func (d *DotNode) Copy() Node                  { return &DotNode{NodeType: NodeDot, Pos: d.Pos, tr: d.tr} }

// NilNode is the untyped nil constant.
type NilNode struct {
	NodeType
	Pos
	tr *Tree
}

func (n *NilNode) Type() NodeType              { return NodeNil }
func (n *NilNode) owner() *Tree                { return n.tr }
func (n *NilNode) String() string              { return "nil" }
func (n *NilNode) appendTo(b *strings.Builder) { b.WriteString("nil") }
func (n *NilNode) Copy() Node                  { return &NilNode{NodeType: NodeNil, Pos: n.Pos, tr: n.tr} }

// FieldNode is a field or method chain on dot: .A.B.
type FieldNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string
}

func (f *FieldNode) owner() *Tree   { return f.tr }
func (f *FieldNode) String() string { return render(f) }
func (f *FieldNode) appendTo(b *strings.Builder) {
	for _, id := range f.Ident {
		b.WriteByte('.')
		b.WriteString(id)
	}
}
func (f *FieldNode) Copy() Node {
	return &FieldNode{NodeType: NodeField, Pos: f.Pos, tr: f.tr, Ident: append([]string{}, f.Ident...)}
}

// ChainNode is a term followed by field accesses: (pipeline).A.B.
type ChainNode struct {
	NodeType
	Pos
	tr    *Tree
	Node  Node
	Field []string
}

// Add appends a field selection written ".Name".
func (c *ChainNode) Add(f string) {
	switch {
	case !strings.HasPrefix(f, "."):
		panic("no dot in field")
	case len(f) == 1:
		panic("empty field")
	}
	c.Field = append(c.Field, f[1:])
}

func (c *ChainNode) owner() *Tree   { return c.tr }
func (c *ChainNode) String() string { return render(c) }
func (c *ChainNode) appendTo(b *strings.Builder) {
	writeOperand(b, c.Node)
	for _, f := range c.Field {
		b.WriteByte('.')
		b.WriteString(f)
	}
}
func (c *ChainNode) Copy() Node {
	return &ChainNode{NodeType: NodeChain, Pos: c.Pos, tr: c.tr, Node: c.Node, Field: append([]string{}, c.Field...)}
}

// BoolNode is a boolean constant.
type BoolNode struct {
	NodeType
	Pos
	tr   *Tree
	True bool
}

func (b *BoolNode) owner() *Tree { return b.tr }
func (b *BoolNode) String() string {
	if b.True {
		return "true"
	}
	return "false"
}
func (b *BoolNode) appendTo(sb *strings.Builder) { sb.WriteString(b.String()) }
func (b *BoolNode) Copy() Node {
	return &BoolNode{NodeType: NodeBool, Pos: b.Pos, tr: b.tr, True: b.True}
}

// NumberNode is a numeric constant, with every Go type its value fits.
type NumberNode struct {
	NodeType
	Pos
	tr         *Tree
	IsInt      bool
	IsUint     bool
	IsFloat    bool
	IsComplex  bool
	Int64      int64
	Uint64     uint64
	Float64    float64
	Complex128 complex128
	Text       string
}

func (n *NumberNode) owner() *Tree                { return n.tr }
func (n *NumberNode) String() string              { return n.Text }
func (n *NumberNode) appendTo(b *strings.Builder) { b.WriteString(n.Text) }
func (n *NumberNode) Copy() Node {
	c := *n
	return &c
}

// StringNode is a string constant, with its text as written (Quoted) and its value.
type StringNode struct {
	NodeType
	Pos
	tr     *Tree
	Quoted string
	Text   string
}

func (s *StringNode) owner() *Tree                { return s.tr }
func (s *StringNode) String() string              { return s.Quoted }
func (s *StringNode) appendTo(b *strings.Builder) { b.WriteString(s.Quoted) }
func (s *StringNode) Copy() Node {
	return &StringNode{NodeType: NodeString, Pos: s.Pos, tr: s.tr, Quoted: s.Quoted, Text: s.Text}
}

// endNode and elseNode mark where a list ends; they never stay in a finished tree.
type endNode struct {
	NodeType
	Pos
	tr *Tree
}

func (e *endNode) owner() *Tree                { return e.tr }
func (e *endNode) String() string              { return "{{end}}" }
func (e *endNode) appendTo(b *strings.Builder) { b.WriteString("{{end}}") }
func (e *endNode) Copy() Node                  { return &endNode{NodeType: nodeEnd, Pos: e.Pos, tr: e.tr} }

type elseNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
}

func (e *elseNode) owner() *Tree                { return e.tr }
func (e *elseNode) String() string              { return "{{else}}" }
func (e *elseNode) appendTo(b *strings.Builder) { b.WriteString("{{else}}") }
func (e *elseNode) Copy() Node {
	return &elseNode{NodeType: nodeElse, Pos: e.Pos, tr: e.tr, Line: e.Line}
}

// BranchNode is the common part of if, range and with.
type BranchNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int
	Pipe     *PipeNode
	List     *ListNode
	ElseList *ListNode
}

func (b *BranchNode) owner() *Tree   { return b.tr }
func (b *BranchNode) String() string { return render(b) }
func (b *BranchNode) appendTo(sb *strings.Builder) {
	word := "if"
	switch b.NodeType {
	case NodeRange:
		word = "range"
	case NodeWith:
		word = "with"
	}
	sb.WriteString("{{" + word + " ")
	b.Pipe.appendTo(sb)
	sb.WriteString("}}")
	b.List.appendTo(sb)
	if b.ElseList != nil {
		sb.WriteString("{{else}}")
		b.ElseList.appendTo(sb)
	}
	sb.WriteString("{{end}}")
}

func (b *BranchNode) copyBranch() BranchNode {
	return BranchNode{NodeType: b.NodeType, Pos: b.Pos, tr: b.tr, Line: b.Line,
		Pipe: b.Pipe.CopyPipe(), List: b.List.CopyList(), ElseList: b.ElseList.CopyList()}
}

func (b *BranchNode) Copy() Node {
	switch b.NodeType {
	case NodeIf:
		return &IfNode{b.copyBranch()}
	case NodeRange:
		return &RangeNode{b.copyBranch()}
	case NodeWith:
		return &WithNode{b.copyBranch()}
	}
	panic("unknown branch type")
}

// IfNode is {{if}}; RangeNode {{range}}; WithNode {{with}}.
type IfNode struct{ BranchNode }

func (i *IfNode) Copy() Node { return &IfNode{i.copyBranch()} }

type RangeNode struct{ BranchNode }

func (r *RangeNode) Copy() Node { return &RangeNode{r.copyBranch()} }

type WithNode struct{ BranchNode }

func (w *WithNode) Copy() Node { return &WithNode{w.copyBranch()} }

// BreakNode is {{break}} and ContinueNode {{continue}}, inside a range.
type BreakNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
}

func (b *BreakNode) owner() *Tree                 { return b.tr }
func (b *BreakNode) String() string               { return "{{break}}" }
func (b *BreakNode) appendTo(sb *strings.Builder) { sb.WriteString("{{break}}") }
func (b *BreakNode) Copy() Node {
	return &BreakNode{NodeType: NodeBreak, Pos: b.Pos, tr: b.tr, Line: b.Line}
}

type ContinueNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
}

func (c *ContinueNode) owner() *Tree                 { return c.tr }
func (c *ContinueNode) String() string               { return "{{continue}}" }
func (c *ContinueNode) appendTo(sb *strings.Builder) { sb.WriteString("{{continue}}") }
func (c *ContinueNode) Copy() Node {
	return &ContinueNode{NodeType: NodeContinue, Pos: c.Pos, tr: c.tr, Line: c.Line}
}

// TemplateNode invokes a named template: {{template "name" pipeline}}.
type TemplateNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
	Name string
	Pipe *PipeNode
}

func (t *TemplateNode) owner() *Tree   { return t.tr }
func (t *TemplateNode) String() string { return render(t) }
func (t *TemplateNode) appendTo(b *strings.Builder) {
	b.WriteString("{{template " + strconv.Quote(t.Name))
	if t.Pipe != nil {
		b.WriteByte(' ')
		t.Pipe.appendTo(b)
	}
	b.WriteString("}}")
}
func (t *TemplateNode) Copy() Node {
	return &TemplateNode{NodeType: NodeTemplate, Pos: t.Pos, tr: t.tr, Line: t.Line, Name: t.Name, Pipe: t.Pipe.CopyPipe()}
}
