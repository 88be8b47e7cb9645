package http

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultMaxHeaderBytes is the largest request line plus header a Server accepts
// when Server.MaxHeaderBytes is 0.
const DefaultMaxHeaderBytes = 1 << 20

// ConnState is the lifecycle stage of a server connection, reported to
// Server.ConnState.
type ConnState int

const (
	StateNew ConnState = iota
	StateActive
	StateIdle
	StateHijacked
	StateClosed
)

func (c ConnState) String() string {
	switch c {
	case StateNew:
		return "new"
	case StateActive:
		return "active"
	case StateIdle:
		return "idle"
	case StateHijacked:
		return "hijacked"
	case StateClosed:
		return "closed"
	}
	return "unknown"
}

// Server serves HTTP/1.x on the listeners given to Serve: one goroutine per
// connection, requests on a connection answered in order (keep-alive).
type Server struct {
	Addr    string  // TCP address for ListenAndServe (":http" when empty)
	Handler Handler // nil means DefaultServeMux

	// DisableGeneralOptionsHandler passes "OPTIONS *" requests to Handler instead
	// of answering them with an empty 200.
	DisableGeneralOptionsHandler bool

	ReadTimeout       time.Duration // whole request, header and body
	ReadHeaderTimeout time.Duration // request header (ReadTimeout when 0)
	WriteTimeout      time.Duration // from the end of the request header to the end of the response
	IdleTimeout       time.Duration // between requests on a connection (ReadTimeout when 0)
	MaxHeaderBytes    int           // DefaultMaxHeaderBytes when 0

	ConnState   func(net.Conn, ConnState)
	ErrorLog    *log.Logger // the log package's standard logger when nil
	BaseContext func(net.Listener) context.Context
	ConnContext func(ctx context.Context, c net.Conn) context.Context

	mu           sync.Mutex
	listeners    map[*net.Listener]bool
	conns        map[*serverConn]bool
	onShutdown   []func()
	shuttingDown atomic.Bool
	noKeepAlives atomic.Bool
	connsDone    chan struct{} // closed when conns becomes empty during Shutdown
}

// report writes a server error to ErrorLog, or to the standard logger.
func (s *Server) report(format string, args ...any) {
	out := s.ErrorLog
	if out == nil {
		out = log.Default()
	}
	out.Printf(format, args...)
}

func (s *Server) maxHeaderBytes() int64 {
	if s.MaxHeaderBytes > 0 {
		return int64(s.MaxHeaderBytes)
	}
	return DefaultMaxHeaderBytes
}

// idleWait is how long a kept connection may wait for its next request.
func (s *Server) idleWait() time.Duration {
	if s.IdleTimeout == 0 {
		return s.ReadTimeout
	}
	return s.IdleTimeout
}

// SetKeepAlivesEnabled turns keep-alive on (the default) or off; off, every
// connection is closed after its current response.
func (s *Server) SetKeepAlivesEnabled(v bool) {
	s.noKeepAlives.Store(!v)
	if !v {
		s.dropIdleConns()
	}
}

// RegisterOnShutdown adds a function that Shutdown runs in a goroutine of its own.
func (s *Server) RegisterOnShutdown(f func()) {
	s.mu.Lock()
	s.onShutdown = append(s.onShutdown, f)
	s.mu.Unlock()
}

// ListenAndServe listens on the TCP address s.Addr and serves it. It always
// returns a non-nil error (ErrServerClosed after Shutdown or Close).
func (s *Server) ListenAndServe() error {
	if s.shuttingDown.Load() {
		return ErrServerClosed
	}
	addr := s.Addr
	if addr == "" {
		addr = ":http"
	}
	l, lerr := net.Listen("tcp", addr)
	if lerr != nil {
		return lerr
	}
	return s.Serve(l)
}

// ListenAndServe serves handler (DefaultServeMux when nil) on the TCP address addr.
func ListenAndServe(addr string, handler Handler) error {
	s := &Server{Addr: addr, Handler: handler}
	return s.ListenAndServe()
}

// Serve serves handler (DefaultServeMux when nil) on the connections of l.
func Serve(l net.Listener, handler Handler) error {
	s := &Server{Handler: handler}
	return s.Serve(l)
}

func (s *Server) trackListener(l *net.Listener, add bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if add {
		if s.shuttingDown.Load() {
			return false
		}
		if s.listeners == nil {
			s.listeners = map[*net.Listener]bool{}
		}
		s.listeners[l] = true
	} else {
		delete(s.listeners, l)
	}
	return true
}

func (s *Server) trackConn(c *serverConn, add bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if add {
		if s.conns == nil {
			s.conns = map[*serverConn]bool{}
		}
		s.conns[c] = true
		return
	}
	delete(s.conns, c)
}

// Serve accepts connections on l and serves each in a new goroutine. It closes l
// when it returns, and returns ErrServerClosed after Shutdown or Close.
func (s *Server) Serve(l net.Listener) error {
	lp := &l
	if !s.trackListener(lp, true) {
		return ErrServerClosed
	}
	defer s.trackListener(lp, false)
	defer l.Close()
	base := context.Background()
	if s.BaseContext != nil {
		if base = s.BaseContext(l); base == nil {
			panic(nilBaseContext)
		}
	}
	var backoff time.Duration
	for {
		rwc, err := l.Accept()
		if err != nil {
			if s.shuttingDown.Load() {
				return ErrServerClosed
			}
			if isClosedErr(err) {
				return err
			}
			// Out of descriptors and the like: wait a little and try again.
			if backoff == 0 {
				backoff = 5 * time.Millisecond
			} else if backoff *= 2; backoff > time.Second {
				backoff = time.Second
			}
			s.report("http: Accept error: %v; retrying in %v", err, backoff)
			time.Sleep(backoff)
			continue
		}
		backoff = 0
		ctx := base
		if s.ConnContext != nil {
			if ctx = s.ConnContext(ctx, rwc); ctx == nil {
				panic(nilConnContext)
			}
		}
		c := &serverConn{srv: s, rwc: rwc, remoteAddr: rwc.RemoteAddr().String()}
		s.trackConn(c, true)
		c.setState(StateNew)
		go c.serve(ctx)
	}
}

// Close closes the listeners and every connection at once, without waiting for
// the requests in progress.
func (s *Server) Close() error {
	s.shuttingDown.Store(true)
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.shutListeners()
	for c := range s.conns {
		c.rwc.Close()
		delete(s.conns, c)
	}
	return err
}

// Texts of the panics for nil contexts from the Server's hooks.
const (
	nilBaseContext = "BaseContext returned a nil context"
	nilConnContext = "ConnContext returned nil"
)

// isClosedErr reports an Accept error meaning the listener was closed.
func isClosedErr(err error) bool { return errors.Is(err, net.ErrClosed) }

// shutListeners closes every listener (s.mu held), returning the first error.
func (s *Server) shutListeners() error {
	var first error
	for l := range s.listeners {
		err := (*l).Close()
		if first == nil {
			first = err
		}
	}
	return first
}

// Shutdown stops the server gracefully: it closes the listeners, then closes
// connections as they become idle, until none is left (nil) or ctx ends (its
// error). Requests in progress are allowed to finish.
func (s *Server) Shutdown(ctx context.Context) error {
	s.shuttingDown.Store(true)
	s.mu.Lock()
	err := s.shutListeners()
	for _, f := range s.onShutdown {
		go f()
	}
	s.mu.Unlock()
	poll := time.Millisecond
	timer := time.NewTimer(poll)
	defer timer.Stop()
	for {
		if s.dropIdleConns() {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
			// Poll more slowly as the wait goes on (at most every 500 ms).
			if poll *= 2; poll > 500*time.Millisecond {
				poll = 500 * time.Millisecond
			}
			timer.Reset(poll)
		}
	}
}

// closeIdleConns closes the connections waiting for a request and reports
// whether no connection is left.
func (s *Server) dropIdleConns() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	done := true
	for c := range s.conns {
		st, since := c.getState()
		// A new connection that sent nothing for 5 s counts as idle.
		if st == StateNew && time.Since(since) > 5*time.Second {
			st = StateIdle
		}
		if st != StateIdle {
			done = false
			continue
		}
		c.rwc.Close()
		delete(s.conns, c)
	}
	return done
}

// serverConn is the server side of one connection.
type serverConn struct {
	srv        *Server
	rwc        net.Conn
	remoteAddr string
	lr         *limitReader
	br         *bufio.Reader
	bw         *bufio.Writer

	readDeadlineSet bool // a read deadline may be in force

	stateMu    sync.Mutex
	state      ConnState
	stateSince time.Time
}

func (c *serverConn) setState(st ConnState) {
	c.stateMu.Lock()
	c.state, c.stateSince = st, time.Now()
	c.stateMu.Unlock()
	if st == StateClosed {
		c.srv.trackConn(c, false)
	}
	if hook := c.srv.ConnState; hook != nil {
		hook(c.rwc, st)
	}
}

// setReadDeadline sets the read deadline, skipping the call when clearing one
// that was never set (the common case without timeouts).
func (c *serverConn) setReadDeadline(t time.Time) {
	if t.IsZero() && !c.readDeadlineSet {
		return
	}
	c.readDeadlineSet = !t.IsZero()
	c.rwc.SetReadDeadline(t)
}

func (c *serverConn) getState() (ConnState, time.Time) {
	c.stateMu.Lock()
	defer c.stateMu.Unlock()
	return c.state, c.stateSince
}

// limitReader reads the connection with an optional byte budget, used to bound
// the request line and header.
type limitReader struct {
	r       io.Reader
	limited bool
	left    int64
	hit     bool
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.limited {
		if l.left <= 0 {
			l.hit = true
			return 0, io.EOF
		}
		if int64(len(p)) > l.left {
			p = p[:l.left]
		}
	}
	n, err := l.r.Read(p)
	if l.limited {
		l.left -= int64(n)
	}
	return n, err
}

// A requestError is a malformed request, answered with status and text before
// the connection is closed.
type requestError struct {
	status int
	text   string // after the status text; "" for none
}

func (e *requestError) Error() string { return e.text }

func (c *serverConn) serve(ctx context.Context) {
	defer func() {
		if p := recover(); p != nil && p != ErrAbortHandler {
			c.srv.report("http: panic serving %s: %v", c.remoteAddr, p)
		}
		c.rwc.Close()
		c.setState(StateClosed)
	}()
	c.lr = &limitReader{r: c.rwc}
	c.br = bufio.NewReaderSize(c.lr, 4096)
	c.bw = bufio.NewWriterSize(c.rwc, 4096)
	for {
		w, err := c.readRequest(ctx)
		if err != nil {
			c.replyToBadRequest(err)
			return
		}
		c.setState(StateActive)
		c.runHandler(w)
		if hw := w.handlerReturned(); hw != nil && hw.end(c) {
			w.closeAfter = true // the client hung up while the handler ran
		}
		w.finish()
		if w.closeAfter || c.srv.shuttingDown.Load() || c.srv.noKeepAlives.Load() {
			return
		}
		c.setState(StateIdle)
		if d := c.srv.idleWait(); d > 0 {
			c.setReadDeadline(time.Now().Add(d))
		} else {
			c.setReadDeadline(time.Time{})
		}
		// Wait for the next request without holding anything.
		if _, err := c.br.Peek(1); err != nil {
			return
		}
	}
}

// hangupWatch reads the connection while a handler runs on a request whose body
// is consumed, so that the request's context is cancelled when the client closes
// the connection. Bytes of a next (pipelined) request just end the watch. It is
// started only once the handler side asks the request's context whether it is
// done (Done or Err, see requestContext): a handler that never looks cannot tell,
// and skipping the watch saves a goroutine and two deadline changes per request.
type hangupWatch struct {
	stopping atomic.Bool
	hungUp   bool
	done     chan struct{}
}

// watchState is a response's side of the hang-up watch, under mu.
type watchState struct {
	mu          sync.Mutex
	wanted      atomic.Bool // the context was asked whether it is done
	bodyDone    bool        // the request body is consumed (or there is none)
	handlerDone bool
	watch       *hangupWatch
}

// requestContext is the context of a server request: the cancelable context, and
// the first Done or Err call starts the hang-up watch.
type requestContext struct {
	context.Context
	w *response
}

func (rc *requestContext) Done() <-chan struct{} {
	rc.w.wantWatch()
	return rc.Context.Done()
}

func (rc *requestContext) Err() error {
	rc.w.wantWatch()
	return rc.Context.Err()
}

func (w *response) wantWatch() {
	if w.ws.wanted.Load() {
		return
	}
	w.ws.mu.Lock()
	w.ws.wanted.Store(true)
	w.maybeWatchLocked()
	w.ws.mu.Unlock()
}

func (w *response) bodyConsumed() {
	w.ws.mu.Lock()
	w.ws.bodyDone = true
	w.maybeWatchLocked()
	w.ws.mu.Unlock()
}

// handlerReturned ends the time a watch may start; it returns the running one.
func (w *response) handlerReturned() *hangupWatch {
	w.ws.mu.Lock()
	defer w.ws.mu.Unlock()
	w.ws.handlerDone = true
	return w.ws.watch
}

func (w *response) maybeWatchLocked() {
	ws := &w.ws
	if ws.wanted.Load() && ws.bodyDone && !ws.handlerDone && ws.watch == nil {
		w.conn.startHangupWatch(w)
	}
}

// startHangupWatch starts watching for w's request (nothing when bytes of a next
// request are already buffered).
func (c *serverConn) startHangupWatch(w *response) {
	if c.br.Buffered() > 0 {
		return
	}
	hw := &hangupWatch{done: make(chan struct{})}
	w.ws.watch = hw
	go func() {
		defer close(hw.done)
		if _, err := c.br.Peek(1); err != nil && !hw.stopping.Load() {
			hw.hungUp = true
			w.cancel()
		}
	}()
}

// end stops the watch (an expired read deadline wakes the pending read) and
// reports whether the client hung up.
func (hw *hangupWatch) end(c *serverConn) bool {
	hw.stopping.Store(true)
	c.rwc.SetReadDeadline(time.Unix(1, 0))
	c.readDeadlineSet = true
	<-hw.done
	return hw.hungUp
}

func (c *serverConn) runHandler(w *response) {
	defer w.cancel()
	if w.reqBody == nil {
		w.bodyConsumed()
	} else {
		w.reqBody.onEOF = w.bodyConsumed
		// Draining the body after the handler must not start a watch.
		defer func() {
			w.reqBody.mu.Lock()
			w.reqBody.onEOF = nil
			w.reqBody.mu.Unlock()
		}()
	}
	h := c.srv.Handler
	if h == nil {
		h = DefaultServeMux
	}
	r := w.req
	if !c.srv.DisableGeneralOptionsHandler && r.RequestURI == "*" && r.Method == "OPTIONS" {
		h = optionsStarHandler{}
	}
	h.ServeHTTP(w, r)
}

type optionsStarHandler struct{}

func (optionsStarHandler) ServeHTTP(w ResponseWriter, r *Request) {
	if r.ContentLength != 0 {
		// Read a little of the body, so that the connection can be reused.
		io.CopyN(io.Discard, r.Body, 256<<10+1)
	}
	w.Header()["Content-Length"] = []string{"0"}
}

// replyToBadRequest answers a request that could not be read, unless the client
// simply went away or timed out.
func (c *serverConn) replyToBadRequest(err error) {
	if c.lr.hit {
		err = &requestError{StatusRequestHeaderFieldsTooLarge, ""}
	} else if err == io.EOF || err == io.ErrUnexpectedEOF || errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, net.ErrClosed) {
		return
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return
	}
	status, detail, body := StatusBadRequest, "", ""
	var re *requestError
	var te *unsupportedTEError
	switch {
	case errors.As(err, &re):
		status, detail = re.status, re.text
	case errors.As(err, &te):
		status, body = StatusNotImplemented, "Unsupported transfer encoding"
	default:
		var oe *net.OpError
		if errors.As(err, &oe) {
			return // a read error on the connection
		}
	}
	text := strconv.Itoa(status) + " " + StatusText(status)
	if detail != "" {
		text += ": " + detail
	}
	if body == "" {
		body = text
	}
	c.rwc.SetWriteDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(c.rwc, "HTTP/1.1 "+text+"\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"+body)
	c.closeWriteAndLinger()
}

// closeWriteAndLinger ends the sending side and reads (and drops) what the client
// is still sending for a moment, so that closing does not reset the connection
// before the client has read the reply.
func (c *serverConn) closeWriteAndLinger() {
	if tc, ok := c.rwc.(interface{ CloseWrite() error }); ok {
		tc.CloseWrite()
	}
	c.rwc.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
	io.CopyN(io.Discard, c.rwc, 4<<20)
}

// validHost reports whether a Host header value is plausible: no spaces, controls
// or characters outside those of host names, IP literals and ports.
func validHost(h string) bool {
	for i := 0; i < len(h); i++ {
		if !hostBytes[h[i]] {
			return false
		}
	}
	return true
}

// hostBytes marks the bytes validHost accepts.
var hostBytes = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		t[c] = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' ||
			b >= 0x80 || strings.IndexByte("!$%&'()*+,-.:;=[]_~", b) >= 0
	}
	return
}()

func (c *serverConn) readRequest(ctx context.Context) (*response, error) {
	s := c.srv
	start := time.Now()
	hdrTimeout := s.ReadHeaderTimeout
	if hdrTimeout == 0 {
		hdrTimeout = s.ReadTimeout
	}
	if hdrTimeout > 0 {
		c.setReadDeadline(start.Add(hdrTimeout))
	} else {
		c.setReadDeadline(time.Time{})
	}
	if s.WriteTimeout > 0 {
		defer c.rwc.SetWriteDeadline(time.Now().Add(s.WriteTimeout))
	}
	// The budget covers the request line and header, with some slack for the
	// bytes bufio reads ahead.
	c.lr.limited, c.lr.left, c.lr.hit = true, s.maxHeaderBytes()+4096, false
	req, err := parseRequest(c.br)
	c.lr.limited = false
	if err != nil {
		return nil, err
	}
	if hdrTimeout != s.ReadTimeout {
		if s.ReadTimeout > 0 {
			c.setReadDeadline(start.Add(s.ReadTimeout))
		} else {
			c.setReadDeadline(time.Time{})
		}
	}
	if req.ProtoMajor != 1 {
		return nil, &requestError{StatusHTTPVersionNotSupported, "unsupported protocol version"}
	}
	hosts := req.Header["Host"]
	if req.ProtoAtLeast(1, 1) && !req.Header.present("Host") && req.Method != "CONNECT" {
		return nil, &requestError{StatusBadRequest, "missing required Host header"}
	}
	if len(hosts) == 1 && !validHost(hosts[0]) {
		return nil, &requestError{StatusBadRequest, "malformed Host header"}
	}
	// textproto lets a name with a space before the colon through; Go refuses it.
	for name := range req.Header {
		if strings.IndexByte(name, ' ') >= 0 || strings.IndexByte(name, '\t') >= 0 {
			return nil, &requestError{400, "invalid header name"}
		}
	}
	delete(req.Header, "Host")
	req.RemoteAddr = c.remoteAddr
	rctx, cancel := context.WithCancel(ctx)
	w := &response{conn: c, req: req, handlerHeader: Header{}, declaredLen: -1, cancel: cancel, closeAfter: req.Close}
	req.ctx = &requestContext{Context: rctx, w: w}
	if b, ok := req.Body.(*body); ok {
		w.reqBody = b
	}
	if req.ProtoAtLeast(1, 1) && req.ContentLength != 0 && headerHasToken(req.Header["Expect"], "100-continue") {
		req.Body = &continueReader{w: w, src: req.Body}
	}
	return w, nil
}

// continueReader sends "100 Continue" before the first read of the body.
type continueReader struct {
	w    *response
	src  io.ReadCloser
	sent bool
}

func (cr *continueReader) Read(p []byte) (int, error) {
	if !cr.sent {
		cr.sent = true
		if !cr.w.wroteHeader {
			cr.w.conn.bw.WriteString("HTTP/1.1 100 Continue\r\n\r\n")
			cr.w.conn.bw.Flush()
		}
	}
	return cr.src.Read(p)
}

func (cr *continueReader) Close() error { return cr.src.Close() }

// bodyBufferSize is how much of a response body is held back before the header is
// sent: a handler that writes less gets an exact Content-Length.
const bodyBufferSize = 2048

// maxDrain is how much of an unread request body the server reads and discards
// to keep the connection open for the next request.
const maxDrain = 256 << 10

// response is the server's ResponseWriter.
type response struct {
	conn    *serverConn
	req     *Request
	reqBody *body
	cancel  context.CancelFunc
	ws      watchState

	handlerHeader Header
	sent          Header // handlerHeader as it was at WriteHeader
	wroteHeader   bool
	status        int
	declaredLen   int64 // Content-Length set by the handler, -1 if none
	written       int64

	buf        []byte // body held back until the header goes out
	headerOut  bool   // the status line and header are written
	chunking   bool
	closeAfter bool
	finished   bool
}

func (w *response) Header() Header { return w.handlerHeader }

func (w *response) WriteHeader(code int) {
	if w.finished {
		return
	}
	mustBeStatusCode(code)
	if w.wroteHeader {
		w.conn.srv.report("http: superfluous response.WriteHeader call")
		return
	}
	w.wroteHeader = true
	w.status = code
	w.sent = w.handlerHeader.Clone()
	if cl := w.sent.first("Content-Length"); cl != "" {
		if n, ok := parseLength(textproto_trim(cl)); ok {
			w.declaredLen = n
		} else {
			w.conn.srv.report("http: invalid Content-Length of %q", cl)
			delete(w.sent, "Content-Length")
		}
	}
}

func (w *response) bodyAllowed() bool { return statusHasBody(w.status) }

func (w *response) Write(p []byte) (int, error) {
	if w.finished {
		return 0, ErrHijacked
	}
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if len(p) == 0 {
		return 0, nil
	}
	if !w.bodyAllowed() {
		return 0, ErrBodyNotAllowed
	}
	w.written += int64(len(p))
	if w.declaredLen >= 0 && w.written > w.declaredLen {
		return 0, ErrContentLength
	}
	n := len(p)
	for len(p) > 0 {
		room := bodyBufferSize - len(w.buf)
		if room == 0 {
			if !w.headerOut {
				w.writeHeaderBlock(false)
			}
			if err := w.emit(w.buf); err != nil {
				return 0, err
			}
			w.buf = w.buf[:0]
			continue
		}
		if room > len(p) {
			room = len(p)
		}
		w.buf = append(w.buf, p[:room]...)
		p = p[room:]
	}
	return n, nil
}

// WriteString is Write for a string.
func (w *response) WriteString(s string) (int, error) { return w.Write([]byte(s)) }

// emit sends body bytes after the header, framed as chosen (nothing for HEAD).
func (w *response) emit(b []byte) error {
	if len(b) == 0 || w.req.Method == "HEAD" {
		return nil
	}
	bw := w.conn.bw
	if w.chunking {
		var head [20]byte
		bw.Write(append(appendHex(head[:0], uint64(len(b))), '\r', '\n'))
		bw.Write(b)
		_, err := bw.Write(crlf)
		return err
	}
	_, err := bw.Write(b)
	return err
}

// Flush sends the header and the body written so far.
func (w *response) Flush() {
	if w.finished {
		return
	}
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if !w.headerOut {
		w.writeHeaderBlock(false)
	}
	w.emit(w.buf)
	w.buf = w.buf[:0]
	w.conn.bw.Flush()
}

// closeAfterReply is called by MaxBytesReader when the body went over its limit.
func (w *response) closeAfterReply() { w.closeAfter = true }

// bodyLeftUnread reports whether the request body could not be consumed (at most
// maxDrain bytes are read), in which case the connection cannot be reused.
func (w *response) bodyLeftUnread() bool {
	b := w.reqBody
	if b == nil {
		return false
	}
	if cr, ok := w.req.Body.(*continueReader); ok && !cr.sent {
		return true // the client is waiting for 100 Continue: its body never came
	}
	return !b.drain(maxDrain)
}

// writeHeaderBlock writes the status line and header. final means the handler is
// done, so a held-back body has a known length.
func (w *response) writeHeaderBlock(final bool) {
	w.headerOut = true
	h := w.sent
	req := w.req
	bodyOK := w.bodyAllowed()
	extra := make([]string, 0, 5)
	if _, ok := h["Date"]; !ok {
		extra = append(extra, "Date", httpDate(time.Now()))
	}
	_, hasCL := h["Content-Length"]
	_, hasTE := h["Transfer-Encoding"]
	_, hasTrailer := h["Trailer"]
	if final && bodyOK && !hasCL && !hasTE && !hasTrailer && (req.Method != "HEAD" || w.written > 0) {
		extra = append(extra, "Content-Length", strconv.FormatInt(w.written, 10))
		hasCL = true
	}
	if _, ok := h["Content-Type"]; !ok && bodyOK && !hasTE && len(w.buf) > 0 {
		extra = append(extra, "Content-Type", DetectContentType(w.buf))
	}
	if headerHasToken(h["Connection"], "close") {
		w.closeAfter = true
	}
	if !final && w.reqBody != nil && !w.closeAfter {
		// The handler is still running and the request body is unread: the
		// connection stays usable only if the body can be drained later.
		if w.reqBody.err != nil && !w.reqBody.sawEOF {
			w.closeAfter = true
		}
	}
	if final && w.bodyLeftUnread() {
		w.closeAfter = true
	}
	if !hasCL && bodyOK && req.Method != "HEAD" {
		if req.ProtoAtLeast(1, 1) && !hasTE {
			w.chunking = true
		} else if !hasTE {
			w.closeAfter = true // the end of the connection ends the body
		}
	}
	if w.conn.srv.shuttingDown.Load() || w.conn.srv.noKeepAlives.Load() {
		w.closeAfter = true
	}
	if _, ok := h["Connection"]; !ok {
		if req.ProtoAtLeast(1, 1) {
			if w.closeAfter {
				extra = append(extra, "Connection", "close")
			}
		} else if !w.closeAfter {
			extra = append(extra, "Connection", "keep-alive")
		}
	}
	if w.chunking {
		extra = append(extra, "Transfer-Encoding", "chunked")
	}
	bw := w.conn.bw
	if req.ProtoAtLeast(1, 1) {
		bw.WriteString(statusLine(1, 1, w.status, ""))
	} else {
		bw.WriteString(statusLine(1, 0, w.status, ""))
	}
	h.writeSubset(bw, nil)
	for i := 0; i < len(extra); i += 2 {
		bw.WriteString(extra[i])
		bw.WriteString(": ")
		bw.WriteString(extra[i+1])
		bw.WriteString("\r\n")
	}
	bw.WriteString("\r\n")
}

// finish completes the response after the handler returned: header (if still
// held back), body, the last chunk with trailers, and flushes.
func (w *response) finish() {
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if !w.headerOut {
		w.writeHeaderBlock(true)
	} else if w.reqBody != nil && !w.closeAfter && w.bodyLeftUnread() {
		w.closeAfter = true
	}
	w.emit(w.buf)
	w.buf = nil
	if w.chunking {
		bw := w.conn.bw
		bw.WriteString("0\r\n")
		w.trailers().writeSubset(bw, nil)
		bw.WriteString("\r\n")
	}
	if w.declaredLen >= 0 && w.written != w.declaredLen && w.bodyAllowed() && w.req.Method != "HEAD" {
		w.closeAfter = true // the client would wait for bytes that never come
	}
	w.finished = true
	if err := w.conn.bw.Flush(); err != nil {
		w.closeAfter = true
	}
	if form := w.req.MultipartForm; form != nil && form != streamedForm {
		form.RemoveAll() // temporary files of uploads
	}
}

// trailers collects the trailer values: keys announced in the Trailer header, and
// keys set with the TrailerPrefix.
func (w *response) trailers() Header {
	var t Header
	for _, line := range w.sent["Trailer"] {
		for _, key := range strings.Split(line, ",") {
			key = CanonicalHeaderKey(textproto_trim(key))
			if vs, ok := w.handlerHeader[key]; ok {
				if t == nil {
					t = Header{}
				}
				t[key] = vs
			}
		}
	}
	for k, vs := range w.handlerHeader {
		if name, ok := strings.CutPrefix(k, TrailerPrefix); ok {
			if t == nil {
				t = Header{}
			}
			t[CanonicalHeaderKey(name)] = vs
		}
	}
	return t
}

// The Date header changes once a second: formatting it is cached.
var dateCache struct {
	mu   sync.Mutex
	sec  int64
	text string
}

func httpDate(now time.Time) string {
	sec := now.Unix()
	dateCache.mu.Lock()
	defer dateCache.mu.Unlock()
	if sec != dateCache.sec || dateCache.text == "" {
		dateCache.sec, dateCache.text = sec, now.UTC().Format(TimeFormat)
	}
	return dateCache.text
}
