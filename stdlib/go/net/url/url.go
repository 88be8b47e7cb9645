// Package url parses URLs and implements query escaping.
//
// A URL is parsed as RFC 3986 describes, with the leniencies real Go programs rely
// on: a scheme is optional, a path may be opaque ("mailto:x@y"), and the escaped form
// of the path and fragment is remembered when it differs from the default encoding.
package url

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
)

// Error reports an error and the operation and URL that caused it.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Error() string { return fmt.Sprintf("%s %q: %s", e.Op, e.URL, e.Err) }

func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *Error) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

// A URL represents a parsed URL (technically, a URI reference). The general form is
//
//	[scheme:][//[userinfo@]host][/]path[?query][#fragment]
//
// or, for URLs that do not start with a slash after the scheme,
//
//	scheme:opaque[?query][#fragment]
//
// Path holds the decoded form; RawPath, when set, is the original encoding (used only
// when it differs from what EscapedPath would produce). Likewise Fragment and
// RawFragment.
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data
	User        *Userinfo // username and password information
	Host        string    // host or host:port
	Path        string    // path (relative paths may omit leading slash)
	RawPath     string    // encoded path hint (see EscapedPath method)
	OmitHost    bool      // do not emit empty host (authority)
	ForceQuery  bool      // append a query ('?') even if RawQuery is empty
	RawQuery    string    // encoded query values, without '?'
	Fragment    string    // fragment for references, without '#'
	RawFragment string    // encoded fragment hint (see EscapedFragment method)
}

// Userinfo is an immutable encapsulation of username and password details for a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// User returns a Userinfo containing the provided username and no password set.
func User(username string) *Userinfo {
	return &Userinfo{username: username}
}

// UserPassword returns a Userinfo containing the provided username and password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username, password, true}
}

// Username returns the username.
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

// Password returns the password in case it is set, and whether it is set.
func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// String returns the encoded userinfo information in the standard form of
// "username[:password]".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, modeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, modeUserPassword)
	}
	return s
}

// hasControlByte reports whether s contains an ASCII control character or DEL.
func hasControlByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			return true
		}
	}
	return false
}

// splitScheme splits "scheme:rest". A string that does not start with a valid scheme
// followed by ':' has no scheme; a ':' at the very start is an error.
func splitScheme(raw string) (scheme, rest string, err error) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", raw, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errors.New("missing protocol scheme")
			}
			return raw[:i], raw[i+1:], nil
		default:
			return "", raw, nil
		}
	}
	return "", raw, nil
}

// Parse parses a raw url into a URL structure.
//
// The url may be relative (a path, without a host) or absolute (starting with a
// scheme). Trying to parse a hostname and path without a scheme is invalid but may
// not necessarily return an error, due to parsing ambiguities.
func Parse(rawURL string) (*URL, error) {
	s, frag, _ := strings.Cut(rawURL, "#")
	u, err := parse(s, false)
	if err != nil {
		return nil, &Error{"parse", s, err}
	}
	if frag == "" {
		return u, nil
	}
	if err := u.setFragment(frag); err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return u, nil
}

// ParseRequestURI parses a raw url into a URL structure. It assumes that url was
// received in an HTTP request, so the url is interpreted only as an absolute URI or an
// absolute path. The string url is assumed not to have a #fragment suffix.
func ParseRequestURI(rawURL string) (*URL, error) {
	u, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return u, nil
}

// parse parses a URL without its fragment. asRequest says it is the target of an HTTP
// request line: only an absolute URI or an absolute path is accepted.
func parse(raw string, asRequest bool) (*URL, error) {
	if hasControlByte(raw) {
		return nil, errors.New("net/url: invalid control character in URL")
	}
	if raw == "" && asRequest {
		return nil, errors.New("empty url")
	}
	u := new(URL)
	if raw == "*" {
		u.Path = "*"
		return u, nil
	}
	scheme, rest, err := splitScheme(raw)
	if err != nil {
		return nil, err
	}
	u.Scheme = strings.ToLower(scheme)

	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		u.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, u.RawQuery, _ = strings.Cut(rest, "?")
	}

	if !strings.HasPrefix(rest, "/") {
		if u.Scheme != "" {
			// "scheme:opaque" — nothing more to take apart
			u.Opaque = rest
			return u, nil
		}
		if asRequest {
			return nil, errors.New("invalid URI for request")
		}
		// A relative path whose first segment holds a colon would read back as a
		// scheme (RFC 3986 section 4.2).
		first, _, _ := strings.Cut(rest, "/")
		if strings.Contains(first, ":") {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}

	// "//" starts an authority after a scheme; without one it does too, except in a
	// request target and before a third slash ("///x" is a path).
	hasAuthority := u.Scheme != "" || !asRequest && !strings.HasPrefix(rest, "///")
	if hasAuthority && strings.HasPrefix(rest, "//") {
		authority := rest[2:]
		rest = ""
		if i := strings.IndexByte(authority, '/'); i >= 0 {
			authority, rest = authority[:i], authority[i:]
		}
		u.User, u.Host, err = parseAuthority(authority)
		if err != nil {
			return nil, err
		}
	} else if u.Scheme != "" && strings.HasPrefix(rest, "/") {
		// "scheme:/path": no authority at all, as opposed to an empty one
		u.OmitHost = true
	}
	if err := u.setPath(rest); err != nil {
		return nil, err
	}
	return u, nil
}

func parseAuthority(authority string) (*Userinfo, string, error) {
	at := strings.LastIndexByte(authority, '@')
	host, err := parseHost(authority[at+1:])
	if err != nil {
		return nil, "", err
	}
	if at < 0 {
		return nil, host, nil
	}
	info := authority[:at]
	if !validUserinfo(info) {
		return nil, "", errors.New("net/url: invalid userinfo")
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

// parseHost validates and decodes "host", "host:port" or "[ipv6%25zone]:port".
func parseHost(host string) (string, error) {
	if strings.HasPrefix(host, "[") {
		end := strings.LastIndexByte(host, ']')
		if end < 0 {
			return "", errors.New("missing ']' in host")
		}
		port := host[end+1:]
		if !validPort(port) {
			return "", fmt.Errorf("invalid port %q after host", port)
		}
		// An IPv6 zone follows "%25" (RFC 6874) and has escaping rules of its own.
		if zone := strings.Index(host[:end], "%25"); zone >= 0 {
			addr, err := unescape(host[:zone], modeHost)
			if err != nil {
				return "", err
			}
			z, err := unescape(host[zone:end], modeZone)
			if err != nil {
				return "", err
			}
			tail, err := unescape(host[end:], modeHost)
			if err != nil {
				return "", err
			}
			return addr + z + tail, nil
		}
	} else if colon := strings.LastIndexByte(host, ':'); colon >= 0 {
		if port := host[colon:]; !validPort(port) {
			return "", fmt.Errorf("invalid port %q after host", port)
		}
	}
	return unescape(host, modeHost)
}

// validPort reports whether port is empty or ':' followed by decimal digits.
func validPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// validUserinfo reports whether s uses only the characters RFC 3986 allows in
// userinfo (unreserved, sub-delims, ':' and percent-escapes), plus '@'.
func validUserinfo(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isAlnum(c) || strings.IndexByte("-._:~!$&'()*+,;=%@", c) >= 0 {
			continue
		}
		return false
	}
	return true
}

// setPath sets Path to the decoded p and RawPath to p when p is not the default
// encoding of Path.
func (u *URL) setPath(p string) error {
	decoded, err := unescape(p, modePath)
	if err != nil {
		return err
	}
	u.Path = decoded
	if escape(decoded, modePath) == p {
		u.RawPath = ""
	} else {
		u.RawPath = p
	}
	return nil
}

// EscapedPath returns the escaped form of u.Path. In general there are multiple
// possible escaped forms of any path. EscapedPath returns u.RawPath when it is a valid
// escaping of u.Path. Otherwise EscapedPath ignores u.RawPath and computes an escaped
// form on its own.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, modePath) {
		if p, err := unescape(u.RawPath, modePath); err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*" // the "OPTIONS *" request target
	}
	return escape(u.Path, modePath)
}

func (u *URL) setFragment(f string) error {
	decoded, err := unescape(f, modeFragment)
	if err != nil {
		return err
	}
	u.Fragment = decoded
	if escape(decoded, modeFragment) == f {
		u.RawFragment = ""
	} else {
		u.RawFragment = f
	}
	return nil
}

// EscapedFragment returns the escaped form of u.Fragment, preferring u.RawFragment
// when it is a valid escaping of u.Fragment.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && validEncoded(u.RawFragment, modeFragment) {
		if f, err := unescape(u.RawFragment, modeFragment); err == nil && f == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, modeFragment)
}

// String reassembles the URL into a valid URL string.
func (u *URL) String() string {
	var b strings.Builder
	if u.Opaque != "" {
		b.WriteString(u.Scheme)
		b.WriteByte(':')
		b.WriteString(u.Opaque)
	} else {
		if u.Scheme != "" {
			b.WriteString(u.Scheme)
			b.WriteByte(':')
		}
		if u.Scheme != "" || u.Host != "" || u.User != nil {
			if !(u.OmitHost && u.Host == "" && u.User == nil) {
				if u.Host != "" || u.Path != "" || u.User != nil {
					b.WriteString("//")
				}
				if u.User != nil {
					b.WriteString(u.User.String())
					b.WriteByte('@')
				}
				if u.Host != "" {
					b.WriteString(escape(u.Host, modeHost))
				}
			}
		}
		p := u.EscapedPath()
		if p != "" && p[0] != '/' && u.Host != "" {
			b.WriteByte('/')
		}
		if b.Len() == 0 {
			// A relative path whose first segment holds a colon would be read back as
			// "scheme:opaque"; "./" keeps it a path.
			first, _, _ := strings.Cut(p, "/")
			if strings.Contains(first, ":") {
				b.WriteString("./")
			}
		}
		b.WriteString(p)
	}
	if u.ForceQuery || u.RawQuery != "" {
		b.WriteByte('?')
		b.WriteString(u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteByte('#')
		b.WriteString(u.EscapedFragment())
	}
	return b.String()
}

// Redacted is like String but replaces any password with "xxxxx". Only the password
// in u.User is redacted.
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	if _, has := u.User.Password(); has {
		c := *u
		c.User = UserPassword(u.User.Username(), "xxxxx")
		return c.String()
	}
	return u.String()
}

// IsAbs reports whether the URL is absolute. Absolute means that it has a non-empty
// scheme.
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Parse parses a URL in the context of the receiver. The provided URL may be relative
// or absolute. Parse returns nil, err on parse failure, otherwise its return value is
// the same as ResolveReference.
func (u *URL) Parse(ref string) (*URL, error) {
	r, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(r), nil
}

// ResolveReference resolves a URI reference to an absolute URI from an absolute base
// URI u, per RFC 3986 Section 5.2. The URI reference may be relative or absolute.
// ResolveReference always returns a new URL instance, even if the returned URL is
// identical to either the base or reference. If ref is an absolute URL, then
// ResolveReference ignores base and returns a copy of ref.
func (u *URL) ResolveReference(ref *URL) *URL {
	r := *ref
	if ref.Scheme == "" {
		r.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User != nil {
		// The reference carries its own authority: only its dot segments go.
		r.setPath(mergePaths(ref.EscapedPath(), ""))
		return &r
	}
	if ref.Opaque != "" {
		r.User, r.Host, r.Path = nil, "", ""
		return &r
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		r.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			r.Fragment, r.RawFragment = u.Fragment, u.RawFragment
		}
	}
	if ref.Path == "" && u.Opaque != "" {
		r.Opaque = u.Opaque
		r.User, r.Host, r.Path = nil, "", ""
		return &r
	}
	r.Host, r.User = u.Host, u.User
	r.setPath(mergePaths(u.EscapedPath(), ref.EscapedPath()))
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

// Query parses RawQuery and returns the corresponding values. It silently discards
// malformed value pairs. To check errors use ParseQuery.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI returns the encoded path?query or opaque?query string that would be used
// in an HTTP request for u.
func (u *URL) RequestURI() string {
	s := u.Opaque
	if s == "" {
		s = u.EscapedPath()
		if s == "" {
			s = "/"
		}
	} else if strings.HasPrefix(s, "//") {
		s = u.Scheme + ":" + s
	}
	if u.ForceQuery || u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	return s
}

// Hostname returns u.Host, stripping any valid port number if present. If the result
// is enclosed in square brackets, as literal IPv6 addresses are, the square brackets
// are removed from the result.
func (u *URL) Hostname() string {
	host, _ := splitHostPort(u.Host)
	return host
}

// Port returns the port part of u.Host, without the leading colon. If u.Host doesn't
// contain a valid numeric port, Port returns an empty string.
func (u *URL) Port() string {
	_, port := splitHostPort(u.Host)
	return port
}

func splitHostPort(hostPort string) (host, port string) {
	host = hostPort
	if colon := strings.LastIndexByte(host, ':'); colon >= 0 && validPort(host[colon:]) {
		host, port = host[:colon], host[colon+1:]
	}
	if len(host) >= 2 && host[0] == '[' && host[len(host)-1] == ']' {
		host = host[1 : len(host)-1]
	}
	return host, port
}

// MarshalBinary returns the URL's String form.
func (u *URL) MarshalBinary() (text []byte, err error) {
	return []byte(u.String()), nil
}

// UnmarshalBinary parses text as a URL into u.
func (u *URL) UnmarshalBinary(text []byte) error {
	p, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *p
	return nil
}

// JoinPath returns a new URL with the provided path elements joined to any existing
// path and the resulting path cleaned of any ./ or ../ elements. Any sequences of
// multiple / characters will be reduced to a single /.
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
	r.setPath(p)
	return &r
}

// JoinPath returns a URL string with the provided path elements joined to the
// existing path of base and the resulting path cleaned of any ./ or ../ elements.
func JoinPath(base string, elem ...string) (result string, err error) {
	u, err := Parse(base)
	if err != nil {
		return "", err
	}
	return u.JoinPath(elem...).String(), nil
}

// Values maps a string key to a list of values. It is typically used for query
// parameters and form values. Unlike in the http.Header map, the keys in a Values map
// are case-sensitive.
type Values map[string][]string

// Get gets the first value associated with the given key. If there are no values
// associated with the key, Get returns the empty string.
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set sets the key to value. It replaces any existing values.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add adds the value to key. It appends to any existing values associated with key.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del deletes the values associated with key.
func (v Values) Del(key string) { delete(v, key) }

// Has checks whether a given key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery parses the URL-encoded query string and returns a map listing the values
// specified for each key. ParseQuery always returns a non-nil map containing all the
// valid query parameters found; err describes the first decoding error encountered,
// if any. Query is expected to be a list of key=value settings separated by
// ampersands. A setting without an equals sign is interpreted as a key set to an empty
// value. Settings containing a non-URL-encoded semicolon are considered invalid.
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
		key, value, _ := strings.Cut(pair, "=")
		key, err := QueryUnescape(key)
		if err != nil {
			note(err)
			continue
		}
		value, err = QueryUnescape(value)
		if err != nil {
			note(err)
			continue
		}
		v[key] = append(v[key], value)
	}
	return first
}

// Encode encodes the values into "URL encoded" form ("bar=baz&foo=quux") sorted by key.
func (v Values) Encode() string {
	if len(v) == 0 {
		return ""
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		ek := QueryEscape(k)
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(ek)
			b.WriteByte('=')
			b.WriteString(QueryEscape(val))
		}
	}
	return b.String()
}
