package template

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// failsafe replaces a value that is unsafe where it appears.
const failsafe = "ZgotmplZ"

// The escapers the analysis appends to pipelines, by the names they are registered under.
var escaperFuncs = map[string]any{
	"_html_template_attrescaper":      escAttrValue,
	"_html_template_commentescaper":   escDropComment,
	"_html_template_cssescaper":       escCSSString,
	"_html_template_cssvaluefilter":   escCSSValue,
	"_html_template_htmlnamefilter":   escAttrName,
	"_html_template_htmlescaper":      escHTMLText,
	"_html_template_jsregexpescaper":  escJSRegexp,
	"_html_template_jsstrescaper":     escJSString,
	"_html_template_jstmpllitescaper": escJSTemplate,
	"_html_template_jsvalescaper":     escJSValue,
	"_html_template_nospaceescaper":   escUnquotedAttr,
	"_html_template_rcdataescaper":    escRCDATA,
	"_html_template_srcsetescaper":    escSrcset,
	"_html_template_urlescaper":       escURLQuery,
	"_html_template_urlfilter":        escURLScheme,
	"_html_template_urlnormalizer":    escURLNormal,
}

// substitution tables: byte -> replacement (ASCII only)
type subst map[byte]string

var htmlSubst = subst{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}

var nospaceSubst = subst{0: "&#xfffd;", '\t': "&#9;", '\n': "&#10;", '\v': "&#11;", '\f': "&#12;",
	'\r': "&#13;", ' ': "&#32;", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;",
	'<': "&lt;", '=': "&#61;", '>': "&gt;", '`': "&#96;"}

// without returns a copy of t that leaves byte c alone.
func (t subst) without(c byte) subst {
	u := subst{}
	for k, v := range t {
		if k != c {
			u[k] = v
		}
	}
	return u
}

// with returns a copy of t with more replacements.
func (t subst) with(more subst) subst {
	u := subst{}
	for k, v := range t {
		u[k] = v
	}
	for k, v := range more {
		u[k] = v
	}
	return u
}

var (
	htmlNormSubst    = htmlSubst.without('&')
	nospaceNormSubst = nospaceSubst.without('&')
)

func (t subst) apply(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if r, ok := t[s[i]]; ok {
			b.WriteString(r)
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func escHTMLText(args ...any) string {
	s, k := textOf(args)
	if k == htmlContent {
		return s
	}
	return htmlSubst.apply(s)
}

func escAttrValue(args ...any) string {
	s, k := textOf(args)
	if k == htmlContent {
		return htmlNormSubst.apply(stripTags(s))
	}
	return htmlSubst.apply(s)
}

func escRCDATA(args ...any) string {
	s, k := textOf(args)
	if k == htmlContent {
		return htmlNormSubst.apply(s)
	}
	return htmlSubst.apply(s)
}

func escUnquotedAttr(args ...any) string {
	s, k := textOf(args)
	if s == "" {
		return failsafe
	}
	if k == htmlContent {
		return nospaceNormSubst.apply(stripTags(s))
	}
	return nospaceSubst.apply(s)
}

func escDropComment(args ...any) string { return "" }

// stripTags returns the text content of an HTML fragment: tags and comments removed.
func stripTags(h string) string {
	var b strings.Builder
	for h != "" {
		i := strings.IndexByte(h, '<')
		if i < 0 {
			b.WriteString(h)
			break
		}
		b.WriteString(h[:i])
		h = h[i:]
		switch {
		case strings.HasPrefix(h, "<!--"):
			end := strings.Index(h[4:], "-->")
			if end < 0 {
				return b.String()
			}
			h = h[4+end+3:]
		case len(h) > 1 && (isASCIILetter(h[1]) || h[1] == '/'):
			end := strings.IndexByte(h, '>')
			if end < 0 {
				return b.String()
			}
			h = h[end+1:]
		default:
			b.WriteByte('<')
			h = h[1:]
		}
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func escAttrName(args ...any) string {
	s, k := textOf(args)
	if k == attrContent {
		return s
	}
	if s == "" {
		return failsafe
	}
	s = strings.ToLower(s)
	if attrKind(s) != attrNone {
		return failsafe
	}
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'z') {
			return failsafe
		}
	}
	return s
}

// safeScheme reports whether a URL is relative or uses http, https or mailto.
func safeScheme(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 0 || strings.ContainsRune(s[:colon], '/') {
		return true
	}
	switch strings.ToLower(s[:colon]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

func escURLScheme(args ...any) string {
	s, k := textOf(args)
	if k == urlContent || safeScheme(s) {
		return s
	}
	return "#" + failsafe
}

func escURLNormal(args ...any) string { return urlProcess(true, args) }

func escURLQuery(args ...any) string { return urlProcess(false, args) }

// urlProcess percent-encodes a URL's text. Normalizing keeps the characters that have a
// meaning in URLs (and valid %xx escapes); escaping, for a query part, keeps only the
// unreserved ones. URL-typed values are always just normalized.
func urlProcess(normalize bool, args []any) string {
	s, k := textOf(args)
	if k == urlContent {
		normalize = true
	}
	var b strings.Builder
	writeURL(&b, s, normalize)
	return b.String()
}

func writeURL(b *strings.Builder, s string, normalize bool) {
	const hexDigits = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		keep := false
		switch {
		case '0' <= c && c <= '9', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			keep = true
		case strings.IndexByte("-._~", c) >= 0:
			keep = true
		case strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			keep = normalize
		case c == '%':
			keep = normalize && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
		}
		if keep {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
}

func isHex(c byte) bool {
	return strings.IndexByte("0123456789abcdefABCDEF", c) >= 0
}

// escSrcset checks each URL of a srcset list and normalizes it.
func escSrcset(args ...any) string {
	s, k := textOf(args)
	switch k {
	case srcsetContent:
		return s
	case urlContent:
		var b strings.Builder
		writeURL(&b, s, true)
		return strings.ReplaceAll(b.String(), ",", "%2c")
	}
	var b strings.Builder
	for i, part := range strings.Split(s, ",") {
		if i > 0 {
			b.WriteByte(',')
		}
		trimmed := strings.TrimLeft(part, " \t\n\f\r")
		b.WriteString(part[:len(part)-len(trimmed)])
		url, desc, _ := strings.Cut(trimmed, " ")
		if !safeScheme(url) || strings.Trim(desc, "0123456789.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \t\n\f\r") != "" {
			return "#" + failsafe
		}
		writeURL(&b, url, true)
		if desc != "" || strings.HasSuffix(trimmed, " ") {
			b.WriteByte(' ')
			b.WriteString(desc)
		}
	}
	return b.String()
}

// JavaScript

var jsStrSubst = subst{0: `\u0000`, '\t': `\t`, '\n': `\n`, '\v': `\u000b`, '\f': `\f`, '\r': `\r`,
	'"': `\u0022`, '&': `\u0026`, '\'': `\u0027`, '+': `\u002b`, '/': `\/`, '<': `\u003c`,
	'>': `\u003e`, '\\': `\\`, '`': `\u0060`}

var jsTmplSubst = jsStrSubst.with(subst{'$': `\u0024`, '{': `\u007b`, '}': `\u007d`})

var jsRegexpSubst = jsStrSubst.with(subst{'$': `\$`, '(': `\(`, ')': `\)`, '*': `\*`, '-': `\-`,
	'.': `\.`, '?': `\?`, '[': `\[`, ']': `\]`, '^': `\^`, '{': `\{`, '|': `\|`, '}': `\}`}).without('`')

// applyJS escapes s for a JavaScript literal: the table for ASCII, \u00XX for other
// control characters, and the line and paragraph separators.
func (t subst) applyJS(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if rep, ok := t[byte(r)]; ok {
				b.WriteString(rep)
			} else if r < ' ' {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		case r == '\u2028' || r == '\u2029':
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func escJSString(args ...any) string {
	s, k := textOf(args)
	if k == jsStrContent {
		return jsStrSubst.without('\\').applyJS(s)
	}
	return jsStrSubst.applyJS(s)
}

func escJSTemplate(args ...any) string {
	s, _ := textOf(args)
	return jsTmplSubst.applyJS(s)
}

func escJSRegexp(args ...any) string {
	s, _ := textOf(args)
	s = jsRegexpSubst.applyJS(s)
	if s == "" {
		return "(?:)" // an empty regexp literal would start a comment
	}
	return s
}

// escJSValue writes a value as a JavaScript expression: JSON, padded with spaces when it
// starts or ends with a word character.
func escJSValue(args ...any) string {
	var v any
	if len(args) == 1 {
		v = unpointer(args[0])
		switch t := v.(type) {
		case JS:
			return string(t)
		case JSStr:
			return `"` + string(t) + `"`
		case json.Marshaler:
		case fmt.Stringer:
			v = t.String()
		}
	} else {
		kept := make([]any, 0, len(args))
		for _, a := range args {
			if a != nil {
				kept = append(kept, toPrintable(a))
			}
		}
		v = fmt.Sprint(kept...)
	}
	out, err := json.Marshal(v)
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), "*/", "* /")
		return " /* " + msg + " */null "
	}
	if len(out) == 0 {
		return " null "
	}
	first, _ := utf8.DecodeRune(out)
	last, _ := utf8.DecodeLastRune(out)
	var b strings.Builder
	if wordRune(first) {
		b.WriteByte(' ')
	}
	b.Write(bytes.ReplaceAll(bytes.ReplaceAll(out, []byte("\u2028"), []byte(`\u2028`)), []byte("\u2029"), []byte(`\u2029`)))
	if wordRune(last) {
		b.WriteByte(' ')
	}
	return b.String()
}

func wordRune(r rune) bool {
	return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// CSS

var cssSubst = map[byte]string{0: `\0`, '\t': `\9`, '\n': `\a`, '\f': `\c`, '\r': `\d`,
	'"': `\22`, '&': `\26`, '\'': `\27`, '(': `\28`, ')': `\29`, '+': `\2b`, '/': `\2f`,
	':': `\3a`, ';': `\3b`, '<': `\3c`, '>': `\3e`, '\\': `\\`, '{': `\7b`, '}': `\7d`}

func escCSSString(args ...any) string {
	s, _ := textOf(args)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		rep, ok := cssSubst[s[i]]
		if !ok {
			b.WriteByte(s[i])
			continue
		}
		b.WriteString(rep)
		// A hex escape swallows following hex digits and one space: separate them.
		if rep != `\\` && i+1 < len(s) && (isHex(s[i+1]) || strings.IndexByte(" \t\n\f\r", s[i+1]) >= 0) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func escCSSValue(args ...any) string {
	s, k := textOf(args)
	if k == cssContent {
		return s
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case strings.IndexByte("\x00\"'()/;@[\\]`{}<>", c) >= 0:
			return failsafe
		case c == '-' && i > 0 && s[i-1] == '-':
			return failsafe
		}
	}
	low := strings.ToLower(s)
	if strings.Contains(low, "expression") || strings.Contains(low, "mozbinding") {
		return failsafe
	}
	return s
}
