package textproto

// A MIMEHeader represents a MIME-style header mapping keys to sets of values.
type MIMEHeader map[string][]string

// Add adds the key, value pair to the header. It appends to any existing values
// associated with key.
func (h MIMEHeader) Add(key, value string) {
	key = CanonicalMIMEHeaderKey(key)
	h[key] = append(h[key], value)
}

// Set sets the header entries associated with key to the single element value. It
// replaces any existing values associated with key.
func (h MIMEHeader) Set(key, value string) {
	h[CanonicalMIMEHeaderKey(key)] = []string{value}
}

// Get gets the first value associated with the given key. It is case insensitive;
// CanonicalMIMEHeaderKey is used to canonicalize the provided key. If there are no
// values associated with the key, Get returns "".
func (h MIMEHeader) Get(key string) string {
	if h == nil {
		return ""
	}
	v := h[CanonicalMIMEHeaderKey(key)]
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// Values returns all values associated with the given key. It is case insensitive;
// the returned slice is not a copy.
func (h MIMEHeader) Values(key string) []string {
	if h == nil {
		return nil
	}
	return h[CanonicalMIMEHeaderKey(key)]
}

// Del deletes the values associated with key.
func (h MIMEHeader) Del(key string) {
	delete(h, CanonicalMIMEHeaderKey(key))
}

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

// CanonicalMIMEHeaderKey returns the canonical format of the MIME header key s. The
// canonicalization converts the first letter and any letter following a hyphen to
// upper case; the rest are converted to lowercase. For example, the canonical key
// for "accept-encoding" is "Accept-Encoding". MIME header keys are assumed to be
// ASCII only. If s contains a space or invalid header field bytes, it is returned
// without modifications.
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
