package template

import (
	"fmt"
	"strings"
)

// advance computes the context after the template text s, starting in c, and the text to
// output instead of s: HTML comments are removed, and JavaScript and CSS comments become
// a space (block comments) or nothing (line comments).
func advance(c context, s string) (context, string) {
	var out strings.Builder
	if s != "" && (c.state == stateJSBlockCmt || c.state == stateCSSBlockCmt) {
		out.WriteByte(' ') // a comment continued from before an action
	}
	for s != "" && c.state != stateError {
		switch {
		case c.delim != delimNone:
			c, s = attrValueStep(c, s, &out)
		case c.element != elementNone && c.state != stateTag && c.state != stateAttrName &&
			c.state != stateAfterName && c.state != stateBeforeValue:
			c, s = elementBodyStep(c, s, &out)
		default:
			c, s = markupStep(c, s, &out)
		}
	}
	return c, out.String()
}

// attrValueStep handles text inside an attribute value, up to its closing delimiter.
func attrValueStep(c context, s string, out *strings.Builder) (context, string) {
	var end int
	switch c.delim {
	case delimDoubleQuote:
		end = strings.IndexByte(s, '"')
	case delimSingleQuote:
		end = strings.IndexByte(s, '\'')
	default:
		end = strings.IndexAny(s, " \t\n\f\r>")
	}
	body := s
	if end >= 0 {
		body = s[:end]
	}
	c = innerText(c, body, out)
	if end < 0 {
		return c, ""
	}
	// A closing quote belongs to the value; a space or '>' does not.
	closing := map[delim]int{delimDoubleQuote: 1, delimSingleQuote: 1}[c.delim]
	out.WriteString(s[end : end+closing])
	return context{state: stateTag, element: c.element}, s[end+closing:]
}

// elementBodyStep handles the body of script, style, textarea and title elements, up to
// the element's end tag.
func elementBodyStep(c context, s string, out *strings.Builder) (context, string) {
	name := c.element.tagName()
	end := endTagIndex(s, name)
	body := s
	if end >= 0 {
		body = s[:end]
	}
	c = innerText(c, body, out)
	if end < 0 {
		return c, ""
	}
	out.WriteString(s[end : end+2+len(name)])
	return context{state: stateTag}, s[end+2+len(name):]
}

// endTagIndex finds "</name" (any case) followed by a space, '/' or '>' or the end.
func endTagIndex(s, name string) int {
	low := strings.ToLower(s)
	from := 0
	for {
		i := strings.Index(low[from:], "</"+name)
		if i < 0 {
			return -1
		}
		i += from
		j := i + 2 + len(name)
		if j == len(s) || strings.IndexByte(" \t\n\f\r/>", s[j]) >= 0 {
			return i
		}
		from = j
	}
}

// markupStep handles HTML outside attribute values and special element bodies.
func markupStep(c context, s string, out *strings.Builder) (context, string) {
	switch c.state {
	case stateText:
		i := strings.IndexByte(s, '<')
		if i < 0 {
			out.WriteString(s)
			return c, ""
		}
		out.WriteString(s[:i])
		s = s[i:]
		if strings.HasPrefix(s, "<!--") {
			return context{state: stateHTMLCmt}, s[4:]
		}
		closing := len(s) > 1 && s[1] == '/'
		n := 1
		if closing {
			n = 2
		}
		if len(s) <= n || !isASCIILetter(s[n]) {
			// A '<' that starts no tag is written as an entity (so data placed after it
			// cannot complete a tag), except before a doctype declaration.
			if len(s) >= 9 && strings.EqualFold(s[2:9], "doctype") && s[1] == '!' {
				out.WriteByte('<')
			} else {
				out.WriteString("&lt;")
			}
			return c, s[1:]
		}
		j := n
		for j < len(s) && (isASCIILetter(s[j]) || '0' <= s[j] && s[j] <= '9') {
			j++
		}
		out.WriteString(s[:j])
		el := elementNone
		if !closing {
			el = elementByName(strings.ToLower(s[n:j]))
		}
		return context{state: stateTag, element: el}, s[j:]
	case stateHTMLCmt:
		i := strings.Index(s, "-->")
		if i < 0 {
			return c, ""
		}
		return context{state: stateText}, s[i+3:]
	case stateTag:
		whole := s
		i := skipSpace(s)
		out.WriteString(s[:i])
		s = s[i:]
		if s == "" {
			return c, ""
		}
		switch s[0] {
		case '>':
			out.WriteByte('>')
			return afterTag(c.element), s[1:]
		case '/':
			out.WriteByte('/')
			return c, s[1:]
		case '"', '\'', '<', '=':
			return errorContext(ErrBadHTML, nil, 0, fmt.Sprintf("%q in attribute name: %.32q", s[:1], whole)), ""
		}
		j := attrNameEnd(s)
		out.WriteString(s[:j])
		c.attr = attrKind(s[:j])
		if j == len(s) {
			c.state = stateAttrName
			return c, ""
		}
		c.state = stateAfterName
		return c, s[j:]
	case stateAttrName:
		j := attrNameEnd(s)
		out.WriteString(s[:j])
		if j == len(s) {
			return c, ""
		}
		c.state = stateAfterName
		return c, s[j:]
	case stateAfterName:
		i := skipSpace(s)
		out.WriteString(s[:i])
		s = s[i:]
		if s == "" {
			return c, ""
		}
		if s[0] == '=' {
			out.WriteByte('=')
			c.state = stateBeforeValue
			return c, s[1:]
		}
		return context{state: stateTag, element: c.element}, s
	case stateBeforeValue:
		i := skipSpace(s)
		out.WriteString(s[:i])
		s = s[i:]
		if s == "" {
			return c, ""
		}
		d := delimSpaceOrTagEnd
		switch s[0] {
		case '"':
			d = delimDoubleQuote
		case '\'':
			d = delimSingleQuote
		}
		if d != delimSpaceOrTagEnd {
			out.WriteByte(s[0])
			s = s[1:]
		}
		return valueContext(c, d), s
	}
	return errorContext(ErrBadHTML, nil, 0, fmt.Sprintf("unexpected state %v in markup", c.state)), ""
}

// valueContext is the context at the start of an attribute value.
func valueContext(c context, d delim) context {
	v := context{delim: d, attr: c.attr, element: c.element}
	switch c.attr {
	case attrURL:
		v.state = stateURL
	case attrScript:
		v.state = stateJS
	case attrStyle:
		v.state = stateCSS
	case attrSrcset:
		v.state = stateSrcset
	default:
		v.state = stateAttr
	}
	return v
}

// afterTag is the context after the '>' of a start tag.
func afterTag(el element) context {
	switch el {
	case elementScript:
		return context{state: stateJS, element: el}
	case elementStyle:
		return context{state: stateCSS, element: el}
	case elementTextarea, elementTitle:
		return context{state: stateRCDATA, element: el}
	}
	return context{state: stateText}
}

func elementByName(name string) element {
	switch name {
	case "script":
		return elementScript
	case "style":
		return elementStyle
	case "textarea":
		return elementTextarea
	case "title":
		return elementTitle
	}
	return elementNone
}

func skipSpace(s string) int {
	i := 0
	for i < len(s) && strings.IndexByte(" \t\n\f\r", s[i]) >= 0 {
		i++
	}
	return i
}

func attrNameEnd(s string) int {
	i := 0
	for i < len(s) && strings.IndexByte(" \t\n\f\r=>/", s[i]) < 0 {
		i++
	}
	return i
}

// urlPartAfter is the part of a URL reached after text: a '?' or '#' starts the query or
// fragment, anything else leaves the start.
func urlPartAfter(p urlPart, text string) urlPart {
	switch {
	case strings.ContainsAny(text, "?#"):
		return urlPartQueryOrFrag
	case text != "" && p == urlPartNone:
		return urlPartPreQuery
	}
	return p
}

// innerText advances through text that is all inside one attribute value or element body,
// in the URL, JavaScript, CSS or plain sub-languages.
func innerText(c context, s string, out *strings.Builder) context {
	for s != "" {
		c, s = innerStep(c, s, out)
	}
	return c
}

func innerStep(c context, s string, out *strings.Builder) (context, string) {
	if c.state.inJSLiteral() {
		end := literalEnd(s, c.state)
		if end < 0 {
			out.WriteString(s)
			return c, ""
		}
		out.WriteString(s[:end+1])
		// A literal is a value: a slash after it divides.
		return context{state: stateJS, jsCtx: jsCtxDivOp, delim: c.delim, attr: c.attr, element: c.element}, s[end+1:]
	}
	switch c.state {
	case stateAttr, stateSrcset:
		out.WriteString(s)
		return c, ""
	case stateRCDATA:
		// No markup in a title or textarea: every '<' of the template's text is written
		// as an entity, as Go does.
		out.WriteString(strings.ReplaceAll(s, "<", "&lt;"))
		return c, ""
	case stateURL:
		out.WriteString(s)
		c.urlPart = urlPartAfter(c.urlPart, s)
		return c, ""
	case stateJS:
		i := strings.IndexAny(s, "\"'`/")
		if i < 0 {
			c.jsCtx = slashMeaning(s, c.jsCtx)
			out.WriteString(s)
			return c, ""
		}
		c.jsCtx = slashMeaning(s[:i], c.jsCtx)
		out.WriteString(s[:i])
		s = s[i:]
		switch {
		case s[0] == '"':
			c.state = stateJSDqStr
		case s[0] == '\'':
			c.state = stateJSSqStr
		case s[0] == '`':
			c.state = stateJSTmplLit
		case strings.HasPrefix(s, "//"):
			c.state = stateJSLineCmt
			return c, s[2:]
		case strings.HasPrefix(s, "/*"):
			c.state = stateJSBlockCmt
			out.WriteByte(' ')
			return c, s[2:]
		case c.jsCtx == jsCtxRegexp:
			c.state = stateJSRegexp
		default:
			c.jsCtx = jsCtxRegexp // after a division operator
		}
		out.WriteByte(s[0])
		return c, s[1:]
	case stateJSBlockCmt, stateCSSBlockCmt:
		i := strings.Index(s, "*/")
		if i < 0 {
			return c, ""
		}
		if c.state == stateJSBlockCmt {
			c.state = stateJS
		} else {
			c.state = stateCSS
		}
		return c, s[i+2:]
	case stateJSLineCmt, stateCSSLineCmt:
		i := strings.IndexAny(s, "\n\r\u2028\u2029")
		if i < 0 {
			return c, ""
		}
		if c.state == stateJSLineCmt {
			c.state = stateJS
		} else {
			c.state = stateCSS
		}
		return c, s[i:]
	case stateCSS:
		i := strings.IndexAny(s, "\"'/(")
		if i < 0 {
			out.WriteString(s)
			return c, ""
		}
		out.WriteString(s[:i])
		rest := s[i:]
		switch {
		case rest[0] == '"':
			c.state = stateCSSDqStr
		case rest[0] == '\'':
			c.state = stateCSSSqStr
		case strings.HasPrefix(rest, "/*"):
			c.state = stateCSSBlockCmt
			out.WriteByte(' ')
			return c, rest[2:]
		case strings.HasPrefix(rest, "//"):
			c.state = stateCSSLineCmt
			return c, rest[2:]
		case rest[0] == '(' && strings.HasSuffix(strings.ToLower(strings.TrimRight(s[:i], " \t\n\f\r")), "url"):
			out.WriteByte('(')
			rest = rest[1:]
			j := skipSpace(rest)
			out.WriteString(rest[:j])
			rest = rest[j:]
			c.urlPart = urlPartNone
			switch {
			case strings.HasPrefix(rest, `"`):
				c.state = stateCSSDqURL
				out.WriteByte('"')
				return c, rest[1:]
			case strings.HasPrefix(rest, "'"):
				c.state = stateCSSSqURL
				out.WriteByte('\'')
				return c, rest[1:]
			}
			c.state = stateCSSURL
			return c, rest
		}
		out.WriteByte(rest[0])
		return c, rest[1:]
	case stateCSSDqStr, stateCSSSqStr, stateCSSDqURL, stateCSSSqURL, stateCSSURL:
		stop := map[state]string{stateCSSDqStr: `"`, stateCSSDqURL: `"`, stateCSSSqStr: "'",
			stateCSSSqURL: "'", stateCSSURL: ") \t\n\f\r\"'"}[c.state]
		end := -1
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' {
				i++
				continue
			}
			if strings.IndexByte(stop, s[i]) >= 0 {
				end = i
				break
			}
		}
		body := s
		if end >= 0 {
			body = s[:end]
		}
		out.WriteString(body)
		c.urlPart = urlPartAfter(c.urlPart, body)
		if end < 0 {
			return c, ""
		}
		if c.state == stateCSSURL {
			c.state, c.urlPart = stateCSS, urlPartNone
			return c, s[end:]
		}
		out.WriteByte(s[end])
		c.state, c.urlPart = stateCSS, urlPartNone
		return c, s[end+1:]
	}
	return errorContext(ErrBadHTML, nil, 0, fmt.Sprintf("unexpected state %v", c.state)), ""
}

// literalEnd finds the unescaped end of a JavaScript string, template or regexp literal
// (for a regexp, a '/' outside a character class).
func literalEnd(s string, st state) int {
	inClass := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case st == stateJSDqStr && c == '"', st == stateJSSqStr && c == '\'', st == stateJSTmplLit && c == '`':
			return i
		case st == stateJSRegexp && c == '[':
			inClass = true
		case st == stateJSRegexp && c == ']':
			inClass = false
		case st == stateJSRegexp && c == '/' && !inClass:
			return i
		}
	}
	return -1
}

// jsKeywordsBeforeExpr are the words after which a '/' starts a regexp literal.
var jsKeywordsBeforeExpr = map[string]bool{"break": true, "case": true, "continue": true,
	"delete": true, "do": true, "else": true, "finally": true, "in": true, "instanceof": true,
	"return": true, "throw": true, "try": true, "typeof": true, "void": true}

// slashMeaning says whether a '/' after the JavaScript text s would be a division or start
// a regexp, given what it would have been before s.
func slashMeaning(s string, prev jsCtx) jsCtx {
	s = strings.TrimRight(s, " \t\n\f\r\u2028\u2029")
	if s == "" {
		return prev
	}
	c := s[len(s)-1]
	switch {
	case c == '+' || c == '-':
		// x++ and x-- end values; a lone + or - is an operator.
		n := 0
		for i := len(s) - 1; i >= 0 && s[i] == c; i-- {
			n++
		}
		if n%2 == 0 {
			return jsCtxDivOp
		}
		return jsCtxRegexp
	case c == ')' || c == ']' || c == '.' && len(s) > 1 && '0' <= s[len(s)-2] && s[len(s)-2] <= '9':
		return jsCtxDivOp
	case c == '_' || c == '$' || isASCIILetter(c) || '0' <= c && c <= '9' || c >= 0x80:
		j := len(s)
		for j > 0 && (s[j-1] == '_' || s[j-1] == '$' || isASCIILetter(s[j-1]) || '0' <= s[j-1] && s[j-1] <= '9' || s[j-1] >= 0x80) {
			j--
		}
		if jsKeywordsBeforeExpr[s[j:]] {
			return jsCtxRegexp
		}
		return jsCtxDivOp
	}
	return jsCtxRegexp
}
