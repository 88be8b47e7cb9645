package httptest

import (
	"net"
	"net/http"
	"sync"
)

// Server is an HTTP server on a loopback port chosen by the system, for tests:
// URL is "http://127.0.0.1:PORT" once started.
type Server struct {
	URL      string
	Listener net.Listener

	// EnableHTTP2 is accepted for compatibility; minigo serves HTTP/1.1 only.
	EnableHTTP2 bool

	// Config is the http.Server that serves; it may be changed before Start.
	Config *http.Server

	mu      sync.Mutex
	closed  bool
	open    map[net.Conn]http.ConnState // connections not closed yet
	gone    sync.WaitGroup              // one count per open connection
	client  *http.Client
	serving chan struct{} // closed when Serve returned
}

// NewServer starts a Server for handler.
func NewServer(handler http.Handler) *Server {
	s := NewUnstartedServer(handler)
	s.Start()
	return s
}

// NewUnstartedServer returns a Server with its listener open but not serving yet,
// so that Config can be adjusted before Start.
func NewUnstartedServer(handler http.Handler) *Server {
	return &Server{Listener: loopbackListener(), Config: &http.Server{Handler: handler}}
}

// loopbackListener listens on a free port of 127.0.0.1, or of ::1 without IPv4.
func loopbackListener() net.Listener {
	l4, err4 := net.Listen("tcp", "127.0.0.1:0")
	if err4 == nil {
		return l4
	}
	l6, err6 := net.Listen("tcp6", "[::1]:0")
	if err6 == nil {
		return l6
	}
	panic("httptest: failed to listen on a port: " + err4.Error())
}

const startedTwice = "Server already started"

// Start serves Listener in a goroutine of its own.
func (s *Server) Start() {
	if s.URL != "" {
		panic(startedTwice)
	}
	hostPort := s.Listener.Addr().String()
	s.URL = "http://" + hostPort
	s.client = &http.Client{Transport: new(http.Transport)}
	userHook := s.Config.ConnState
	s.Config.ConnState = func(c net.Conn, st http.ConnState) {
		s.noteState(c, st)
		if userHook != nil {
			userHook(c, st)
		}
	}
	s.serving = make(chan struct{})
	go func() {
		defer close(s.serving)
		s.Config.Serve(s.Listener)
	}()
}

// noteState follows each connection so that Close can wait for all of them.
func (s *Server) noteState(c net.Conn, st http.ConnState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.open == nil {
		s.open = map[net.Conn]http.ConnState{}
	}
	_, known := s.open[c]
	switch st {
	case http.StateClosed, http.StateHijacked:
		if known {
			delete(s.open, c)
			s.gone.Done()
		}
		return
	case http.StateNew:
		if !known {
			s.gone.Add(1)
		}
	}
	s.open[c] = st
	// After Close, a connection is closed as soon as it has no request to finish.
	if s.closed && st != http.StateActive {
		c.Close()
	}
}

// Close stops the server: no new connections, idle ones closed at once, and it
// waits until the requests in progress are answered and their connections closed.
func (s *Server) Close() {
	s.mu.Lock()
	first := !s.closed
	if first {
		s.closed = true
		cfg := s.Config
		s.Listener.Close()
		// Busy connections close after their reply; the others at once.
		cfg.SetKeepAlivesEnabled(false)
		for c, st := range s.open {
			if st != http.StateActive {
				c.Close()
			}
		}
	}
	s.mu.Unlock()
	if !first {
		return
	}
	if t, ok := http.DefaultTransport.(interface{ CloseIdleConnections() }); ok {
		t.CloseIdleConnections()
	}
	if s.client != nil {
		s.client.CloseIdleConnections()
	}
	if s.serving != nil {
		<-s.serving
	}
	s.gone.Wait()
}

// CloseClientConnections closes every connection to the server, busy or not.
func (s *Server) CloseClientConnections() {
	s.mu.Lock()
	conns := make([]net.Conn, 0, len(s.open))
	for c := range s.open {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// Client returns a client for this server, whose idle connections Close closes.
func (s *Server) Client() *http.Client { return s.client }
