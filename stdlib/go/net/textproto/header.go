package textproto

// A MIMEHeader maps canonical keys (see CanonicalMIMEHeaderKey) to their values
// in order. Its methods take keys in any case.
type MIMEHeader map[string][]string

// Add appends value to key's values.
func (h MIMEHeader) Add(key, value string) {
	k := CanonicalMIMEHeaderKey(key)
	h[k] = append(h[k], value)
}

// Set makes value key's only value.
func (h MIMEHeader) Set(key, value string) { h.Del(key); h.Add(key, value) }

// Get is key's first value, or "".
func (h MIMEHeader) Get(key string) string {
	if v := h.Values(key); len(v) > 0 {
		return v[0]
	}
	return ""
}

// Values are key's values (the header's own slice, not a copy).
func (h MIMEHeader) Values(key string) []string { return h[CanonicalMIMEHeaderKey(key)] }

// Del removes key and its values.
func (h MIMEHeader) Del(key string) { delete(h, CanonicalMIMEHeaderKey(key)) }

// isTokenByte reports whether c may appear in an RFC 7230 token (a header field
// name): letters, digits and !#$%&'*+-.^_`|~.
func isTokenByte(c byte) bool {
	return tokenTable[c]
}

var tokenTable = func() [256]bool {
	var t [256]bool
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for _, c := range []byte("!#$%&'*+-.^_`|~") {
		t[c] = true
	}
	return t
}()

// CanonicalMIMEHeaderKey upper-cases the first letter and each letter after a
// hyphen and lower-cases the others ("content-TYPE" gives "Content-Type"). A key
// with a byte that is not allowed in a field name (a space, say) is returned as
// it is.
func CanonicalMIMEHeaderKey(s string) string {
	// Most keys are canonical already: check without allocating.
	upper := true
	canonical := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isTokenByte(c) {
			return s
		}
		if upper && 'a' <= c && c <= 'z' || !upper && 'A' <= c && c <= 'Z' {
			canonical = false
		}
		upper = c == '-'
	}
	if canonical {
		return s
	}
	return canonicalize([]byte(s))
}

// canonicalize rewrites the token b (all token bytes) in canonical case and returns
// it as a string. Well-known keys come back as shared strings.
func canonicalize(b []byte) string {
	upper := true
	for i, c := range b {
		switch {
		case upper && 'a' <= c && c <= 'z':
			b[i] = c - 'a' + 'A'
		case !upper && 'A' <= c && c <= 'Z':
			b[i] = c - 'A' + 'a'
		}
		upper = c == '-'
	}
	if s, ok := commonKeys[string(b)]; ok {
		return s
	}
	return string(b)
}

// commonKeys interns the header keys most messages carry, so that reading a header
// block allocates no key strings for them.
var commonKeys = func() map[string]string {
	m := make(map[string]string)
	for _, k := range []string{
		"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Ranges",
		"Authorization", "Cache-Control", "Cc", "Connection", "Content-Disposition",
		"Content-Encoding", "Content-Id", "Content-Language", "Content-Length",
		"Content-Transfer-Encoding", "Content-Type", "Cookie", "Date", "Dkim-Signature",
		"Etag", "Expires", "From", "Host", "If-Modified-Since", "If-None-Match",
		"In-Reply-To", "Last-Modified", "Location", "Message-Id", "Mime-Version", "Origin",
		"Pragma", "Range", "Received", "Referer", "Return-Path", "Server", "Set-Cookie",
		"Subject", "To", "Transfer-Encoding", "Upgrade", "User-Agent", "Via",
		"X-Forwarded-For", "X-Imforwards", "X-Powered-By", "Keep-Alive", "Proxy-Connection",
		"Te", "Trailer", "Vary", "Www-Authenticate", "Expect",
	} {
		m[k] = k
	}
	return m
}()
