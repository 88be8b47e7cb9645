package http

import (
	"errors"
	"fmt"
	"log"
	"strconv"
	"strings"
	"time"
)

// Cookie is an HTTP cookie, as sent in a Set-Cookie header (RFC 6265) or in a
// Cookie header (Name and Value only).
type Cookie struct {
	Name   string
	Value  string
	Quoted bool // the value was, or is to be, written in double quotes

	Path       string
	Domain     string
	Expires    time.Time
	RawExpires string // the Expires attribute as received

	// MaxAge=0: no Max-Age attribute; < 0: "Max-Age=0" (delete now); > 0: seconds.
	MaxAge      int
	Secure      bool
	HttpOnly    bool
	SameSite    SameSite
	Partitioned bool
	Raw         string
	Unparsed    []string // attributes not understood
}

// SameSite is the SameSite attribute of a cookie.
type SameSite int

// The SameSite modes.
const (
	SameSiteDefaultMode SameSite = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

// cookieValueByte reports whether b may appear in a cookie value. RFC 6265 excludes
// space and comma too, but browsers send them, so they are accepted (and quoted on
// output).
func cookieValueByte(b byte) bool {
	return b >= ' ' && b < 0x7f && b != '"' && b != ';' && b != '\\'
}

func cookiePathByte(b byte) bool {
	return b >= ' ' && b < 0x7f && b != ';'
}

// cleanCookieName keeps a name on one line.
func cleanCookieName(n string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return '-'
		}
		return r
	}, n)
}

// dropBadBytes returns v without the bytes ok rejects, logging the first one.
func dropBadBytes(field, v string, ok func(byte) bool) string {
	bad := -1
	for i := 0; i < len(v); i++ {
		if !ok(v[i]) {
			bad = i
			break
		}
	}
	if bad < 0 {
		return v
	}
	log.Printf("net/http: invalid byte %q in %s; dropping invalid bytes", v[bad], field)
	kept := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if ok(v[i]) {
			kept = append(kept, v[i])
		}
	}
	return string(kept)
}

// cleanCookieValue drops invalid bytes and quotes a value that holds a space or a
// comma (or that asks to be quoted).
func cleanCookieValue(v string, quoted bool) string {
	v = dropBadBytes("Cookie.Value", v, cookieValueByte)
	if v == "" {
		return v
	}
	if quoted || strings.ContainsAny(v, " ,") {
		return `"` + v + `"`
	}
	return v
}

// unquoteCookieValue checks a received value, removing surrounding double quotes
// when allowed.
func unquoteCookieValue(raw string, quotesAllowed bool) (value string, quoted, ok bool) {
	if quotesAllowed && len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		raw = raw[1 : len(raw)-1]
		quoted = true
	}
	if firstBadByte(raw, cookieValueByte) >= 0 {
		return "", false, false
	}
	return raw, quoted, true
}

// firstBadByte is the index of the first byte of s that ok rejects, -1 if none.
func firstBadByte(s string, ok func(byte) bool) int {
	for j, n := 0, len(s); j < n; j++ {
		if !ok(s[j]) {
			return j
		}
	}
	return -1
}

// cookieHostName reports whether s is a DNS name a cookie may name: dot-separated
// labels of letters, digits, '-' and '_', no label starting or ending with '-', at
// most 255 bytes, and at least one letter somewhere. A leading dot is allowed.
func cookieHostName(s string) bool {
	s = strings.TrimPrefix(s, ".")
	if s == "" || len(s) > 255 {
		return false
	}
	letter := false
	for _, label := range strings.Split(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			switch {
			case c == '_', c|0x20 >= 'a' && c|0x20 <= 'z':
				letter = true
			case '0' <= c && c <= '9' || c == '-':
			default:
				return false
			}
		}
	}
	return letter
}

// isIPv4 reports whether s is a dotted-quad IPv4 address.
func isIPv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || len(p) > 1 && p[0] == '0' {
			return false
		}
		n := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
			n = n*10 + int(p[i]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}

func cookieDomainOK(d string) bool {
	return cookieHostName(d) || isIPv4(d)
}

// The earliest Expires a cookie may carry (RFC 6265 section 5.1.1).
func cookieExpiresOK(t time.Time) bool {
	return t.Year() >= 1601
}

// String returns the cookie as a Set-Cookie header value (or "name=value" when it
// has no attributes). A cookie with an invalid name gives "".
func (c *Cookie) String() string {
	if c == nil || !isToken(c.Name) {
		return ""
	}
	var b strings.Builder
	b.WriteString(cleanCookieName(c.Name))
	b.WriteByte('=')
	b.WriteString(cleanCookieValue(c.Value, c.Quoted))
	if c.Path != "" {
		b.WriteString("; Path=")
		b.WriteString(dropBadBytes("Cookie.Path", c.Path, cookiePathByte))
	}
	if c.Domain != "" {
		if cookieDomainOK(c.Domain) {
			b.WriteString("; Domain=")
			b.WriteString(strings.TrimPrefix(c.Domain, "."))
		} else {
			log.Printf(droppedDomainLog, c.Domain)
		}
	}
	if cookieExpiresOK(c.Expires) {
		b.WriteString("; Expires=")
		b.WriteString(c.Expires.UTC().Format(TimeFormat))
	}
	if c.MaxAge > 0 {
		b.WriteString("; Max-Age=")
		b.WriteString(strconv.Itoa(c.MaxAge))
	} else if c.MaxAge < 0 {
		b.WriteString("; Max-Age=0")
	}
	flag := func(on bool, attr string) {
		if on {
			b.WriteString("; ")
			b.WriteString(attr)
		}
	}
	flag(c.HttpOnly, "HttpOnly")
	flag(c.Secure, "Secure")
	if name, ok := sameSiteNames[c.SameSite]; ok {
		b.WriteString("; SameSite=")
		b.WriteString(name)
	}
	flag(c.Partitioned, "Partitioned")
	return b.String()
}

// droppedDomainLog is what String logs for a Domain it leaves out.
const droppedDomainLog = "net/http: invalid Cookie.Domain %q; dropping domain attribute"

// sameSiteNames are the SameSite attribute values String writes.
var sameSiteNames = map[SameSite]string{
	SameSiteNoneMode:   "None",
	SameSiteLaxMode:    "Lax",
	SameSiteStrictMode: "Strict",
}

// sameSiteModes maps received SameSite values (lower case) to modes.
var sameSiteModes = map[string]SameSite{
	"none":   SameSiteNoneMode,
	"lax":    SameSiteLaxMode,
	"strict": SameSiteStrictMode,
}

// Reasons Valid reports.
var (
	errCookieNil         = errors.New("http: nil Cookie")
	errCookieName        = errors.New("http: invalid Cookie.Name")
	errCookieExpires     = errors.New("http: invalid Cookie.Expires")
	errCookieDomain      = errors.New("http: invalid Cookie.Domain")
	errCookiePartitioned = errors.New("http: partitioned cookies must be set with Secure")
)

// Valid reports the first reason c cannot be sent, or nil.
func (c *Cookie) Valid() error {
	switch {
	case c == nil:
		return errCookieNil
	case !isToken(c.Name):
		return errCookieName
	case !c.Expires.IsZero() && !cookieExpiresOK(c.Expires):
		return errCookieExpires
	}
	fields := [2]struct {
		what string
		text string
		ok   func(byte) bool
	}{{"Cookie.Value", c.Value, cookieValueByte}, {"Cookie.Path", c.Path, cookiePathByte}}
	for _, f := range fields {
		if at := firstBadByte(f.text, f.ok); at >= 0 {
			return fmt.Errorf("http: invalid byte %q in %s", f.text[at], f.what)
		}
	}
	switch {
	case c.Domain != "" && !cookieDomainOK(c.Domain):
		return errCookieDomain
	case c.Partitioned && !c.Secure:
		return errCookiePartitioned
	}
	return nil
}

// SetCookie adds a Set-Cookie header for cookie to w's header. A cookie with an
// invalid name is silently dropped.
func SetCookie(w ResponseWriter, cookie *Cookie) {
	line := cookie.String()
	if line == "" {
		return
	}
	h := w.Header()
	h["Set-Cookie"] = append(h["Set-Cookie"], line)
}

// pairCookie is a received name=value cookie.
func pairCookie(name, value string, quoted bool) *Cookie {
	return &Cookie{Name: name, Value: value, Quoted: quoted}
}

// parseCookieHeaders parses Cookie header lines leniently (pairs with bad names or
// values are skipped); with a non-empty only, just that name is kept.
func parseCookieHeaders(lines []string, only string) []*Cookie {
	var out []*Cookie
	for _, line := range lines {
		for _, pair := range strings.Split(textproto_trim(line), ";") {
			pair = textproto_trim(pair)
			if pair == "" {
				continue
			}
			name, raw, _ := strings.Cut(pair, "=")
			name = textproto_trim(name)
			if !isToken(name) || only != "" && name != only {
				continue
			}
			value, quoted, ok := unquoteCookieValue(raw, true)
			if !ok {
				continue
			}
			out = append(out, pairCookie(name, value, quoted))
		}
	}
	return out
}

func textproto_trim(s string) string { return strings.TrimSpace(s) }

// ParseCookie parses a Cookie header value strictly: every pair must be well formed.
func ParseCookie(line string) ([]*Cookie, error) {
	trimmed := textproto_trim(line)
	if trimmed == "" {
		return nil, errors.New("http: blank cookie")
	}
	pairs := strings.Split(trimmed, ";")
	cookies := make([]*Cookie, 0, len(pairs))
	for _, p := range pairs {
		p = textproto_trim(p)
		name, raw, found := strings.Cut(p, "=")
		if !found {
			return nil, errors.New("http: '=' not found in cookie")
		}
		if !isToken(name) {
			return nil, errors.New("http: invalid cookie name")
		}
		value, quoted, ok := unquoteCookieValue(raw, true)
		if !ok {
			return nil, errors.New("http: invalid cookie value")
		}
		cookies = append(cookies, pairCookie(name, value, quoted))
	}
	return cookies, nil
}

// ParseSetCookie parses one Set-Cookie header value.
func ParseSetCookie(line string) (*Cookie, error) {
	trimmed := textproto_trim(line)
	if trimmed == "" {
		return nil, errors.New("http: blank cookie")
	}
	parts := strings.Split(trimmed, ";")
	name, raw, found := strings.Cut(textproto_trim(parts[0]), "=")
	if !found {
		return nil, errors.New("http: '=' not found in cookie")
	}
	name = textproto_trim(name)
	if !isToken(name) {
		return nil, errors.New("http: invalid cookie name")
	}
	value, quoted, ok := unquoteCookieValue(raw, true)
	if !ok {
		return nil, errors.New("http: invalid cookie value")
	}
	c := &Cookie{Name: name, Value: value, Quoted: quoted, Raw: line}
	for _, attr := range parts[1:] {
		attr = textproto_trim(attr)
		if attr == "" {
			continue
		}
		key, raw, _ := strings.Cut(attr, "=")
		v, _, ok := unquoteCookieValue(raw, false)
		if !ok || !c.setAttribute(strings.ToLower(key), v) {
			c.Unparsed = append(c.Unparsed, attr)
		}
	}
	return c, nil
}

// setAttribute applies one Set-Cookie attribute; false means it was not understood.
func (c *Cookie) setAttribute(key, v string) bool {
	switch key {
	case "samesite":
		mode, known := sameSiteModes[strings.ToLower(v)]
		if !known {
			mode = SameSiteDefaultMode
		}
		c.SameSite = mode
	case "secure":
		c.Secure = true
	case "httponly":
		c.HttpOnly = true
	case "partitioned":
		c.Partitioned = true
	case "domain":
		c.Domain = v
	case "path":
		c.Path = v
	case "max-age":
		secs, err := strconv.Atoi(v)
		if err != nil || secs != 0 && v[0] == '0' {
			return false
		}
		if secs <= 0 {
			secs = -1
		}
		c.MaxAge = secs
	case "expires":
		c.RawExpires = v
		t, err := time.Parse(time.RFC1123, v)
		if err != nil {
			t, err = time.Parse("Mon, 02-Jan-2006 15:04:05 MST", v)
		}
		if err != nil {
			c.Expires = time.Time{}
			return false
		}
		c.Expires = t.UTC()
	default:
		return false
	}
	return true
}

// responseCookies parses the Set-Cookie headers of h, skipping invalid ones.
func responseCookies(h Header) []*Cookie {
	lines := h["Set-Cookie"]
	out := make([]*Cookie, 0, len(lines))
	for _, line := range lines {
		if c, err := ParseSetCookie(line); err == nil {
			out = append(out, c)
		}
	}
	return out
}
