package http

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"
)

// Handler responds to an HTTP request.
type Handler interface {
	ServeHTTP(out ResponseWriter, req *Request)
}

// HandlerFunc lets an ordinary function be a Handler.
type HandlerFunc func(ResponseWriter, *Request)

// ServeHTTP calls f(w, r).
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) { f(w, r) }

// ResponseWriter is what a handler writes its response through.
type ResponseWriter interface {
	// Header is the response header; changes after WriteHeader (or the first
	// Write) have no effect, except for trailers.
	Header() Header
	// Write writes body data, sending a 200 header first if none was sent.
	Write([]byte) (int, error)
	// WriteHeader sends the status line and header.
	WriteHeader(statusCode int)
}

// Flusher is implemented by ResponseWriters that can send buffered data to the
// client now.
type Flusher interface {
	Flush()
}

// CloseNotifier is implemented by ResponseWriters that can report the client going
// away (deprecated: use Request.Context).
type CloseNotifier interface {
	CloseNotify() <-chan bool
}

// Pusher is implemented by HTTP/2 ResponseWriters (never by minigo's).
type Pusher interface {
	Push(path string, options *PushOptions) error
}

// PushOptions describes options for Pusher.Push.
type PushOptions struct {
	Method string
	Header Header
}

// Errors of the server side.
var (
	ErrBodyNotAllowed  = errors.New("http: request method or response status code does not allow body")
	ErrHijacked        = errors.New("http: connection has been hijacked")
	ErrContentLength   = errors.New("http: wrote more than the declared Content-Length")
	ErrWriteAfterFlush = errors.New("unused")
	ErrHandlerTimeout  = errors.New("http: Handler timeout")
	ErrAbortHandler    = errors.New("net/http: abort Handler")
	ErrServerClosed    = errors.New("http: Server closed")
	ErrSkipAltProtocol = errors.New("net/http: skip alternate protocol")
	ErrLineTooLong     = errors.New("header line too long")
	ErrSchemeMismatch  = errors.New("http: server gave HTTP response to HTTPS client")
)

// Error replies with the given status and a plain-text message (plus a newline),
// after dropping any Content-Length the handler set.
func Error(w ResponseWriter, error string, code int) {
	h := w.Header()
	delete(h, "Content-Length")
	h["Content-Type"] = []string{plainUTF8}
	h["X-Content-Type-Options"] = []string{"nosniff"}
	w.WriteHeader(code)
	fmt.Fprintln(w, error)
}

// NotFound replies with "404 page not found".
func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

// NotFoundHandler returns a handler that replies with 404 page not found.
func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

// Content types the package writes itself.
const (
	plainUTF8 = "text/plain; charset=utf-8"
	htmlUTF8  = "text/html; charset=utf-8"
)

// htmlSpecial are the bytes escapeHTML replaces, by the entity at the same index.
const htmlSpecial = `&'<>"`

var htmlEntity = [...]string{"&amp;", "&#39;", "&lt;", "&gt;", "&#34;"}

// escapeHTML replaces the five HTML special characters by entities.
func escapeHTML(s string) string {
	if !strings.ContainsAny(s, htmlSpecial) {
		return s
	}
	var b strings.Builder
	for j, n := 0, len(s); j < n; j++ {
		if k := strings.IndexByte(htmlSpecial, s[j]); k >= 0 {
			b.WriteString(htmlEntity[k])
		} else {
			b.WriteByte(s[j])
		}
	}
	return b.String()
}

// escapeNonASCII percent-encodes bytes >= 0x80 (a Location header must be ASCII).
func escapeNonASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			fmt.Fprintf(&b, "%%%02x", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Redirect replies with a redirect to url, which may be relative to the request
// path. For GET and HEAD requests without a Content-Type yet, it sets text/html, and
// for GET it writes a short HTML body linking to the target.
func Redirect(w ResponseWriter, r *Request, url string, code int) {
	if u, err := urlParse(url); err == nil && u.Scheme == "" && u.Host == "" {
		// A relative target: resolve it against the request's path, clean it but
		// keep a trailing slash, keep the query.
		if !strings.HasPrefix(url, "/") {
			base := "/"
			if r.URL != nil && r.URL.Path != "" {
				base = r.URL.Path
			}
			url = base[:strings.LastIndexByte(base, '/')+1] + url
		}
		target, query, hasQuery := strings.Cut(url, "?")
		cleaned := path.Clean(target)
		if strings.HasSuffix(target, "/") && !strings.HasSuffix(cleaned, "/") {
			cleaned += "/"
		}
		url = cleaned
		if hasQuery {
			url += "?" + query
		}
	}
	h := w.Header()
	_, typed := h["Content-Type"]
	h.Set("Location", escapeNonASCII(url))
	if !typed && (r.Method == "GET" || r.Method == "HEAD") {
		h["Content-Type"] = []string{htmlUTF8}
	}
	w.WriteHeader(code)
	if !typed && r.Method == "GET" {
		fmt.Fprintln(w, "<a href=\""+escapeHTML(url)+"\">"+StatusText(code)+"</a>.\n")
	}
}

func urlParse(s string) (*url.URL, error) { return url.Parse(s) }

type redirectHandler struct {
	url  string
	code int
}

func (rh *redirectHandler) ServeHTTP(w ResponseWriter, r *Request) { Redirect(w, r, rh.url, rh.code) }

// RedirectHandler returns a handler that redirects every request to url with code.
func RedirectHandler(url string, code int) Handler { return &redirectHandler{url, code} }

// StripPrefix returns a handler that removes prefix from the request's URL.Path (and
// RawPath) and calls h, or replies 404 if the path does not start with prefix.
func StripPrefix(prefix string, h Handler) Handler {
	if prefix == "" {
		return h
	}
	stripped := func(w ResponseWriter, r *Request) {
		rest, ok := strings.CutPrefix(r.URL.Path, prefix)
		rawRest, rawOK := strings.CutPrefix(r.URL.RawPath, prefix)
		if !ok || r.URL.RawPath != "" && !rawOK {
			NotFound(w, r)
			return
		}
		inner := *r
		target := *r.URL
		target.Path, target.RawPath = rest, rawRest
		inner.URL = &target
		h.ServeHTTP(w, &inner)
	}
	return HandlerFunc(stripped)
}

// AllowQuerySemicolons returns a handler that turns semicolons in the query into
// ampersands before calling h (Go no longer accepts ';' as a separator).
func AllowQuerySemicolons(h Handler) Handler {
	rewrite := func(w ResponseWriter, r *Request) {
		if strings.IndexByte(r.URL.RawQuery, ';') < 0 {
			h.ServeHTTP(w, r)
			return
		}
		inner := *r
		target := *r.URL
		target.RawQuery = strings.ReplaceAll(target.RawQuery, ";", "&")
		inner.URL = &target
		h.ServeHTTP(w, &inner)
	}
	return HandlerFunc(rewrite)
}

// MaxBytesError is returned by a MaxBytesReader that went past its limit.
type MaxBytesError struct {
	Limit int64
}

func (e *MaxBytesError) Error() string { return "http: request body too large" }

type maxBytesReader struct {
	w     ResponseWriter
	r     io.ReadCloser
	limit int64
	left  int64 // bytes still allowed
	err   error
}

// MaxBytesReader limits the body r to n bytes: reading more returns a
// *MaxBytesError, and the server closes the connection after the response.
func MaxBytesReader(w ResponseWriter, r io.ReadCloser, n int64) io.ReadCloser {
	if n < 0 {
		n = 0
	}
	return &maxBytesReader{w: w, r: r, limit: n, left: n}
}

func (l *maxBytesReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	// Read one byte more than allowed to tell "exactly at the limit" from "over".
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	if int64(n) <= l.left {
		l.left -= int64(n)
		l.err = err
		return n, err
	}
	n = int(l.left)
	l.left = 0
	l.err = &MaxBytesError{Limit: l.limit}
	if rw, ok := l.w.(interface{ closeAfterReply() }); ok {
		rw.closeAfterReply()
	}
	return n, l.err
}

func (l *maxBytesReader) Close() error { return l.r.Close() }

// MaxBytesHandler runs h with the request body limited to n bytes.
func MaxBytesHandler(h Handler, n int64) Handler {
	limited := func(w ResponseWriter, r *Request) {
		inner := *r
		inner.Body = MaxBytesReader(w, inner.Body, n)
		h.ServeHTTP(w, &inner)
	}
	return HandlerFunc(limited)
}

// TimeoutHandler runs h with a time limit: if h has not finished after dt, the
// client gets 503 Service Unavailable with msg as the body (a default HTML page when
// msg is empty), and h's later writes fail with ErrHandlerTimeout.
func TimeoutHandler(h Handler, dt time.Duration, msg string) Handler {
	return &timeoutHandler{h: h, dt: dt, msg: msg}
}

type timeoutHandler struct {
	h   Handler
	dt  time.Duration
	msg string
}

// timeoutPage is the 503 body of a TimeoutHandler without a message.
const timeoutPage = "<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>"

func (th *timeoutHandler) body() string {
	if th.msg == "" {
		return timeoutPage
	}
	return th.msg
}

func (th *timeoutHandler) ServeHTTP(w ResponseWriter, r *Request) {
	ctx, cancel := context.WithTimeout(r.Context(), th.dt)
	defer cancel()
	r = r.WithContext(ctx)
	tw := &timeoutWriter{h: make(Header), req: r}
	done := make(chan struct{})
	panicked := make(chan any, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				panicked <- p
			}
		}()
		th.h.ServeHTTP(tw, r)
		close(done)
	}()
	select {
	case p := <-panicked:
		panic(p)
	case <-done:
		tw.mu.Lock()
		defer tw.mu.Unlock()
		dst := w.Header()
		for k, vv := range tw.h {
			dst[k] = vv
		}
		if !tw.wroteHeader {
			tw.code = StatusOK
		}
		w.WriteHeader(tw.code)
		w.Write(tw.buf.Bytes())
	case <-ctx.Done():
		tw.mu.Lock()
		defer tw.mu.Unlock()
		// Later writes of the handler fail; only a deadline gets the page.
		expired := ctx.Err() == context.DeadlineExceeded
		tw.err = ctx.Err()
		if expired {
			tw.err = ErrHandlerTimeout
		}
		w.WriteHeader(503)
		if expired {
			io.WriteString(w, th.body())
		}
	}
}

type timeoutWriter struct {
	mu          sync.Mutex
	h           Header
	buf         bytes.Buffer
	req         *Request
	err         error
	wroteHeader bool
	code        int
}

func (tw *timeoutWriter) Header() Header { return tw.h }

func (tw *timeoutWriter) Write(p []byte) (int, error) {
	tw.mu.Lock()
	defer tw.mu.Unlock()
	if tw.err != nil {
		return 0, tw.err
	}
	if tw.req.Context().Err() == context.DeadlineExceeded {
		// Past the deadline the 503 is (about to be) sent, whichever goroutine
		// gets the lock first.
		return 0, ErrHandlerTimeout
	}
	if !tw.wroteHeader {
		tw.wroteHeader, tw.code = true, 200
	}
	return tw.buf.Write(p)
}

func (tw *timeoutWriter) WriteHeader(code int) {
	mustBeStatusCode(code)
	tw.mu.Lock()
	if tw.err == nil && !tw.wroteHeader {
		tw.wroteHeader, tw.code = true, code
	}
	tw.mu.Unlock()
}

// mustBeStatusCode panics, as Go does, on a code WriteHeader cannot send.
func mustBeStatusCode(code int) {
	if code >= 100 && code <= 999 {
		return
	}
	panic(fmt.Sprint("invalid WriteHeader code ", code))
}
