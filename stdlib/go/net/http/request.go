package http

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
)

// The methods of RFC 9110 (and PATCH, RFC 5789).
const (
	MethodGet     = "GET"
	MethodHead    = "HEAD"
	MethodPost    = "POST"
	MethodPut     = "PUT"
	MethodPatch   = "PATCH"
	MethodDelete  = "DELETE"
	MethodConnect = "CONNECT"
	MethodOptions = "OPTIONS"
	MethodTrace   = "TRACE"
)

// Request is an HTTP request: one a server received, or one a client is about to
// send. See the Go documentation of each field; minigo follows it.
type Request struct {
	Method string   // "" means GET for a client request
	URL    *url.URL // the request target (server) or the URL to fetch (client)

	Proto      string // "HTTP/1.1"
	ProtoMajor int
	ProtoMinor int

	Header Header
	Body   io.ReadCloser

	// GetBody returns a fresh copy of Body, so that a client can resend it after a
	// 307 or 308 redirect.
	GetBody func() (io.ReadCloser, error)

	ContentLength    int64 // -1: unknown
	TransferEncoding []string

	// Close: a server closes the connection after answering; a client does after
	// reading the response.
	Close bool

	Host string // the Host header (server), or an override of URL.Host (client)

	Form          url.Values // query and body form values, after ParseForm
	PostForm      url.Values // body form values only, after ParseForm
	MultipartForm *multipart.Form

	Trailer Header

	RemoteAddr string // the client's address (server)
	RequestURI string // the request target as it came on the request line (server)

	// Cancel, when closed, abandons a client request (deprecated: use a context).
	Cancel <-chan struct{}

	// Response is the redirect response that made the client create this request.
	Response *Response

	// Pattern is the ServeMux pattern that matched.
	Pattern string

	ctx context.Context

	// The ServeMux match: wildcard names and their values, in pattern order.
	wildNames  []string
	wildValues []string
	setValues  map[string]string // values from SetPathValue for other names
}

// Context returns the request's context (context.Background when it has none). A
// server cancels it when the connection breaks or the handler returns.
func (r *Request) Context() context.Context {
	if r.ctx == nil {
		return context.Background()
	}
	return r.ctx
}

// WithContext returns a shallow copy of r that carries ctx, which must not be nil.
func (r *Request) WithContext(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	dup := *r
	dup.ctx = ctx
	return &dup
}

// Clone returns a deep copy of r that carries ctx (the Body is shared).
func (r *Request) Clone(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	dup := *r
	dup.ctx = ctx
	if r.URL != nil {
		u := *r.URL
		if u.User != nil {
			info := *u.User
			u.User = &info
		}
		dup.URL = &u
	}
	dup.Header = r.Header.Clone()
	dup.Trailer = r.Trailer.Clone()
	if r.TransferEncoding != nil {
		dup.TransferEncoding = append([]string{}, r.TransferEncoding...)
	}
	if r.Form != nil {
		dup.Form = url.Values(Header(r.Form).Clone())
	}
	if r.PostForm != nil {
		dup.PostForm = url.Values(Header(r.PostForm).Clone())
	}
	dup.wildNames = append([]string(nil), r.wildNames...)
	dup.wildValues = append([]string(nil), r.wildValues...)
	if r.setValues != nil {
		dup.setValues = map[string]string{}
		for name, v := range r.setValues {
			dup.setValues[name] = v
		}
	}
	return &dup
}

// ProtoAtLeast reports whether the request's protocol version is major.minor or
// newer.
func (r *Request) ProtoAtLeast(major, minor int) bool {
	if r.ProtoMajor != major {
		return r.ProtoMajor > major
	}
	return r.ProtoMinor >= minor
}

// UserAgent returns the User-Agent header.
func (r *Request) UserAgent() string { return r.Header.Get("User-Agent") }

// Referer returns the Referer header (sic).
func (r *Request) Referer() string { return r.Header.Get("Referer") }

// Cookies returns the cookies of the request's Cookie headers.
func (r *Request) Cookies() []*Cookie { return parseCookieHeaders(r.Header["Cookie"], "") }

// CookiesNamed returns the request's cookies called name (an empty slice if none).
func (r *Request) CookiesNamed(name string) []*Cookie {
	if name == "" {
		return []*Cookie{}
	}
	return parseCookieHeaders(r.Header["Cookie"], name)
}

var (
	// ErrNoCookie: Request.Cookie found no cookie of that name.
	ErrNoCookie = errors.New("http: named cookie not present")
	// ErrMissingFile: FormFile found no file under that name.
	ErrMissingFile = errors.New("http: no such file")

	errNoFormBody     = errors.New("missing form body")
	errNilContext     = errors.New("net/http: nil Context")
	errReaderTwice    = errors.New("http: MultipartReader called twice")
	errFormParsed     = errors.New("http: multipart handled by ParseMultipartForm")
	errFormStreamed   = errors.New("http: multipart handled by MultipartReader")
	errControlInURL   = errors.New("net/http: can't write control character in Request.URL")
	badMethodTemplate = "net/http: invalid method %q"
)

// Cookie returns the first cookie called name, or ErrNoCookie.
func (r *Request) Cookie(name string) (*Cookie, error) {
	if name != "" {
		if cs := parseCookieHeaders(r.Header["Cookie"], name); len(cs) > 0 {
			return cs[0], nil
		}
	}
	return nil, ErrNoCookie
}

// AddCookie appends c (name and value only) to the request's single Cookie header.
func (r *Request) AddCookie(c *Cookie) {
	pair := cleanCookieName(c.Name) + "=" + cleanCookieValue(c.Value, c.Quoted)
	if prev := r.Header.Get("Cookie"); prev != "" {
		pair = prev + "; " + pair
	}
	r.Header.Set("Cookie", pair)
}

// BasicAuth returns the credentials of an "Authorization: Basic ..." header.
func (r *Request) BasicAuth() (username, password string, ok bool) {
	v := r.Header.Get("Authorization")
	const scheme = "basic "
	if len(v) < len(scheme) || !strings.EqualFold(v[:len(scheme)], scheme) {
		return "", "", false
	}
	decoded, err := base64Decode(v[len(scheme):])
	if err != nil {
		return "", "", false
	}
	return strings.Cut(string(decoded), ":")
}

// SetBasicAuth sets the Authorization header for HTTP Basic authentication.
func (r *Request) SetBasicAuth(username, password string) {
	r.Header.Set("Authorization", "Basic "+base64Encode([]byte(username+":"+password)))
}

// PathValue returns the value of the ServeMux wildcard called name ("" if none).
func (r *Request) PathValue(name string) string {
	for i := range r.wildNames {
		if r.wildNames[i] == name {
			return r.wildValues[i]
		}
	}
	return r.setValues[name]
}

// SetPathValue makes PathValue(name) return value.
func (r *Request) SetPathValue(name, value string) {
	for i := range r.wildNames {
		if r.wildNames[i] == name {
			r.wildValues[i] = value
			return
		}
	}
	if r.setValues == nil {
		r.setValues = map[string]string{}
	}
	r.setValues[name] = value
}

// tchar is the set of bytes of an RFC 9110 token (methods, header names).
var tchar = func() (t [256]bool) {
	for _, c := range []byte("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		t[c] = true
	}
	return
}()

// isToken reports whether s is a non-empty token.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !tchar[s[i]] {
			return false
		}
	}
	return true
}

// NewRequest is NewRequestWithContext with context.Background.
func NewRequest(method, url string, body io.Reader) (*Request, error) {
	bg := context.Background()
	return NewRequestWithContext(bg, method, url, body)
}

// NewRequestWithContext builds a client request. A body that is a *bytes.Buffer,
// *bytes.Reader or *strings.Reader gives the request its exact ContentLength and a
// GetBody (an empty one becomes NoBody).
func NewRequestWithContext(ctx context.Context, method, rawURL string, body io.Reader) (*Request, error) {
	if method == "" {
		method = MethodGet
	}
	switch {
	case !isToken(method):
		return nil, fmt.Errorf(badMethodTemplate, method)
	case ctx == nil:
		return nil, errNilContext
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	// "host:" means the default port (RFC 3986 section 6.2.3).
	u.Host = strings.TrimSuffix(u.Host, ":")
	r := &Request{
		ctx:    ctx,
		Method: method,
		URL:    u,
		Proto:  "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: Header{},
		Host:   u.Host,
	}
	if body == nil {
		return r, nil
	}
	r.Body = asReadCloser(body)
	// Bodies whose size and content are known up front can be replayed.
	var content []byte
	known := true
	switch b := body.(type) {
	case *bytes.Buffer:
		content = b.Bytes()
	case *bytes.Reader:
		content = make([]byte, b.Len())
		b.ReadAt(content, b.Size()-int64(b.Len()))
	case *strings.Reader:
		content = make([]byte, b.Len())
		b.ReadAt(content, b.Size()-int64(b.Len()))
	default:
		known = false
	}
	if known {
		r.ContentLength = int64(len(content))
		if len(content) == 0 {
			r.Body = NoBody
			r.GetBody = func() (io.ReadCloser, error) { return NoBody, nil }
		} else {
			r.GetBody = func() (io.ReadCloser, error) {
				return io.NopCloser(bytes.NewReader(content)), nil
			}
		}
	}
	return r, nil
}

// ParseHTTPVersion parses "HTTP/x.y" with single digits x and y.
func ParseHTTPVersion(vers string) (major, minor int, ok bool) {
	if len(vers) != 8 || vers[:5] != "HTTP/" || vers[6] != '.' {
		return 0, 0, false
	}
	x, y := vers[5], vers[7]
	if x < '0' || x > '9' || y < '0' || y > '9' {
		return 0, 0, false
	}
	return int(x - '0'), int(y - '0'), true
}

// ReadRequest reads one HTTP/1.x request (line, header and body framing) from b.
func ReadRequest(b *bufio.Reader) (*Request, error) {
	r, err := parseRequest(b)
	if err != nil {
		return nil, err
	}
	delete(r.Header, "Host")
	return r, nil
}

// parseRequest reads a request line and header block and frames the body. It does
// not apply the server's stricter checks (see conn.readRequest).
func parseRequest(b *bufio.Reader) (*Request, error) {
	lines := textproto.NewReader(b)
	first, err := lines.ReadLine()
	if err != nil {
		if err == io.EOF && first == "" {
			return nil, io.EOF // a clean end between requests
		}
		return nil, eofIsUnexpected(err)
	}
	r := &Request{}
	sp1 := strings.IndexByte(first, ' ')
	sp2 := -1
	if sp1 >= 0 {
		sp2 = strings.IndexByte(first[sp1+1:], ' ')
	}
	if sp1 < 0 || sp2 < 0 {
		return nil, fmt.Errorf("malformed HTTP request %q", first)
	}
	sp2 += sp1 + 1
	r.Method, r.RequestURI, r.Proto = first[:sp1], first[sp1+1:sp2], first[sp2+1:]
	if !isToken(r.Method) {
		return nil, fmt.Errorf("invalid method %q", r.Method)
	}
	var ok bool
	if r.ProtoMajor, r.ProtoMinor, ok = ParseHTTPVersion(r.Proto); !ok {
		return nil, fmt.Errorf("malformed HTTP version %q", r.Proto)
	}
	if r.Method == "CONNECT" && !strings.HasPrefix(r.RequestURI, "/") {
		// CONNECT host:port — an authority, not a path
		if r.URL, err = url.ParseRequestURI("http://" + r.RequestURI); err != nil {
			return nil, err
		}
		r.URL.Scheme = ""
	} else if r.URL, err = url.ParseRequestURI(r.RequestURI); err != nil {
		return nil, err
	}

	h, err := lines.ReadMIMEHeader()
	if err != nil {
		return nil, eofIsUnexpected(err)
	}
	r.Header = Header(h)
	if len(r.Header["Host"]) > 1 {
		return nil, errors.New("too many Host headers")
	}
	// An absolute-form target names the host itself (RFC 9112 section 3.2.2).
	if r.Host = r.URL.Host; r.Host == "" {
		r.Host = r.Header.first("Host")
	}
	// HTTP/1.0 caches know only "Pragma: no-cache".
	if p := r.Header["Pragma"]; len(p) > 0 && p[0] == "no-cache" && !r.Header.present("Cache-Control") {
		r.Header["Cache-Control"] = []string{"no-cache"}
	}
	r.Close = wantsClose(r.ProtoMajor, r.ProtoMinor, r.Header)
	if err := frameRequestBody(r, b); err != nil {
		return nil, err
	}
	return r, nil
}

func eofIsUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// wantsClose reports whether a message of this version and header ends its
// connection: HTTP/1.0 unless it asks for keep-alive, HTTP/1.1 if it says close.
func wantsClose(major, minor int, h Header) bool {
	if major < 1 {
		return true
	}
	saysClose := headerHasToken(h["Connection"], "close")
	if major == 1 && minor == 0 {
		return saysClose || !headerHasToken(h["Connection"], "keep-alive")
	}
	return saysClose
}

// ParseForm fills r.Form with the query parameters and, for POST, PUT and PATCH
// requests with an application/x-www-form-urlencoded body, the body's parameters
// (which come first in r.Form and alone in r.PostForm). The body is read up to 10 MB
// unless MaxBytesReader limits it. Calling it again does nothing.
func (r *Request) ParseForm() error {
	var firstErr error
	keep := func(err error) {
		if firstErr == nil {
			firstErr = err
		}
	}
	if r.PostForm == nil {
		switch r.Method {
		case "POST", "PUT", "PATCH":
			vals, err := r.readBodyForm()
			r.PostForm = vals
			if err != nil {
				keep(err)
			}
		}
		if r.PostForm == nil {
			r.PostForm = url.Values{}
		}
	}
	if r.Form != nil {
		return firstErr
	}
	form := url.Values{}
	for k, vs := range r.PostForm {
		form[k] = append(form[k], vs...)
	}
	if r.URL != nil {
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			keep(err)
		}
		for k, vs := range q {
			form[k] = append(form[k], vs...)
		}
	}
	r.Form = form
	return firstErr
}

// asReadCloser is body itself when it can be closed, else body with a no-op Close.
func asReadCloser(body io.Reader) io.ReadCloser {
	switch b := body.(type) {
	case io.ReadCloser:
		return b
	default:
		return io.NopCloser(b)
	}
}

// readBodyForm parses an urlencoded body. Other content types leave it unread.
func (r *Request) readBodyForm() (url.Values, error) {
	if r.Body == nil {
		return nil, errNoFormBody
	}
	ctype := r.Header.Get("Content-Type")
	if ctype == "" {
		ctype = "application/octet-stream" // RFC 9110 section 8.3
	}
	ctype, _, typeErr := mime.ParseMediaType(ctype)
	if ctype != "application/x-www-form-urlencoded" {
		return nil, typeErr
	}
	const maxForm = 10 << 20
	// A body under MaxBytesReader has its own limit; others get the 10MB one.
	src := io.Reader(r.Body)
	_, ownLimit := r.Body.(*maxBytesReader)
	limited := !ownLimit
	if limited {
		src = io.LimitReader(r.Body, maxForm+1)
	}
	data, err := io.ReadAll(src)
	if err != nil {
		if typeErr != nil {
			return nil, typeErr
		}
		return nil, err
	}
	if limited && len(data) > maxForm {
		return nil, errors.New("http: POST too large")
	}
	vals, err := url.ParseQuery(string(data))
	if typeErr != nil {
		err = typeErr
	}
	return vals, err
}

// FormValue returns the first value of key in the parsed form (parsing it first if
// needed, errors ignored).
func (r *Request) FormValue(key string) string {
	r.parseFormsOnce(r.Form == nil)
	return url.Values(r.Form).Get(key)
}

// parseFormsOnce parses the query and body forms when needed, ignoring errors.
func (r *Request) parseFormsOnce(needed bool) {
	if needed {
		_ = r.ParseMultipartForm(32 << 20)
	}
}

// PostFormValue returns the first value of key in the body's form (parsing it first
// if needed, errors ignored).
func (r *Request) PostFormValue(key string) string {
	r.parseFormsOnce(r.PostForm == nil)
	return url.Values(r.PostForm).Get(key)
}


// ErrNotMultipart: the request's body is not multipart/form-data.
var ErrNotMultipart = &ProtocolError{"request Content-Type isn't multipart/form-data"}

// ErrMissingBoundary: the multipart Content-Type has no boundary parameter.
var ErrMissingBoundary = &ProtocolError{"no multipart boundary param in Content-Type"}

// streamedForm marks a request whose multipart body was handed out by
// MultipartReader, so it cannot be parsed as a form as well.
var streamedForm = &multipart.Form{Value: map[string][]string{}, File: map[string][]*multipart.FileHeader{}}

// MultipartReader returns a reader over a multipart/form-data or multipart/mixed
// body, to process it as a stream instead of calling ParseMultipartForm.
func (r *Request) MultipartReader() (*multipart.Reader, error) {
	switch r.MultipartForm {
	case nil:
	case streamedForm:
		return nil, errReaderTwice
	default:
		return nil, errFormParsed
	}
	r.MultipartForm = streamedForm
	return r.bodyParts(true)
}

func (r *Request) bodyParts(mixedOK bool) (*multipart.Reader, error) {
	ctype := r.Header.Get("Content-Type")
	if ctype == "" {
		return nil, ErrNotMultipart
	}
	if r.Body == nil {
		return nil, errNoFormBody
	}
	kind, params, err := mime.ParseMediaType(ctype)
	if err != nil || kind != "multipart/form-data" && !(mixedOK && kind == "multipart/mixed") {
		return nil, ErrNotMultipart
	}
	var parts *multipart.Reader
	if b, found := params["boundary"]; found {
		parts = multipart.NewReader(r.Body, b)
	} else {
		err = ErrMissingBoundary
	}
	return parts, err
}

// ParseMultipartForm parses a multipart/form-data body, keeping up to maxMemory bytes
// of file data in memory (the rest in temporary files), after calling ParseForm.
// Only the first call does anything.
func (r *Request) ParseMultipartForm(maxMemory int64) error {
	if r.MultipartForm == streamedForm {
		return errFormStreamed
	}
	var formErr error
	if r.Form == nil {
		formErr = r.ParseForm()
	}
	if r.MultipartForm != nil {
		return nil
	}
	parts, err := r.bodyParts(false)
	if err != nil {
		return err
	}
	form, err := parts.ReadForm(maxMemory)
	if err != nil {
		return err
	}
	if r.PostForm == nil {
		r.PostForm = url.Values{}
	}
	for k, vs := range form.Value {
		r.Form[k] = append(r.Form[k], vs...)
		r.PostForm[k] = append(r.PostForm[k], vs...)
	}
	r.MultipartForm = form
	return formErr
}

// FormFile returns the first uploaded file of the form field key.
func (r *Request) FormFile(key string) (multipart.File, *multipart.FileHeader, error) {
	switch r.MultipartForm {
	case streamedForm:
		return nil, nil, errFormStreamed
	case nil:
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			return nil, nil, err
		}
	}
	var uploads []*multipart.FileHeader
	if r.MultipartForm != nil {
		uploads = r.MultipartForm.File[key]
	}
	var (
		file multipart.File
		hdr  *multipart.FileHeader
		err  error = ErrMissingFile
	)
	if len(uploads) > 0 {
		hdr = uploads[0]
		file, err = hdr.Open()
	}
	return file, hdr, err
}

// ProtocolError is an HTTP protocol error (deprecated: few errors use it).
type ProtocolError struct {
	ErrorString string
}

func (pe *ProtocolError) Error() string { return pe.ErrorString }

// Is makes ErrNotSupported match errors.ErrUnsupported.
func (pe *ProtocolError) Is(target error) bool {
	if pe != ErrNotSupported {
		return false
	}
	return target == errors.ErrUnsupported
}

// The ProtocolError values of the API (all but ErrNotSupported are unused).
var (
	ErrNotSupported         = &ProtocolError{"feature not supported"}
	ErrUnexpectedTrailer    = &ProtocolError{"trailer header without chunked transfer encoding"}
	ErrHeaderTooLong        = &ProtocolError{"header too long"}
	ErrShortBody            = &ProtocolError{"entity body too short"}
	ErrMissingContentLength = &ProtocolError{"missing ContentLength in HEAD response"}
)

// Write writes r in HTTP/1.1 wire format: request line, Host, User-Agent, framing
// headers, r.Header, then the body (chunked when its length is unknown). The body is
// closed afterwards.
func (r *Request) Write(w io.Writer) error { return r.writeTo(w, false, nil) }

// WriteProxy is Write with an absolute URI on the request line, as a proxy expects.
func (r *Request) WriteProxy(w io.Writer) error { return r.writeTo(w, true, nil) }

// writeTo puts r on the wire; extra is written after r's own headers (the
// transport's additions).
func (r *Request) writeTo(w io.Writer, absolute bool, extra Header) (err error) {
	bodyHandled := false
	defer func() {
		if !bodyHandled && r.Body != nil {
			r.Body.Close()
		}
	}()
	host := r.Host
	if host == "" {
		if r.URL == nil {
			return errors.New("http: Request.Write on Request with no Host or URL set")
		}
		host = r.URL.Host
	}
	host = stripZone(host)

	target := r.URL.RequestURI()
	switch {
	case absolute && r.URL.Scheme != "" && r.URL.Opaque == "":
		target = r.URL.Scheme + "://" + host + target
	case r.Method == "CONNECT" && r.URL.Path == "":
		target = host
		if r.URL.Opaque != "" {
			target = r.URL.Opaque
		}
	}
	if hasCTL(target) {
		return errControlInURL
	}

	bw, buffered := w.(*bufio.Writer)
	if !buffered {
		bw = bufio.NewWriter(w)
		defer func() {
			if e := bw.Flush(); err == nil {
				err = e
			}
		}()
	}
	method := r.Method
	if method == "" {
		method = MethodGet
	}
	bw.WriteString(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n")
	agent := "Go-http-client/1.1"
	if _, set := r.Header["User-Agent"]; set {
		agent = r.Header.Get("User-Agent")
	}
	if agent != "" {
		bw.WriteString("User-Agent: " + headerValue(agent) + "\r\n")
	}
	out, err := outgoingRequestBody(r)
	if err != nil {
		return err
	}
	if err := out.writeFramingHeaders(bw); err != nil {
		return err
	}
	if err := r.Header.writeSubset(bw, requestOwnHeaders); err != nil {
		return err
	}
	if err := extra.writeSubset(bw, nil); err != nil {
		return err
	}
	if _, err := bw.WriteString("\r\n"); err != nil {
		return err
	}
	bodyHandled = true
	return out.writeBody(bw)
}

// requestOwnHeaders are written by writeTo itself, never from r.Header.
var requestOwnHeaders = map[string]bool{
	"Host": true, "User-Agent": true, "Content-Length": true, "Transfer-Encoding": true, "Trailer": true,
}

// stripZone drops an IPv6 zone ("[fe80::1%en0]:80" → "[fe80::1]:80"): it means
// nothing to the server.
func stripZone(host string) string {
	if len(host) == 0 || host[0] != '[' {
		return host
	}
	end := strings.LastIndexByte(host, ']')
	if end < 0 {
		return host
	}
	if pct := strings.LastIndexByte(host[:end], '%'); pct >= 0 {
		return host[:pct] + host[end:]
	}
	return host
}

func hasCTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f {
			return true
		}
	}
	return false
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
