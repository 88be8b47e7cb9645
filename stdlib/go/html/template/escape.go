package template

import (
	"fmt"
	"text/template"
	"text/template/parse"
)

// analysis escapes a family of templates: it follows the output context through text and
// actions, records the escapers each action needs, the text to output for each text node,
// and the templates to derive for calls made in non-text contexts. Nothing changes until
// the whole analysis succeeded.
type analysis struct {
	family   *template.Template
	escapers map[*parse.ActionNode][]string
	texts    map[*parse.TextNode]string
	calls    map[*parse.TemplateNode]string
	derived  map[string]*parse.Tree // name -> tree for a template analysed in some context
	outputs  map[string]context     // derived name -> context after it
}

// escapeFamily escapes the template called name (and what it calls) for execution.
// done holds the output contexts of the templates escaped by earlier analyses of the
// family; they are not analysed (or escaped) again.
func escapeFamily(family *template.Template, name string, done map[string]context) error {
	if _, ok := done[name]; ok {
		return nil
	}
	a := &analysis{
		family:   family,
		escapers: map[*parse.ActionNode][]string{},
		texts:    map[*parse.TextNode]string{},
		calls:    map[*parse.TemplateNode]string{},
		derived:  map[string]*parse.Tree{},
		outputs:  map[string]context{},
	}
	for k, v := range done {
		a.outputs[k] = v
	}
	c, _ := a.call(context{}, name, nil)
	if c.state == stateError {
		if c.err.Name == "" {
			c.err.Name = name
		}
		return c.err
	}
	if c.state != stateText {
		return &Error{ErrorCode: ErrEndContext, Name: name, Description: fmt.Sprintf("ends in a non-text context: %v", c)}
	}
	a.commit()
	for k, v := range a.outputs {
		done[k] = v
	}
	return nil
}

// call analyses template name entered in context c and returns the context after it and
// the name to call (a derived template for contexts other than text).
func (a *analysis) call(c context, name string, at parse.Node) (context, string) {
	target := name
	if c != (context{}) {
		target = name + "$htmltemplate_" + c.key("_")
	}
	if out, ok := a.outputs[target]; ok {
		return out, target
	}
	t := a.family.Lookup(name)
	if t == nil || t.Tree == nil {
		if done := a.family.Lookup(target); done != nil && done.Tree != nil && target != name {
			// derived by an earlier execution
			t = done
		} else {
			return errorContext(ErrNoSuchTemplate, at, 0, fmt.Sprintf("no such template %q", name)), target
		}
	}
	tree := t.Tree
	if target != name {
		tree = t.Tree.Copy()
		tree.Name = target
	}
	a.derived[target] = tree
	// Assume the output equals the input while recursing; the result must agree.
	a.outputs[target] = c
	out := a.list(c, tree.Root)
	if out.state != stateError && out != c && a.outputs[target] != out {
		a.outputs[target] = out
		out = a.list(c, tree.Root)
	}
	a.outputs[target] = out
	return out, target
}

func (a *analysis) list(c context, l *parse.ListNode) context {
	if l == nil {
		return c
	}
	for _, n := range l.Nodes {
		c = a.node(c, n)
		if c.state == stateError {
			return c
		}
	}
	return c
}

func (a *analysis) node(c context, n parse.Node) context {
	switch n := n.(type) {
	case *parse.ActionNode:
		return a.action(c, n)
	case *parse.BreakNode, *parse.ContinueNode, *parse.CommentNode:
		return c
	case *parse.IfNode:
		return a.branch(c, &n.BranchNode, "if")
	case *parse.WithNode:
		return a.branch(c, &n.BranchNode, "with")
	case *parse.RangeNode:
		return a.branch(c, &n.BranchNode, "range")
	case *parse.ListNode:
		return a.list(c, n)
	case *parse.TemplateNode:
		out, target := a.call(c, n.Name, n)
		if target != n.Name {
			a.calls[n] = target
		}
		return out
	case *parse.TextNode:
		out, text := advance(c, string(n.Text))
		a.texts[n] = text
		return out
	}
	return errorContext(ErrBadHTML, n, 0, fmt.Sprintf("unknown node type %T", n))
}

// branch joins the contexts at the ends of an if, with or range.
func (a *analysis) branch(c context, b *parse.BranchNode, word string) context {
	body := a.list(c, b.List)
	if word == "range" {
		if body.state == stateError {
			return body
		}
		again := a.list(body, b.List)
		if again.state != stateError && again != body {
			return errorContext(ErrBranchEnd, b, 0, "on range loop re-entry: "+joinFail(body, again, word))
		}
	}
	other := c
	if b.ElseList != nil {
		other = a.list(c, b.ElseList)
	}
	return join(body, other, b, word)
}

func joinFail(x, y context, word string) string {
	return fmt.Sprintf("{{%s}} branches end in different contexts: %v, %v", word, x, y)
}

// join merges two contexts that must agree, except that differing URL parts or JavaScript
// slash meanings become "unknown".
func join(x, y context, n parse.Node, word string) context {
	if x.state == stateError {
		return x
	}
	if y.state == stateError {
		return y
	}
	if x == y {
		return x
	}
	// An action in a tag may start an attribute name: a branch that ends there joins one
	// that is still between attributes.
	if outputStart(x) == y {
		return y
	}
	if outputStart(y) == x {
		return x
	}
	u := x
	u.urlPart = y.urlPart
	if u == y {
		u.urlPart = urlPartUnknown
		return u
	}
	u = x
	u.jsCtx = y.jsCtx
	if u == y {
		u.jsCtx = jsCtxUnknown
		return u
	}
	return errorContext(ErrBranchEnd, n, 0, joinFail(x, y, word))
}

// outputStart is where an action's output begins when the action stands between
// markup tokens: in a tag it starts an attribute name, after "=" an unquoted value.
func outputStart(c context) context {
	if c.state == stateBeforeValue {
		return valueContext(c, delimSpaceOrTagEnd)
	}
	if c.state == stateTag || c.state == stateAfterName {
		return context{state: stateAttrName, element: c.element}
	}
	return c
}

// action chooses the escapers for an action's output in context c.
func (a *analysis) action(c context, n *parse.ActionNode) context {
	if len(n.Pipe.Decl) > 0 {
		return c // declarations print nothing
	}
	c = outputStart(c)
	var fns []string
	switch st := c.state; {
	case st == stateURL || st.inCSSQuotes() || st.inCSSURL():
		switch c.urlPart {
		case urlPartNone:
			fns = append(fns, "_html_template_urlfilter")
			fallthrough
		case urlPartPreQuery:
			if st.inCSSQuotes() {
				fns = append(fns, "_html_template_cssescaper")
			} else {
				fns = append(fns, "_html_template_urlnormalizer")
			}
		case urlPartQueryOrFrag:
			fns = append(fns, "_html_template_urlescaper")
		case urlPartUnknown:
			return errorContext(ErrAmbigContext, n, 0, fmt.Sprintf("%s appears in an ambiguous context within a URL", n))
		}
	case st == stateJS:
		fns = append(fns, "_html_template_jsvalescaper")
		c.jsCtx = jsCtxDivOp
	case st == stateAttr:
	case st == stateAttrName:
		fns = append(fns, "_html_template_htmlnamefilter")
	case st.isComment():
		fns = append(fns, "_html_template_commentescaper")
	default:
		f, ok := stateEscaper[st]
		if !ok {
			return errorContext(ErrOutputContext, n, 0, fmt.Sprintf("%s appears in an unexpected context: %v", n, c))
		}
		fns = append(fns, f)
	}
	switch c.delim {
	case delimNone:
	case delimSpaceOrTagEnd:
		fns = append(fns, "_html_template_nospaceescaper")
	default:
		fns = append(fns, "_html_template_attrescaper")
	}
	fns, err := mergePredefined(n, fns)
	if err != nil {
		return context{state: stateError, err: err}
	}
	a.escapers[n] = fns
	return c
}

// stateEscaper is the escaper for an action in the states that need just one.
var stateEscaper = map[state]string{
	stateJSDqStr:   "_html_template_jsstrescaper",
	stateJSSqStr:   "_html_template_jsstrescaper",
	stateJSTmplLit: "_html_template_jstmpllitescaper",
	stateJSRegexp:  "_html_template_jsregexpescaper",
	stateCSS:       "_html_template_cssvaluefilter",
	stateText:      "_html_template_htmlescaper",
	stateRCDATA:    "_html_template_rcdataescaper",
	stateSrcset:    "_html_template_srcsetescaper",
}

// mergePredefined lets a pipeline ending in the predefined escaper html or urlquery keep
// it in place of the equivalent escaper; elsewhere in a pipeline they are errors.
func mergePredefined(n *parse.ActionNode, fns []string) ([]string, *Error) {
	cmds := n.Pipe.Cmds
	for i, cmd := range cmds {
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok || id.Ident != "html" && id.Ident != "urlquery" {
			continue
		}
		if i != len(cmds)-1 {
			return nil, &Error{ErrorCode: ErrPredefinedEscaper, Node: n, Description: fmt.Sprintf("predefined escaper %q disallowed in template", id.Ident)}
		}
		same := "_html_template_htmlescaper"
		if id.Ident == "urlquery" {
			same = "_html_template_urlescaper"
		}
		for j, f := range fns {
			if f == same || id.Ident == "html" && (f == "_html_template_attrescaper" || f == "_html_template_rcdataescaper") && j == 0 {
				return append(append([]string{}, fns[:j]...), fns[j+1:]...), nil
			}
		}
	}
	return fns, nil
}

// commit applies the analysis: escapers appended to pipelines, comment-free texts, calls
// renamed to derived templates, which join the family.
func (a *analysis) commit() {
	for n, fns := range a.escapers {
		for _, f := range fns {
			id := parse.NewIdentifier(f).SetTree(nil).SetPos(n.Pos)
			n.Pipe.Cmds = append(n.Pipe.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: n.Pos, Args: []parse.Node{id}})
		}
	}
	for n, text := range a.texts {
		n.Text = []byte(text)
	}
	for n, target := range a.calls {
		n.Name = target
	}
	for name, tree := range a.derived {
		if a.family.Lookup(name) == nil {
			a.family.AddParseTree(name, tree)
		}
	}
}
