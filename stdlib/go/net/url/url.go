// Package url parses, resolves and prints URLs (RFC 3986) and encodes query strings.
//
// Parsing keeps the leniencies Go programs rely on: the scheme is optional, a path
// may be opaque ("mailto:x@y"), and an escaped path or fragment that differs from
// the default encoding is remembered in RawPath or RawFragment.
package url

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
)

// Error wraps a failure of an operation (Op, "parse" for parsing) on a URL.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Error() string { return fmt.Sprintf("%s %q: %s", e.Op, e.URL, e.Err) }

// Timeout reports whether Err says it is a timeout.
func (e *Error) Timeout() bool {
	switch t := e.Err.(type) {
	case interface{ Timeout() bool }:
		return t.Timeout()
	}
	return false
}

// Temporary reports whether Err says it is temporary.
func (e *Error) Temporary() bool {
	switch t := e.Err.(type) {
	case interface{ Temporary() bool }:
		return t.Temporary()
	}
	return false
}

// The texts of the parse errors (Go's wording).
var (
	errMissingScheme = errors.New("missing protocol scheme")
	errControlByte   = errors.New("net/url: invalid control character in URL")
	errEmptyURL      = errors.New("empty url")
	errRequestURI    = errors.New("invalid URI for request")
	errColonInFirst  = errors.New("first path segment in URL cannot contain colon")
	errUserinfo      = errors.New("net/url: invalid userinfo")
	errNoBracket     = errors.New("missing ']' in host")
)

// A URL is a parsed URI reference, either
// scheme:[//[userinfo@]host][/]path[?query][#fragment] (the parts optional) or
// scheme:opaque[?query][#fragment].
//
// Path and Fragment are decoded; RawPath and RawFragment keep the original
// encoding when it is not the one EscapedPath and EscapedFragment would produce.
type URL struct {
	Scheme      string
	Opaque      string    // encoded, after "scheme:"
	User        *Userinfo // nil when absent
	Host        string    // host or host:port
	Path        string    // decoded; a relative path has no leading slash
	RawPath     string    // original encoding of Path, if unusual
	OmitHost    bool      // "scheme:/path": no "//" even though Host is empty
	ForceQuery  bool      // print '?' even when RawQuery is empty
	RawQuery    string    // encoded, without '?'
	Fragment    string    // decoded, without '#'
	RawFragment string    // original encoding of Fragment, if unusual
}

// Userinfo is the immutable user name and optional password of a URL.
type Userinfo struct {
	name    string
	pass    string
	hasPass bool
}

// User makes a Userinfo with a name and no password.
func User(username string) *Userinfo { return &Userinfo{name: username} }

// UserPassword makes a Userinfo with a name and a password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{name: username, pass: password, hasPass: true}
}

// Username is the name ("" for a nil Userinfo).
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.name
}

// Password is the password and whether there is one.
func (u *Userinfo) Password() (string, bool) {
	if u == nil || !u.hasPass {
		return "", false
	}
	return u.pass, true
}

// String is the encoded "name" or "name:password".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.name, modeUserPassword)
	if u.hasPass {
		s += ":" + escape(u.pass, modeUserPassword)
	}
	return s
}

// hasControlByte reports whether s contains an ASCII control character or DEL.
func hasControlByte(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) >= 0
}

// schemeName reports whether s is a scheme name: a letter, then letters, digits,
// '+', '-' or '.'.
func schemeName(s string) bool {
	for i, c := range []byte(s) {
		letter := 'a' <= c|0x20 && c|0x20 <= 'z'
		if !letter && (i == 0 || !('0' <= c && c <= '9') && strings.IndexByte("+-.", c) < 0) {
			return false
		}
	}
	return s != ""
}

// splitScheme splits "scheme:rest"; without a valid scheme before the first
// colon, all of raw is the rest. A colon at the very start is an error.
func splitScheme(raw string) (scheme, rest string, err error) {
	colon := strings.IndexByte(raw, ':')
	switch {
	case colon == 0:
		return "", "", errMissingScheme
	case colon > 0 && schemeName(raw[:colon]):
		return raw[:colon], raw[colon+1:], nil
	}
	return "", raw, nil
}

// Parse parses a URL, absolute or relative, with an optional "#fragment". Some
// strings that are not URLs (a host without a scheme, say) parse without error.
func Parse(rawURL string) (*URL, error) {
	s, frag, hasFrag := strings.Cut(rawURL, "#")
	u, err := parse(s, false)
	if err != nil {
		return nil, &Error{Op: "parse", URL: s, Err: err}
	}
	if hasFrag {
		if u.Fragment, u.RawFragment, err = decodeKeepingRaw(frag, modeFragment); err != nil {
			return nil, &Error{Op: "parse", URL: rawURL, Err: err}
		}
	}
	return u, nil
}

// ParseRequestURI parses the target of an HTTP request line: an absolute URL or
// an absolute path, with no fragment ('#' is part of the path).
func ParseRequestURI(rawURL string) (*URL, error) {
	if u, err := parse(rawURL, true); err != nil {
		return nil, &Error{Op: "parse", URL: rawURL, Err: err}
	} else {
		return u, nil
	}
}

// parse parses a URL without its fragment. asRequest says it is the target of an HTTP
// request line: only an absolute URI or an absolute path is accepted.
func parse(raw string, asRequest bool) (*URL, error) {
	switch {
	case hasControlByte(raw):
		return nil, errControlByte
	case raw == "" && asRequest:
		return nil, errEmptyURL
	case raw == "*":
		return &URL{Path: "*"}, nil
	}
	scheme, rest, err := splitScheme(raw)
	if err != nil {
		return nil, err
	}
	u := &URL{Scheme: strings.ToLower(scheme)}

	// A '?' with nothing after it (and no other '?') still counts.
	rest, query, hasQuery := strings.Cut(rest, "?")
	u.RawQuery = query
	u.ForceQuery = hasQuery && query == ""

	rooted := strings.HasPrefix(rest, "/")
	switch {
	case rooted:
	case u.Scheme != "":
		u.Opaque = rest // "scheme:opaque": nothing more to take apart
		return u, nil
	case asRequest:
		return nil, errRequestURI
	default:
		// A relative path whose first segment holds a colon would read back as a
		// scheme (RFC 3986 section 4.2).
		if first, _, _ := strings.Cut(rest, "/"); strings.Contains(first, ":") {
			return nil, errColonInFirst
		}
	}

	// "//" starts an authority after a scheme; without one it does too, except in a
	// request target and before a third slash ("///x" is a path).
	hasAuthority := u.Scheme != "" || !asRequest && !strings.HasPrefix(rest, "///")
	if hasAuthority && strings.HasPrefix(rest, "//") {
		authority := rest[2:]
		end := strings.IndexByte(authority, '/')
		if end < 0 {
			end = len(authority)
		}
		rest = authority[end:]
		if u.User, u.Host, err = parseAuthority(authority[:end]); err != nil {
			return nil, err
		}
	} else if u.Scheme != "" && rooted {
		// "scheme:/path": no authority at all, as opposed to an empty one
		u.OmitHost = true
	}
	if u.Path, u.RawPath, err = decodeKeepingRaw(rest, modePath); err != nil {
		return nil, err
	}
	return u, nil
}

// parseAuthority splits "[userinfo@]host" and decodes both parts.
func parseAuthority(authority string) (*Userinfo, string, error) {
	at := strings.LastIndexByte(authority, '@')
	host, err := decodeHost(authority[at+1:])
	if err != nil || at < 0 {
		return nil, host, err
	}
	info := authority[:at]
	// RFC 3986 userinfo: unreserved, sub-delims, ':' and escapes (and '@', which Go
	// tolerates).
	if strings.IndexFunc(info, func(r rune) bool {
		return !(r < 0x80 && !needsEscape(byte(r), modeQueryComponent) || strings.ContainsRune(":!$&'()*+,;=%@", r))
	}) >= 0 {
		return nil, "", errUserinfo
	}
	name, pass, hasPass := strings.Cut(info, ":")
	if name, err = unescape(name, modeUserPassword); err != nil {
		return nil, "", err
	}
	if !hasPass {
		return User(name), host, nil
	}
	if pass, err = unescape(pass, modeUserPassword); err != nil {
		return nil, "", err
	}
	return UserPassword(name, pass), host, nil
}

// decodeHost validates and decodes "host", "host:port" or "[ipv6%25zone]:port".
func decodeHost(host string) (string, error) {
	if host == "" || host[0] != '[' {
		if colon := strings.LastIndexByte(host, ':'); colon >= 0 && !validPort(host[colon:]) {
			return "", fmt.Errorf("invalid port %q after host", host[colon:])
		}
		return unescape(host, modeHost)
	}
	end := strings.LastIndexByte(host, ']')
	if end < 0 {
		return "", errNoBracket
	}
	if port := host[end+1:]; !validPort(port) {
		return "", fmt.Errorf("invalid port %q after host", port)
	}
	// An IPv6 zone follows "%25" (RFC 6874) and has escaping rules of its own.
	zone := strings.Index(host[:end], "%25")
	if zone < 0 {
		return unescape(host, modeHost)
	}
	var out strings.Builder
	for _, part := range []struct {
		text string
		m    mode
	}{{host[:zone], modeHost}, {host[zone:end], modeZone}, {host[end:], modeHost}} {
		dec, err := unescape(part.text, part.m)
		if err != nil {
			return "", err
		}
		out.WriteString(dec)
	}
	return out.String(), nil
}

// validPort reports whether port is empty or ':' followed by decimal digits.
func validPort(port string) bool {
	if port == "" {
		return true
	}
	return port[0] == ':' && strings.Trim(port[1:], "0123456789") == ""
}

// decodeKeepingRaw decodes the component text and also returns text itself when
// it is not the default encoding of the decoded value ("" when it is).
func decodeKeepingRaw(text string, m mode) (decoded, raw string, err error) {
	if decoded, err = unescape(text, m); err != nil {
		return "", "", err
	}
	if escape(decoded, m) != text {
		raw = text
	}
	return decoded, raw, nil
}

// EscapedPath is Path encoded: RawPath when that is a valid encoding of Path,
// else the default encoding.
func (u *URL) EscapedPath() string {
	switch {
	case rawMatches(u.Path, u.RawPath, modePath):
		return u.RawPath
	case u.Path == "*":
		return "*" // the "OPTIONS *" request target
	}
	return escape(u.Path, modePath)
}

// EscapedFragment is Fragment encoded, preferring RawFragment as EscapedPath
// prefers RawPath.
func (u *URL) EscapedFragment() string {
	if rawMatches(u.Fragment, u.RawFragment, modeFragment) {
		return u.RawFragment
	}
	return escape(u.Fragment, modeFragment)
}

// rawMatches reports whether raw is a non-empty, acceptable encoding of decoded
// in component m.
func rawMatches(decoded, raw string, m mode) bool {
	if raw == "" || !validEncoded(raw, m) {
		return false
	}
	d, err := unescape(raw, m)
	return err == nil && d == decoded
}

// setEscapedPath sets Path and RawPath from an escaped path (left alone if p is
// not a valid encoding).
func (u *URL) setEscapedPath(p string) {
	if dec, raw, err := decodeKeepingRaw(p, modePath); err == nil {
		u.Path, u.RawPath = dec, raw
	}
}

// querySuffix is "?query" when the URL has a query part, else "".
func (u *URL) querySuffix() string {
	if u.RawQuery == "" && !u.ForceQuery {
		return ""
	}
	return "?" + u.RawQuery
}

// hasAuthority reports whether u has a user or a host.
func (u *URL) hasAuthority() bool { return u.User != nil || u.Host != "" }

// String puts the URL back together in its encoded form.
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme + ":")
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		// "//" announces the authority; "scheme:/path" (OmitHost) and an empty URL
		// with only a scheme have none.
		if u.hasAuthority() || u.Scheme != "" && !u.OmitHost && u.Path != "" {
			b.WriteString("//")
		}
		if u.User != nil {
			b.WriteString(u.User.String() + "@")
		}
		b.WriteString(escape(u.Host, modeHost))
		p := u.EscapedPath()
		switch {
		case p != "" && p[0] != '/' && u.Host != "":
			b.WriteByte('/')
		case b.Len() == 0:
			// A relative path whose first segment holds a colon would be read back
			// as "scheme:opaque"; "./" keeps it a path.
			if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ":") {
				b.WriteString("./")
			}
		}
		b.WriteString(p)
	}
	b.WriteString(u.querySuffix())
	if u.Fragment != "" {
		b.WriteString("#" + u.EscapedFragment())
	}
	return b.String()
}

// Redacted is String with the password, if any, shown as "xxxxx".
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	c := *u
	if _, has := u.User.Password(); has {
		c.User = UserPassword(u.User.Username(), "xxxxx")
	}
	return c.String()
}

// IsAbs reports whether u has a scheme.
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Parse parses ref and resolves it against u (see ResolveReference).
func (u *URL) Parse(ref string) (*URL, error) {
	r, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(r), nil
}

// ResolveReference resolves ref against the base u as RFC 3986 section 5.2 says
// and returns a new URL (a copy of ref, dot segments removed, when ref is
// absolute).
func (u *URL) ResolveReference(ref *URL) *URL {
	r := *ref
	if r.Scheme == "" {
		r.Scheme = u.Scheme
	}
	switch {
	case ref.Scheme != "" || ref.hasAuthority():
		// The reference carries its own authority: only its dot segments go.
		r.setEscapedPath(mergePaths(ref.EscapedPath(), ""))
		return &r
	case ref.Opaque != "":
		r.User, r.Host, r.Path = nil, "", ""
		return &r
	}
	noPath := ref.Path == ""
	if noPath && ref.querySuffix() == "" {
		// Only a fragment, or nothing: the base's query (and fragment) carry over.
		r.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			r.Fragment, r.RawFragment = u.Fragment, u.RawFragment
		}
	}
	if noPath && u.Opaque != "" {
		r.Opaque = u.Opaque
		r.User, r.Host, r.Path = nil, "", ""
		return &r
	}
	r.Host, r.User = u.Host, u.User
	r.setEscapedPath(mergePaths(u.EscapedPath(), ref.EscapedPath()))
	return &r
}

// mergePaths merges the reference path ref into the base path (RFC 3986 section
// 5.2.3) and removes dot segments (section 5.2.4). Both are in escaped form. The
// result is absolute unless both are empty.
//
// Go works on the text of the path rather than a list of segments, which shows in
// corner cases with empty segments: ".." cuts the output back to its last slash, and
// once it has climbed back to the root the next segment is written without a
// separator; a result starting with "//" loses one slash.
func mergePaths(base, ref string) string {
	var full string
	switch {
	case ref == "":
		full = base
	case ref[0] != '/':
		full = base[:strings.LastIndexByte(base, '/')+1] + ref
	default:
		full = ref
	}
	if full == "" {
		return ""
	}
	elems := strings.Split(full, "/")
	out := make([]byte, 0, len(full))
	atRoot := true // nothing written since the root: no separator before the next segment
	for _, e := range elems {
		switch e {
		case ".":
			atRoot = false
		case "..":
			cut := -1
			for i := len(out) - 1; i >= 0; i-- {
				if out[i] == '/' {
					cut = i
					break
				}
			}
			if cut >= 0 {
				out = out[:cut]
			} else {
				out = out[:0]
				atRoot = true
			}
		default:
			if !atRoot {
				out = append(out, '/')
			}
			out = append(out, e...)
			atRoot = false
		}
	}
	// A final "." or ".." names a directory.
	if last := elems[len(elems)-1]; last == "." || last == ".." {
		out = append(out, '/')
	}
	res := "/" + string(out)
	if strings.HasPrefix(res, "//") {
		res = res[1:]
	}
	return res
}

// Query is ParseQuery(u.RawQuery) with malformed pairs dropped silently.
func (u *URL) Query() Values {
	v := make(Values)
	parseQueryInto(v, u.RawQuery)
	return v
}

// RequestURI is what an HTTP request line names: the encoded path (or opaque part)
// and query.
func (u *URL) RequestURI() string {
	target := u.Opaque
	switch {
	case target == "":
		if target = u.EscapedPath(); target == "" {
			target = "/"
		}
	case strings.HasPrefix(target, "//"):
		target = u.Scheme + ":" + target
	}
	return target + u.querySuffix()
}

// Hostname is Host without a valid ":port" and without IPv6 brackets.
func (u *URL) Hostname() string { return hostAndPort(u.Host)[0] }

// Port is the digits of Host's ":port", or "" if it has no valid one.
func (u *URL) Port() string { return hostAndPort(u.Host)[1] }

// hostAndPort splits "host:port" at a colon followed only by digits and strips
// the brackets of an IPv6 literal.
func hostAndPort(hp string) [2]string {
	var port string
	if colon := strings.LastIndexByte(hp, ':'); colon >= 0 && validPort(hp[colon:]) {
		hp, port = hp[:colon], hp[colon+1:]
	}
	if len(hp) >= 2 && strings.HasPrefix(hp, "[") && strings.HasSuffix(hp, "]") {
		hp = hp[1 : len(hp)-1]
	}
	return [2]string{hp, port}
}

// MarshalBinary is the bytes of String.
func (u *URL) MarshalBinary() (text []byte, err error) { return []byte(u.String()), nil }

// UnmarshalBinary sets u to the parse of text.
func (u *URL) UnmarshalBinary(text []byte) error {
	p, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *p
	return nil
}

// JoinPath returns a copy of u whose path has elem appended and is then cleaned
// (as path.Join does; a trailing slash of the last element is kept).
func (u *URL) JoinPath(elem ...string) *URL {
	parts := make([]string, 0, len(elem)+1)
	parts = append(parts, u.EscapedPath())
	parts = append(parts, elem...)
	var p string
	if strings.HasPrefix(parts[0], "/") {
		p = path.Join(parts...)
	} else {
		// Join cleans relative to a root so that ".." cannot climb above the start;
		// the root is taken off again afterwards.
		parts[0] = "/" + parts[0]
		p = path.Join(parts...)[1:]
	}
	if strings.HasSuffix(parts[len(parts)-1], "/") && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	r := *u
	r.setEscapedPath(p)
	return &r
}

// JoinPath parses base and returns the String of its JoinPath(elem...).
func JoinPath(base string, elem ...string) (result string, err error) {
	u, err := Parse(base)
	if err != nil {
		return "", err
	}
	return u.JoinPath(elem...).String(), nil
}

// Values holds query parameters or form fields: each key (case-sensitive) with
// its values in order.
type Values map[string][]string

// Get is key's first value, or "".
func (v Values) Get(key string) string {
	if vals := v[key]; len(vals) > 0 {
		return vals[0]
	}
	return ""
}

// Set makes value key's only value.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add appends value to key's values.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del removes key.
func (v Values) Del(key string) { delete(v, key) }

// Has reports whether key is present (even with no values).
func (v Values) Has(key string) bool { _, present := v[key]; return present }

// ParseQuery decodes "k=v&k2=v2..." into a new, never nil, Values. A pair without
// '=' has an empty value. Pairs that fail to decode, or that contain an unescaped
// ';', are left out; the error reports the first such problem (a semicolon error
// taking precedence).
func ParseQuery(query string) (Values, error) {
	v := make(Values)
	err := parseQueryInto(v, query)
	return v, err
}

func parseQueryInto(v Values, query string) error {
	// The first unescaping error is reported, unless a semicolon separator turns
	// up: that error wins (it is the one programs are told to look for).
	var first error
	note := func(err error) {
		if first == nil {
			first = err
		}
	}
	for query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if strings.Contains(pair, ";") {
			first = fmt.Errorf("invalid semicolon separator in query")
			continue
		}
		if pair == "" {
			continue
		}
		var kv [2]string
		rawKey, rawValue, _ := strings.Cut(pair, "=")
		var err error
		if kv[0], err = QueryUnescape(rawKey); err == nil {
			kv[1], err = QueryUnescape(rawValue)
		}
		if err != nil {
			note(err)
			continue
		}
		v.Add(kv[0], kv[1])
	}
	return first
}

// Encode writes v as "k=v&k2=v2..." in key order, keys and values query-escaped.
func (v Values) Encode() string {
	var keys []string
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		prefix := QueryEscape(k) + "="
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(prefix + QueryEscape(val))
		}
	}
	return b.String()
}
