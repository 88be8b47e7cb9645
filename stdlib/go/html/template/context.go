package template

import (
	"strings"
)

// context is where in an HTML document the output currently is.
type context struct {
	state   state
	delim   delim
	urlPart urlPart
	jsCtx   jsCtx
	attr    attr
	element element
	err     *Error
}

func (c context) String() string {
	errText := "<nil>"
	if c.err != nil {
		errText = c.err.Error()
	}
	return "{" + c.key(" ") + " " + errText + "}"
}

// key names the context in the names of templates derived for it.
func (c context) key(sep string) string {
	return strings.Join([]string{c.state.String(), c.delim.String(), c.urlPart.String(), c.jsCtx.String(), c.attr.String(), c.element.String()}, sep)
}

type state int

const (
	stateText state = iota
	stateTag
	stateAttrName
	stateAfterName
	stateBeforeValue
	stateHTMLCmt
	stateRCDATA
	stateAttr
	stateURL
	stateSrcset
	stateJS
	stateJSDqStr
	stateJSSqStr
	stateJSTmplLit
	stateJSRegexp
	stateJSBlockCmt
	stateJSLineCmt
	stateCSS
	stateCSSDqStr
	stateCSSSqStr
	stateCSSDqURL
	stateCSSSqURL
	stateCSSURL
	stateCSSBlockCmt
	stateCSSLineCmt
	stateError
)

var stateNames = []string{"stateText", "stateTag", "stateAttrName", "stateAfterName",
	"stateBeforeValue", "stateHTMLCmt", "stateRCDATA", "stateAttr", "stateURL", "stateSrcset",
	"stateJS", "stateJSDqStr", "stateJSSqStr", "stateJSTmplLit", "stateJSRegexp",
	"stateJSBlockCmt", "stateJSLineCmt", "stateCSS", "stateCSSDqStr", "stateCSSSqStr",
	"stateCSSDqURL", "stateCSSSqURL", "stateCSSURL", "stateCSSBlockCmt", "stateCSSLineCmt",
	"stateError"}

func (s state) String() string { return stateNames[s] }

func (s state) isComment() bool {
	switch s {
	case stateHTMLCmt, stateJSBlockCmt, stateJSLineCmt, stateCSSBlockCmt, stateCSSLineCmt:
		return true
	}
	return false
}

func (s state) inJSLiteral() bool {
	return s == stateJSDqStr || s == stateJSSqStr || s == stateJSTmplLit || s == stateJSRegexp
}

func (s state) inCSSQuotes() bool { return s == stateCSSDqStr || s == stateCSSSqStr }

func (s state) inCSSURL() bool {
	return s == stateCSSDqURL || s == stateCSSSqURL || s == stateCSSURL
}

type delim int

const (
	delimNone delim = iota
	delimDoubleQuote
	delimSingleQuote
	delimSpaceOrTagEnd
)

func (d delim) String() string {
	return []string{"delimNone", "delimDoubleQuote", "delimSingleQuote", "delimSpaceOrTagEnd"}[d]
}

type urlPart int

const (
	urlPartNone urlPart = iota
	urlPartPreQuery
	urlPartQueryOrFrag
	urlPartUnknown
)

func (u urlPart) String() string {
	return []string{"urlPartNone", "urlPartPreQuery", "urlPartQueryOrFrag", "urlPartUnknown"}[u]
}

type jsCtx int

const (
	jsCtxRegexp jsCtx = iota
	jsCtxDivOp
	jsCtxUnknown
)

func (j jsCtx) String() string { return []string{"jsCtxRegexp", "jsCtxDivOp", "jsCtxUnknown"}[j] }

type attr int

const (
	attrNone attr = iota
	attrScript
	attrScriptType
	attrStyle
	attrURL
	attrSrcset
)

func (a attr) String() string {
	return []string{"attrNone", "attrScript", "attrScriptType", "attrStyle", "attrURL", "attrSrcset"}[a]
}

type element int

const (
	elementNone element = iota
	elementScript
	elementStyle
	elementTextarea
	elementTitle
)

func (e element) String() string {
	return []string{"elementNone", "elementScript", "elementStyle", "elementTextarea", "elementTitle"}[e]
}

func (e element) tagName() string {
	return []string{"", "script", "style", "textarea", "title"}[e]
}

// urlAttrs are the attributes whose values are URLs.
var urlAttrs = map[string]bool{"action": true, "archive": true, "background": true, "cite": true,
	"classid": true, "codebase": true, "data": true, "formaction": true, "href": true,
	"icon": true, "longdesc": true, "manifest": true, "poster": true, "profile": true,
	"src": true, "usemap": true, "xmlns": true}

// attrKind classifies an attribute by name.
func attrKind(name string) attr {
	name = strings.ToLower(name)
	name = strings.TrimPrefix(name, "data-")
	if prefix, local, ok := strings.Cut(name, ":"); ok {
		if prefix == "xmlns" {
			return attrURL
		}
		name = local
	}
	switch {
	case name == "srcset":
		return attrSrcset
	case name == "style":
		return attrStyle
	case urlAttrs[name]:
		return attrURL
	case strings.HasPrefix(name, "on"):
		return attrScript
	case strings.Contains(name, "src") || strings.Contains(name, "uri") || strings.Contains(name, "url"):
		return attrURL
	}
	return attrNone
}
