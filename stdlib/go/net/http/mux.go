package http

import (
	"fmt"
	"net/url"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// ServeMux routes requests to handlers by Go 1.22 patterns:
//
//	[METHOD ][HOST]/[PATH]
//
// where PATH segments are literals, {name} (one segment), {name...} (the rest of
// the path, last only) or {$} (end of path after a trailing slash); a pattern ending
// in "/" matches every path below it. When several patterns match, the most specific
// wins (a pattern with a host beats one without); registering two patterns that
// overlap with neither more specific panics.
type ServeMux struct {
	mu     sync.RWMutex
	routes []*route
	// byFirst indexes the routes whose first path segment is a literal; the others
	// are in wild. Lookups try both.
	byFirst map[string][]*route
	wild    []*route
}

type route struct {
	pat     *muxPattern
	handler Handler
	where   string // "file:line" of the registration
}

// muxPattern is a parsed pattern.
type muxPattern struct {
	text   string
	method string // "" for any
	host   string
	segs   []patSeg
	end    patEnd
	rest   string // name of a {name...} at the end
}

type patSeg struct {
	lit  string // the unescaped literal, or
	wild string // the wildcard name
}

type patEnd int

const (
	endExact patEnd = iota // the path has exactly these segments
	endSlash               // {$}: these segments, then a trailing slash
	endRest                // a trailing slash or {name...}: anything after
)

// NewServeMux returns an empty ServeMux.
func NewServeMux() *ServeMux { return &ServeMux{} }

// DefaultServeMux serves when a server is given a nil handler.
var DefaultServeMux = NewServeMux()

type patternError struct {
	text   string
	offset int
	msg    string
}

func (e *patternError) Error() string {
	return fmt.Sprintf("parsing %q: at offset %d: %s", e.text, e.offset, e.msg)
}

func isWildcardName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !unicode.IsLetter(r) && r != '_' && (i == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

func parseMuxPattern(s string) (*muxPattern, error) {
	if s == "" {
		return nil, fmt.Errorf("http: invalid pattern")
	}
	p := &muxPattern{text: s}
	rest := s
	off := 0
	if i := strings.IndexFunc(s, isSpaceOrTab); i >= 0 {
		p.method = s[:i]
		if !isToken(p.method) {
			return nil, &patternError{s, 0, fmt.Sprintf("invalid method %q", p.method)}
		}
		rest = strings.TrimLeft(s[i:], " \t")
		off = len(s) - len(rest)
	}
	slash := strings.IndexByte(rest, '/')
	if slash < 0 {
		return nil, &patternError{s, off, "host/path missing /"}
	}
	p.host = rest[:slash]
	pathText := rest[slash:]
	off += slash
	seen := map[string]bool{}
	// pathText starts with '/'; each segment follows a slash.
	for pos := 1; pos <= len(pathText); {
		segStart := off + pos
		end := strings.IndexByte(pathText[pos:], '/')
		var seg string
		if end < 0 {
			seg, end = pathText[pos:], len(pathText)
		} else {
			seg, end = pathText[pos:pos+end], pos+end
		}
		last := end >= len(pathText)
		if seg == "" {
			if last {
				p.end = endRest // a trailing slash
				break
			}
			p.segs = append(p.segs, patSeg{lit: ""})
			pos = end + 1
			continue
		}
		if !strings.HasPrefix(seg, "{") {
			if strings.Contains(seg, "{") || strings.Contains(seg, "}") {
				return nil, &patternError{s, segStart, "bad wildcard segment (must start with '{')"}
			}
			lit, err := url.PathUnescape(seg)
			if err != nil {
				lit = seg
			}
			p.segs = append(p.segs, patSeg{lit: lit})
			if last {
				break
			}
			pos = end + 1
			continue
		}
		if !strings.HasSuffix(seg, "}") || strings.Count(seg, "}") != 1 {
			return nil, &patternError{s, segStart, "bad wildcard segment (must end with '}')"}
		}
		name := seg[1 : len(seg)-1]
		if name == "$" {
			if !last {
				return nil, &patternError{s, segStart, "{$} not at end"}
			}
			p.end = endSlash
			break
		}
		multi := strings.HasSuffix(name, "...")
		if multi {
			name = strings.TrimSuffix(name, "...")
			if !last {
				return nil, &patternError{s, segStart, "{...} wildcard not at end"}
			}
		}
		if name == "" {
			return nil, &patternError{s, segStart, "empty wildcard"}
		}
		if !isWildcardName(name) {
			return nil, &patternError{s, segStart, fmt.Sprintf("bad wildcard name %q", name)}
		}
		if seen[name] {
			return nil, &patternError{s, segStart, fmt.Sprintf("duplicate wildcard name %q", name)}
		}
		seen[name] = true
		if multi {
			p.end = endRest
			p.rest = name
			break
		}
		p.segs = append(p.segs, patSeg{wild: name})
		if last {
			break
		}
		pos = end + 1
	}
	return p, nil
}

// Handle adds a route; an invalid pattern, or one that conflicts with a route
// already there, panics.
func (mux *ServeMux) Handle(pattern string, handler Handler) {
	mux.register(pattern, handler, callerLocation(2))
}

// HandleFunc is Handle for a plain function.
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if handler == nil {
		panic("http: nil handler")
	}
	mux.register(pattern, HandlerFunc(handler), callerLocation(2))
}

// Handle registers handler on DefaultServeMux.
func Handle(pattern string, handler Handler) {
	DefaultServeMux.register(pattern, handler, callerLocation(2))
}

// HandleFunc is Handle for a plain function, on DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if handler == nil {
		panic("http: nil handler")
	}
	DefaultServeMux.register(pattern, HandlerFunc(handler), callerLocation(2))
}

func callerLocation(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "unknown location"
	}
	return fmt.Sprintf("%s:%d", file, line)
}

func (mux *ServeMux) register(pattern string, handler Handler, where string) {
	if handler == nil {
		panic("http: nil handler")
	}
	p, err := parseMuxPattern(pattern)
	if err != nil {
		panic(err.Error())
	}
	mux.mu.Lock()
	defer mux.mu.Unlock()
	// Patterns that match whole subtrees are compared first, then the others, each
	// group in registration order: the first conflict found is the one reported.
	for pass := 0; pass < 2; pass++ {
		for _, r := range mux.routes {
			if (r.pat.end == endRest) != (pass == 0) {
				continue
			}
			if why := conflict(p, r.pat); why != "" {
				panic(fmt.Sprintf("pattern %q (registered at %s) conflicts with pattern %q (registered at %s):\n%s",
					pattern, where, r.pat.text, r.where, why))
			}
		}
	}
	rt := &route{pat: p, handler: handler, where: where}
	mux.routes = append(mux.routes, rt)
	if len(p.segs) > 0 && p.segs[0].wild == "" {
		if mux.byFirst == nil {
			mux.byFirst = map[string][]*route{}
		}
		mux.byFirst[p.segs[0].lit] = append(mux.byFirst[p.segs[0].lit], rt)
	} else {
		mux.wild = append(mux.wild, rt)
	}
}

// relation of two sets of requests.
type relation int

const (
	relEqual relation = iota
	relSubset           // the first is strictly contained in the second
	relSuperset         // the first strictly contains the second
	relOverlap          // they intersect, neither contains the other
	relDisjoint
)

func methodRelation(a, b string) relation {
	switch {
	case a == b:
		return relEqual
	case a == "":
		return relSuperset
	case b == "":
		return relSubset
	case a == "GET" && b == "HEAD":
		return relSuperset
	case a == "HEAD" && b == "GET":
		return relSubset
	}
	return relDisjoint
}

// pathRelation compares the sets of paths two patterns match.
func pathRelation(a, b *muxPattern) relation {
	aNarrower, bNarrower := false, false
	n := len(a.segs)
	if len(b.segs) < n {
		n = len(b.segs)
	}
	for i := 0; i < n; i++ {
		x, y := a.segs[i], b.segs[i]
		switch {
		case x.wild == "" && y.wild == "":
			if x.lit != y.lit {
				return relDisjoint
			}
		case x.wild == "":
			if x.lit == "" {
				return relDisjoint // a wildcard never matches an empty segment
			}
			aNarrower = true
		case y.wild == "":
			if y.lit == "" {
				return relDisjoint
			}
			bNarrower = true
		}
	}
	// Past the shorter segment list, compare what each pattern allows.
	switch {
	case len(a.segs) == len(b.segs):
		switch {
		case a.end == b.end:
		case a.end == endRest && b.end == endSlash:
			bNarrower = true
		case b.end == endRest && a.end == endSlash:
			aNarrower = true
		default:
			return relDisjoint
		}
	case len(a.segs) < len(b.segs):
		if a.end != endRest {
			return relDisjoint
		}
		bNarrower = true
	default:
		if b.end != endRest {
			return relDisjoint
		}
		aNarrower = true
	}
	switch {
	case aNarrower && bNarrower:
		return relOverlap
	case aNarrower:
		return relSubset
	case bNarrower:
		return relSuperset
	}
	return relEqual
}

func (p *muxPattern) String() string { return p.text }

// conflict explains why patterns p (new) and q (registered) may not coexist, or
// returns "".
func conflict(p, q *muxPattern) string {
	if p.host != q.host {
		return "" // different hosts, or a host pattern against a hostless one
	}
	mr := methodRelation(p.method, q.method)
	if mr == relDisjoint {
		return ""
	}
	pr := pathRelation(p, q)
	switch {
	case pr == relDisjoint:
		return ""
	case mr == relEqual && pr == relEqual:
		return fmt.Sprintf("%s matches the same requests as %s", p, q)
	case pr == relOverlap:
		return fmt.Sprintf("%s and %s both match some paths, like %q.\nBut neither is more specific than the other.\n%s matches %q, but %s doesn't.\n%s matches %q, but %s doesn't.",
			p, q, commonPath(p, q), p, differencePath(p, q), q, q, differencePath(q, p), p)
	case (mr == relSubset || mr == relEqual) && (pr == relSubset || pr == relEqual):
		return ""
	case (mr == relSuperset || mr == relEqual) && (pr == relSuperset || pr == relEqual):
		return ""
	case mr == relSuperset:
		return fmt.Sprintf("%s matches more methods than %s, but has a more specific path pattern", p, q)
	}
	return fmt.Sprintf("%s matches fewer methods than %s, but has a more general path pattern", p, q)
}

// commonPath returns a path both patterns match (they overlap).
func commonPath(p, q *muxPattern) string {
	var b strings.Builder
	n := len(p.segs)
	if len(q.segs) > n {
		n = len(q.segs)
	}
	for i := 0; i < n; i++ {
		b.WriteByte('/')
		var x, y *patSeg
		if i < len(p.segs) {
			x = &p.segs[i]
		}
		if i < len(q.segs) {
			y = &q.segs[i]
		}
		switch {
		case x != nil && x.wild == "":
			b.WriteString(x.lit)
		case y != nil && y.wild == "":
			b.WriteString(y.lit)
		case x != nil:
			b.WriteString(x.wild)
		default:
			b.WriteString(y.wild)
		}
	}
	if p.end == endSlash || q.end == endSlash || len(p.segs) == len(q.segs) && p.end == endRest && q.end == endRest {
		b.WriteByte('/')
	}
	return b.String()
}

// differencePath returns a path p matches and q does not.
func differencePath(p, q *muxPattern) string {
	var b strings.Builder
	for i, s := range p.segs {
		b.WriteByte('/')
		if s.wild == "" {
			b.WriteString(s.lit)
			continue
		}
		v := s.wild
		if i < len(q.segs) && q.segs[i].wild == "" && q.segs[i].lit == v {
			v += "x"
		}
		b.WriteString(v)
	}
	if p.end != endExact {
		b.WriteByte('/')
	}
	return b.String()
}

// A path split for matching: the escaped segments and whether it ends in a slash.
type reqPath struct {
	segs     []string // escaped segments; a trailing slash gives a final ""
	trailing bool
}

func splitPath(escaped string) reqPath {
	rp := reqPath{}
	if escaped == "" || escaped == "/" {
		rp.trailing = escaped == "/"
		if rp.trailing {
			rp.segs = []string{""}
		}
		return rp
	}
	s := strings.TrimPrefix(escaped, "/")
	rp.segs = strings.Split(s, "/")
	rp.trailing = strings.HasSuffix(s, "/")
	return rp
}

func unescapeSeg(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	u, err := url.PathUnescape(s)
	if err != nil {
		return s
	}
	return u
}

// match reports whether p matches the path, returning the wildcard values.
func (p *muxPattern) match(rp reqPath, values []string) ([]string, bool) {
	segs := rp.segs
	if len(segs) < len(p.segs) {
		return nil, false
	}
	for i, s := range p.segs {
		if s.wild == "" {
			if segs[i] != s.lit && unescapeSeg(segs[i]) != s.lit {
				return nil, false
			}
			continue
		}
		if segs[i] == "" {
			return nil, false
		}
		values = append(values, unescapeSeg(segs[i]))
	}
	left := segs[len(p.segs):]
	switch p.end {
	case endExact:
		if len(left) != 0 {
			return nil, false
		}
	case endSlash:
		if len(left) != 1 || left[0] != "" {
			return nil, false
		}
	case endRest:
		if len(left) == 0 {
			return nil, false // the trailing slash itself is required
		}
		if p.rest != "" {
			values = append(values, unescapeSeg(strings.Join(left, "/")))
		}
	}
	return values, true
}

func (p *muxPattern) wildcardNames() []string {
	var names []string
	for _, s := range p.segs {
		if s.wild != "" {
			names = append(names, s.wild)
		}
	}
	if p.rest != "" {
		names = append(names, p.rest)
	}
	return names
}

func methodMatches(patMethod, method string) bool {
	return patMethod == "" || patMethod == method || patMethod == "GET" && method == "HEAD"
}

// moreSpecific reports whether a should win over b when both match a request.
func moreSpecific(a, b *muxPattern) bool {
	if (a.host != "") != (b.host != "") {
		return a.host != ""
	}
	mr := methodRelation(a.method, b.method)
	pr := pathRelation(a, b)
	return (mr == relSubset || mr == relEqual) && (pr == relSubset || pr == relEqual) && !(mr == relEqual && pr == relEqual)
}

// lookup finds the best route for host, method and path. With wantMethods it also
// collects the methods of routes that match the path with another method.
func (mux *ServeMux) lookup(host, method string, rp reqPath, allowed map[string]bool) (*route, []string) {
	var best *route
	var bestVals []string
	var scratch [4]string
	consider := func(rs []*route) {
		for _, r := range rs {
			p := r.pat
			if p.host != "" && p.host != host {
				continue
			}
			vals, ok := p.match(rp, scratch[:0])
			if !ok {
				continue
			}
			if !methodMatches(p.method, method) {
				if allowed != nil {
					if p.method == "" {
						continue
					}
					allowed[p.method] = true
					if p.method == "GET" {
						allowed["HEAD"] = true
					}
				}
				continue
			}
			if best == nil || moreSpecific(p, best.pat) {
				best = r
				bestVals = append([]string(nil), vals...)
			}
		}
	}
	if len(rp.segs) > 0 {
		consider(mux.byFirst[rp.segs[0]])
		if u := unescapeSeg(rp.segs[0]); u != rp.segs[0] {
			consider(mux.byFirst[u])
		}
	}
	consider(mux.wild)
	return best, bestVals
}

// cleanRequestPath is path.Clean that keeps a trailing slash and a leading one.
func cleanRequestPath(p string) string {
	if p == "" {
		return "/"
	}
	if p[0] != '/' {
		p = "/" + p
	}
	if !strings.Contains(p, "//") && !strings.Contains(p, "/.") {
		return p // nothing path.Clean would change
	}
	cleaned := path.Clean(p)
	if strings.HasSuffix(p, "/") && !strings.HasSuffix(cleaned, "/") {
		cleaned += "/"
	}
	return cleaned
}

// isSpaceOrTab separates a pattern's method from its path.
func isSpaceOrTab(r rune) bool { return r == ' ' || r == '\t' }

// hostWithoutPort drops the port of a Host value (and an IPv6 literal's brackets).
func hostWithoutPort(h string) string {
	if strings.IndexByte(h, ':') < 0 {
		return h
	}
	if h[0] == '[' {
		if end := strings.IndexByte(h, ']'); end > 0 {
			return h[1:end]
		}
		return h
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		return h[:i]
	}
	return h
}

// resolve finds the handler for r: a route, a redirect, a 404 or a 405 handler.
func (mux *ServeMux) resolve(r *Request) (h Handler, pattern string, names, values []string) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	var host, escaped string
	if r.Method == "CONNECT" {
		host = hostWithoutPort(r.URL.Host)
		escaped = r.URL.EscapedPath()
	} else {
		host = hostWithoutPort(r.Host)
		escaped = r.URL.EscapedPath()
		clean := cleanRequestPath(escaped)
		rt, vals := mux.lookup(host, r.Method, splitPath(clean), nil)
		if !matchesAtRoot(rt, clean) && !strings.HasSuffix(clean, "/") {
			// "/dir" redirects to "/dir/" when that is the root of a subtree pattern
			// (or an exact pattern), unless "/dir" itself has an exact match.
			if alt, _ := mux.lookup(host, r.Method, splitPath(clean+"/"), nil); matchesAtRoot(alt, clean+"/") {
				u := &url.URL{Path: clean + "/", RawQuery: r.URL.RawQuery}
				return redirectTo(u.String()), u.Path, nil, nil
			}
		}
		if clean != escaped {
			u := &url.URL{Path: clean, RawQuery: r.URL.RawQuery}
			if unesc, err := url.PathUnescape(clean); err == nil {
				u.Path = unesc
				u.RawPath = clean
			}
			return redirectTo(u.String()), u.Path, nil, nil
		}
		if rt != nil {
			return rt.handler, rt.pat.text, rt.pat.wildcardNames(), vals
		}
	}
	rp := splitPath(escaped)
	allowed := map[string]bool{}
	rt, vals := mux.lookup(host, r.Method, rp, allowed)
	if rt != nil {
		return rt.handler, rt.pat.text, rt.pat.wildcardNames(), vals
	}
	if !strings.HasSuffix(escaped, "/") {
		// The methods that would have matched after the trailing-slash redirect
		// count as allowed too.
		mux.lookup(host, r.Method, splitPath(escaped+"/"), allowed)
	}
	if len(allowed) > 0 {
		methods := make([]string, 0, len(allowed))
		for m := range allowed {
			methods = append(methods, m)
		}
		sort.Strings(methods)
		return methodNotAllowed(strings.Join(methods, ", ")), "", nil, nil
	}
	return notFoundHandler, "", nil, nil
}

// matchesAtRoot reports whether rt matched path exactly: an exact pattern, or a
// subtree pattern at its root (the path is the pattern's segments and a slash).
func matchesAtRoot(rt *route, path string) bool {
	if rt == nil {
		return false
	}
	if rt.pat.end != endRest {
		return true
	}
	return strings.HasSuffix(path, "/") && strings.Count(path, "/") == len(rt.pat.segs)+1
}

func redirectTo(url string) Handler {
	return &redirectHandler{url, StatusMovedPermanently}
}

type methodNotAllowedHandler struct{ allow string }

func methodNotAllowed(allow string) Handler { return methodNotAllowedHandler{allow} }

func (h methodNotAllowedHandler) ServeHTTP(w ResponseWriter, r *Request) {
	w.Header()["Allow"] = []string{h.allow}
	Error(w, "Method Not Allowed", 405)
}

// notFoundHandler answers every request with 404.
var notFoundHandler Handler = HandlerFunc(NotFound)

// Handler reports which handler ServeHTTP would run for r and the pattern it
// matched (for a redirect, the path redirected to).
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	h, pattern, _, _ = mux.resolve(r)
	return h, pattern
}

// ServeHTTP runs the handler of the most specific pattern matching r (or answers
// with a redirect, 404 or 405).
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	if r.RequestURI == "*" {
		if r.ProtoAtLeast(1, 1) {
			w.Header()["Connection"] = []string{"close"}
		}
		w.WriteHeader(400)
		return
	}
	h, pattern, names, values := mux.resolve(r)
	r.Pattern = pattern
	r.wildNames, r.wildValues = names, values
	h.ServeHTTP(w, r)
}
