package http

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

// RoundTripper executes one HTTP transaction.
type RoundTripper interface {
	RoundTrip(req *Request) (resp *Response, err error)
}

// CookieJar stores cookies between requests of a Client.
type CookieJar interface {
	SetCookies(target *url.URL, received []*Cookie)
	Cookies(target *url.URL) []*Cookie
}

// Client sends requests through its Transport (DefaultTransport when nil),
// following redirects.
type Client struct {
	Transport     RoundTripper
	CheckRedirect func(req *Request, via []*Request) error
	Jar           CookieJar
	Timeout       time.Duration // for the whole exchange, body included; 0 means none
}

// DefaultClient is the Client of Get, Head, Post and PostForm.
var DefaultClient = &Client{}

var (
	// ErrUseLastResponse, returned by CheckRedirect, makes Do return the redirect
	// response itself (body unread) instead of following it.
	ErrUseLastResponse = errors.New("net/http: use last response")

	errNilURL    = errors.New("http: nil Request.URL")
	errNilHeader = errors.New("http: nil Request.Header")
	errNoHost    = errors.New("http: no Host in request URL")
)

// formContentType is the Content-Type of PostForm bodies.
const formContentType = "application/x-www-form-urlencoded"

// Get fetches url with DefaultClient.
func Get(url string) (*Response, error) { return DefaultClient.Get(url) }

// Head sends a HEAD request with DefaultClient.
func Head(url string) (*Response, error) { return DefaultClient.Head(url) }

// Post sends body with DefaultClient.
func Post(url, contentType string, body io.Reader) (*Response, error) { return DefaultClient.Post(url, contentType, body) }

// PostForm posts url-encoded form values with DefaultClient.
func PostForm(url string, data url.Values) (*Response, error) { return DefaultClient.PostForm(url, data) }

// exchange is the shared body of the convenience methods: a request without a
// context of its own, with a Content-Type header when typed.
func (c *Client) exchange(method, target string, typed bool, ctype string, payload io.Reader) (*Response, error) {
	r, err := NewRequest(method, target, payload)
	if err != nil {
		return nil, err
	}
	if typed {
		r.Header["Content-Type"] = []string{ctype}
	}
	return c.Do(r)
}

func (c *Client) Get(url string) (*Response, error) { return c.exchange("GET", url, false, "", nil) }

func (c *Client) Head(url string) (*Response, error) { return c.exchange("HEAD", url, false, "", nil) }

func (c *Client) Post(url, contentType string, body io.Reader) (*Response, error) {
	return c.exchange("POST", url, true, contentType, body)
}

func (c *Client) PostForm(url string, data url.Values) (*Response, error) {
	encoded := data.Encode()
	return c.exchange("POST", url, true, formContentType, strings.NewReader(encoded))
}

// CloseIdleConnections closes the idle keep-alive connections of the Transport.
func (c *Client) CloseIdleConnections() {
	if t, ok := c.tripper().(interface{ CloseIdleConnections() }); ok {
		t.CloseIdleConnections()
	}
}

// tripper is the RoundTripper c sends with.
func (c *Client) tripper() RoundTripper {
	if rt := c.Transport; rt != nil {
		return rt
	}
	return DefaultTransport
}

// opName is the Op of a url.Error: the method with only its first letter
// upper case ("Get").
func opName(method string) string {
	if method == "" {
		return "Get"
	}
	return method[:1] + strings.ToLower(method[1:])
}

// redirectSensitive are the headers not forwarded to another host on a redirect.
var redirectSensitive = []string{"Authorization", "Www-Authenticate", "Cookie", "Cookie2"}

// Do sends req and returns the response, following up to 10 redirects (as
// CheckRedirect allows). Errors are *url.Error values.
func (c *Client) Do(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, &url.Error{Op: opName(req.Method), Err: errNilURL}
	}
	var cancel context.CancelFunc = func() {}
	if c.Timeout > 0 {
		var ctx context.Context
		ctx, cancel = context.WithTimeout(req.Context(), c.Timeout)
		req = req.WithContext(ctx)
	}
	var via []*Request
	first := req
	for {
		if c.Jar != nil {
			for _, ck := range c.Jar.Cookies(req.URL) {
				req.AddCookie(ck)
			}
		}
		resp, err := c.send(req)
		if err != nil {
			cancel()
			return nil, c.wrapErr(req, err)
		}
		if c.Jar != nil {
			if cs := resp.Cookies(); len(cs) > 0 {
				c.Jar.SetCookies(req.URL, cs)
			}
		}
		next, rerr := c.redirectRequest(req, resp, first, via)
		switch {
		case rerr == ErrUseLastResponse, rerr == nil && next == nil:
			// This response is the answer.
			c.holdTimeout(resp, cancel)
			return resp, nil
		case rerr != nil:
			resp.Body.Close()
			cancel()
			// Go names the Location as written in the error of a refused redirect.
			return resp, &url.Error{Op: opName(first.Method), URL: resp.Header.Get("Location"), Err: rerr}
		}
		// Drop the redirect's body (a little of it) so the connection can be reused.
		io.CopyN(io.Discard, resp.Body, 2<<10)
		resp.Body.Close()
		via = append(via, req)
		req = next
	}
}

// holdTimeout keeps the Client.Timeout running until the body is closed or read.
func (c *Client) holdTimeout(resp *Response, cancel context.CancelFunc) {
	if c.Timeout <= 0 {
		cancel()
		return
	}
	resp.Body = &cancelOnClose{rc: resp.Body, cancel: cancel}
}

type cancelOnClose struct {
	rc     io.ReadCloser
	cancel context.CancelFunc
	once   sync.Once
}

func (b *cancelOnClose) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	if err != nil && err != io.EOF && errors.Is(err, context.DeadlineExceeded) {
		err = errors.New("context deadline exceeded (Client.Timeout or context cancellation while reading body)")
	}
	if err == io.EOF {
		b.once.Do(b.cancel)
	}
	return n, err
}

func (b *cancelOnClose) Close() error {
	err := b.rc.Close()
	b.once.Do(b.cancel)
	return err
}

func (c *Client) wrapErr(req *Request, err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue
	}
	if c.Timeout > 0 && errors.Is(err, context.DeadlineExceeded) {
		err = timeoutError{"context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}
	}
	u := ""
	if req.URL != nil {
		u = redactedURL(req.URL)
	}
	return &url.Error{Op: opName(req.Method), URL: u, Err: err}
}

// timeoutError is an error that reports Timeout() true.
type timeoutError struct{ msg string }

func (e timeoutError) Error() string   { return e.msg }
func (e timeoutError) Timeout() bool   { return true }
func (e timeoutError) Temporary() bool { return true }
func (e timeoutError) Is(target error) bool { return target == context.DeadlineExceeded }

// redactedURL is u as errors show it: a password becomes "***".
func redactedURL(u *url.URL) string {
	if _, set := u.User.Password(); !set {
		return u.String()
	}
	// Go shows the stars unescaped, which url.URL.String would not do.
	full, userinfo := u.String(), u.User.String()+"@"
	return strings.Replace(full, userinfo, u.User.Username()+":***@", 1)
}

func (c *Client) send(req *Request) (*Response, error) {
	if req.Header == nil {
		req.closeBody()
		return nil, errNilHeader
	}
	resp, err := c.tripper().RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if resp == nil {
		return nil, errors.New("http: RoundTripper implementation returned a nil *Response with a nil error")
	}
	if resp.Body == nil {
		resp.Body = NoBody
	}
	return resp, nil
}

// redirectRequest returns the request that follows resp, nil when resp is final.
func (c *Client) redirectRequest(req *Request, resp *Response, first *Request, via []*Request) (*Request, error) {
	method := req.Method
	keepBody := false
	switch resp.StatusCode {
	case 301, 302, 303:
		if method != "GET" && method != "HEAD" {
			method = "GET"
		}
	case 307, 308:
		keepBody = true
		if req.GetBody == nil && req.Body != nil && req.Body != NoBody {
			return nil, nil // the body cannot be sent again
		}
	default:
		return nil, nil
	}
	locs := resp.Header["Location"]
	if len(locs) == 0 || locs[0] == "" {
		return nil, nil
	}
	loc := locs[0]
	target, err := req.URL.Parse(loc)
	if err != nil {
		return nil, errors.New("failed to parse Location header " + quote(loc) + ": " + err.Error())
	}
	next := &Request{
		Method:   method,
		URL:      target,
		Proto:    "HTTP/1.1",
		ProtoMajor: 1, ProtoMinor: 1,
		Header:   Header{},
		Host:     target.Host,
		Response: resp,
		ctx:      req.ctx,
	}
	if keepBody && req.GetBody != nil {
		body, err := req.GetBody()
		if err != nil {
			return nil, err
		}
		next.Body, next.GetBody, next.ContentLength = body, req.GetBody, req.ContentLength
	}
	sameHost := target.Host == first.URL.Host
	for k, vs := range first.Header {
		if !sameHost && containsString(redirectSensitive, k) {
			continue
		}
		next.Header[k] = append([]string(nil), vs...)
	}
	if !keepBody {
		next.Header.Del("Content-Type")
		next.Header.Del("Content-Length")
	}
	if ref := req.URL; ref.Scheme != "https" || target.Scheme == "https" {
		r := *ref
		r.User, r.Fragment = nil, ""
		if next.Header.Get("Referer") == "" {
			next.Header.Set("Referer", r.String())
		}
	}
	via = append(via, req)
	if c.CheckRedirect != nil {
		err = c.CheckRedirect(next, via)
	} else if len(via) >= 10 {
		err = errors.New("stopped after 10 redirects")
	}
	if err != nil {
		return nil, err
	}
	return next, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func quote(s string) string { return "\"" + s + "\"" }

func (r *Request) closeBody() {
	if r.Body != nil {
		r.Body.Close()
	}
}

// Transport is the HTTP/1.1 RoundTripper: it dials TCP connections and keeps idle
// keep-alive connections for reuse, per host.
type Transport struct {
	Proxy                  func(*Request) (*url.URL, error)
	DisableKeepAlives      bool
	DisableCompression     bool
	MaxIdleConns           int // 0 means no limit
	MaxIdleConnsPerHost    int // DefaultMaxIdleConnsPerHost when 0
	MaxConnsPerHost        int
	IdleConnTimeout        time.Duration
	ResponseHeaderTimeout  time.Duration
	ExpectContinueTimeout  time.Duration
	TLSHandshakeTimeout    time.Duration
	MaxResponseHeaderBytes int64
	WriteBufferSize        int
	ReadBufferSize         int
	ForceAttemptHTTP2      bool
	DialContext            func(ctx context.Context, network, addr string) (net.Conn, error)
	ProxyConnectHeader     Header
	GetProxyConnectHeader  func(ctx context.Context, proxyURL *url.URL, target string) (Header, error)
	OnProxyConnectResponse func(ctx context.Context, proxyURL *url.URL, connectReq *Request, connectRes *Response) error

	mu      sync.Mutex
	idle    map[string][]*persistConn
	idleAll int
}

const (
	// DefaultMaxIdleConnsPerHost is the idle connections kept per host when
	// Transport.MaxIdleConnsPerHost is 0.
	DefaultMaxIdleConnsPerHost = 2
)

// DefaultTransport is the Transport of clients without one.
var DefaultTransport RoundTripper = standardTransport()

// standardTransport has the settings Go documents for DefaultTransport.
func standardTransport() *Transport {
	t := new(Transport)
	t.MaxIdleConns = 100
	t.IdleConnTimeout = time.Minute + 30*time.Second
	t.TLSHandshakeTimeout = 10 * time.Second
	t.ExpectContinueTimeout = time.Second
	return t
}

var defaultDialer = &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}

// persistConn is one client connection.
type persistConn struct {
	t      *Transport
	key    string
	conn   net.Conn
	br     *bufio.Reader
	bw     *bufio.Writer
	idleAt time.Time
	broken bool
}

func (t *Transport) maxPerHost() int {
	limit := DefaultMaxIdleConnsPerHost
	if t.MaxIdleConnsPerHost != 0 {
		limit = t.MaxIdleConnsPerHost
	}
	return limit
}

// CloseIdleConnections closes every idle connection.
func (t *Transport) CloseIdleConnections() {
	t.mu.Lock()
	idle := t.idle
	t.idle, t.idleAll = nil, 0
	t.mu.Unlock()
	for _, list := range idle {
		for _, pc := range list {
			pc.conn.Close()
		}
	}
}

// CancelRequest is deprecated and does nothing: cancel a request with its context.
func (t *Transport) CancelRequest(req *Request) {}

// Clone returns a copy of t's settings (without its connections).
func (t *Transport) Clone() *Transport {
	t.mu.Lock()
	settings := *t
	t.mu.Unlock()
	settings.mu = sync.Mutex{}
	settings.idle, settings.idleAll = nil, 0
	return &settings
}

// takeIdle returns an idle connection to key, dropping expired ones.
func (t *Transport) takeIdle(key string) *persistConn {
	t.mu.Lock()
	defer t.mu.Unlock()
	list := t.idle[key]
	for len(list) > 0 {
		pc := list[len(list)-1]
		list = list[:len(list)-1]
		t.idleAll--
		if t.IdleConnTimeout > 0 && time.Since(pc.idleAt) > t.IdleConnTimeout {
			pc.conn.Close()
			continue
		}
		t.idle[key] = list
		return pc
	}
	delete(t.idle, key)
	return nil
}

// putIdle keeps pc for reuse, or closes it when the pool is full.
func (t *Transport) putIdle(pc *persistConn) {
	if t.DisableKeepAlives || pc.broken {
		pc.conn.Close()
		return
	}
	t.mu.Lock()
	if len(t.idle[pc.key]) >= t.maxPerHost() || t.MaxIdleConns > 0 && t.idleAll >= t.MaxIdleConns {
		t.mu.Unlock()
		pc.conn.Close()
		return
	}
	if t.idle == nil {
		t.idle = map[string][]*persistConn{}
	}
	pc.idleAt = time.Now()
	t.idle[pc.key] = append(t.idle[pc.key], pc)
	t.idleAll++
	t.mu.Unlock()
}

func (t *Transport) dial(ctx context.Context, key, addr string) (*persistConn, error) {
	var conn net.Conn
	var err error
	if t.DialContext != nil {
		conn, err = t.DialContext(ctx, "tcp", addr)
	} else {
		conn, err = defaultDialer.DialContext(ctx, "tcp", addr)
	}
	if err != nil {
		return nil, err
	}
	rsize, wsize := t.ReadBufferSize, t.WriteBufferSize
	if rsize <= 0 {
		rsize = 4096
	}
	if wsize <= 0 {
		wsize = 4096
	}
	return &persistConn{t: t, key: key, conn: conn, br: bufio.NewReaderSize(conn, rsize), bw: bufio.NewWriterSize(conn, wsize)}, nil
}

// RoundTrip sends req on an idle or new connection and reads the response header;
// the connection goes back to the pool when the body has been read to its end.
func (t *Transport) RoundTrip(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, errNilURL
	}
	if req.Header == nil {
		req.closeBody()
		return nil, errNilHeader
	}
	scheme := req.URL.Scheme
	if scheme != "http" {
		req.closeBody()
		if scheme == "https" {
			return nil, errors.New("https is not supported by minigo yet")
		}
		return nil, errors.New("unsupported protocol scheme " + quote(scheme))
	}
	if req.URL.Host == "" {
		req.closeBody()
		return nil, errNoHost
	}
	for k, vs := range req.Header {
		if !isToken(k) {
			req.closeBody()
			return nil, errors.New("net/http: invalid header field name " + quote(k))
		}
		for _, v := range vs {
			if strings.ContainsAny(v, "\r\n\x00") {
				req.closeBody()
				return nil, errors.New("net/http: invalid header field value for " + quote(k))
			}
		}
	}
	host := req.URL.Host
	addr := host
	if _, _, err := net.SplitHostPort(host); err != nil {
		addr = net.JoinHostPort(strings.Trim(host, "[]"), "80")
	}
	key := "http|" + addr
	ctx := req.Context()
	for attempt := 0; ; attempt++ {
		if ctx.Err() != nil {
			req.closeBody()
			return nil, ctx.Err()
		}
		pc := t.takeIdle(key)
		reused := pc != nil
		if pc == nil {
			var err error
			if pc, err = t.dial(ctx, key, addr); err != nil {
				req.closeBody()
				return nil, err
			}
		}
		resp, err := pc.roundTrip(ctx, req)
		if err == nil {
			return resp, nil
		}
		pc.conn.Close()
		// A kept connection the server closed meanwhile: try once more on a new
		// one if the request can be sent again.
		if reused && attempt == 0 && ctx.Err() == nil && (req.Body == nil || req.Body == NoBody || req.GetBody != nil) {
			if req.GetBody != nil && req.Body != nil && req.Body != NoBody {
				b, gerr := req.GetBody()
				if gerr != nil {
					return nil, err
				}
				r2 := *req
				r2.Body = b
				req = &r2
			}
			continue
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, err
	}
}

// roundTrip writes req and reads the response header on pc. A goroutine watches
// ctx until the body is done and closes the connection if ctx ends first.
func (pc *persistConn) roundTrip(ctx context.Context, req *Request) (*Response, error) {
	var extra Header
	if pc.t.DisableKeepAlives && !req.Close {
		extra = Header{"Connection": {"close"}}
	}
	done := make(chan struct{})
	var doneOnce sync.Once
	finish := func() { doneOnce.Do(func() { close(done) }) }
	if ctx.Done() != nil {
		go func() {
			select {
			case <-ctx.Done():
				pc.conn.Close()
			case <-done:
			}
		}()
	}
	if pc.t.ResponseHeaderTimeout > 0 {
		pc.conn.SetReadDeadline(time.Now().Add(pc.t.ResponseHeaderTimeout))
	}
	if err := req.writeTo(pc.bw, false, extra); err != nil {
		finish()
		return nil, err
	}
	if err := pc.bw.Flush(); err != nil {
		finish()
		return nil, err
	}
	var resp *Response
	for {
		var err error
		resp, err = ReadResponse(pc.br, req)
		if err != nil {
			finish()
			if pc.t.ResponseHeaderTimeout > 0 && errors.Is(err, os.ErrDeadlineExceeded) {
				return nil, timeoutError{"net/http: timeout awaiting response headers"}
			}
			if err == io.ErrUnexpectedEOF || err == io.EOF {
				return nil, io.EOF
			}
			return nil, err
		}
		// Interim responses (other than 101) precede the real one.
		if resp.StatusCode >= 100 && resp.StatusCode < 200 && resp.StatusCode != 101 {
			continue
		}
		break
	}
	if pc.t.ResponseHeaderTimeout > 0 {
		pc.conn.SetReadDeadline(time.Time{})
	}
	reusable := !resp.Close && !req.Close && !pc.t.DisableKeepAlives
	b, ok := resp.Body.(*body)
	if !ok {
		// No body to read: the connection is free now.
		finish()
		if reusable {
			pc.t.putIdle(pc)
		} else {
			pc.conn.Close()
		}
		return resp, nil
	}
	b.onEOF = func() {
		finish()
		if reusable {
			pc.t.putIdle(pc)
		} else {
			pc.conn.Close()
		}
	}
	b.onClose = func() {
		finish()
		pc.conn.Close()
	}
	if ctx.Done() != nil {
		resp.Body = &contextBody{body: b, ctx: ctx}
	}
	return resp, nil
}

// contextBody reports a body read cut short by the request's context (which
// closes the connection) as the context's error, as Go does.
type contextBody struct {
	*body
	ctx context.Context
}

func (cb *contextBody) Read(p []byte) (int, error) {
	n, err := cb.body.Read(p)
	switch err {
	case nil, io.EOF:
	default:
		if cerr := cb.ctx.Err(); cerr != nil {
			err = cerr
		}
	}
	return n, err
}
