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
	ServeHTTP(ResponseWriter, *Request)
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
	Push(target string, opts *PushOptions) error
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
	h.Del("Content-Length")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	fmt.Fprintln(w, error)
}

// NotFound replies with "404 page not found".
func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

// NotFoundHandler returns a handler that replies with 404 page not found.
func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

// htmlEscape escapes the five HTML special characters.
func htmlEscape(s string) string {
	if !strings.ContainsAny(s, `&'<>"`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		default:
			b.WriteByte(c)
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
		if url == "" || url[0] != '/' {
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
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	if !typed && r.Method == "GET" {
		fmt.Fprintln(w, "<a href=\""+htmlEscape(url)+"\">"+StatusText(code)+"</a>.\n")
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
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		p := strings.TrimPrefix(r.URL.Path, prefix)
		rp := strings.TrimPrefix(r.URL.RawPath, prefix)
		if len(p) == len(r.URL.Path) || r.URL.RawPath != "" && len(rp) == len(r.URL.RawPath) {
			NotFound(w, r)
			return
		}
		r2 := *r
		u := *r.URL
		u.Path, u.RawPath = p, rp
		r2.URL = &u
		h.ServeHTTP(w, &r2)
	})
}

// AllowQuerySemicolons returns a handler that turns semicolons in the query into
// ampersands before calling h (Go no longer accepts ';' as a separator).
func AllowQuerySemicolons(h Handler) Handler {
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		if !strings.Contains(r.URL.RawQuery, ";") {
			h.ServeHTTP(w, r)
			return
		}
		r2 := *r
		u := *r.URL
		u.RawQuery = strings.ReplaceAll(u.RawQuery, ";", "&")
		r2.URL = &u
		h.ServeHTTP(w, &r2)
	})
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
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		r2 := *r
		r2.Body = MaxBytesReader(w, r.Body, n)
		h.ServeHTTP(w, &r2)
	})
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

func (th *timeoutHandler) body() string {
	if th.msg != "" {
		return th.msg
	}
	return "<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>"
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
		if ctx.Err() == context.DeadlineExceeded {
			w.WriteHeader(StatusServiceUnavailable)
			io.WriteString(w, th.body())
			tw.err = ErrHandlerTimeout
		} else {
			w.WriteHeader(StatusServiceUnavailable)
			tw.err = ctx.Err()
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
		tw.writeHeaderLocked(StatusOK)
	}
	return tw.buf.Write(p)
}

func (tw *timeoutWriter) WriteHeader(code int) {
	checkWriteHeaderCode(code)
	tw.mu.Lock()
	defer tw.mu.Unlock()
	tw.writeHeaderLocked(code)
}

func (tw *timeoutWriter) writeHeaderLocked(code int) {
	if tw.err != nil || tw.wroteHeader {
		return
	}
	tw.wroteHeader = true
	tw.code = code
}

func checkWriteHeaderCode(code int) {
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
}
