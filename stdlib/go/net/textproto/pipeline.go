package textproto

import "sync"

// A Pipeline manages a pipelined in-order request/response sequence.
//
// To use a Pipeline p to manage multiple clients on a connection, each client should
// run:
//
//	id := p.Next()	// take a number
//
//	p.StartRequest(id)	// wait for turn to send request
//	«send request»
//	p.EndRequest(id)	// notify Pipeline that request is sent
//
//	p.StartResponse(id)	// wait for turn to read response
//	«read response»
//	p.EndResponse(id)	// notify Pipeline that response is read
//
// A pipelined server can use the same calls to ensure that responses computed in
// parallel are written in the correct order.
type Pipeline struct {
	mu       sync.Mutex
	id       uint
	request  turnstile
	response turnstile
}

// Next returns the next id for a request/response pair.
func (p *Pipeline) Next() uint {
	p.mu.Lock()
	id := p.id
	p.id++
	p.mu.Unlock()
	return id
}

// StartRequest blocks until it is time to send (or, if this is a server, receive) the
// request with the given id.
func (p *Pipeline) StartRequest(id uint) { p.request.wait(id) }

// EndRequest notifies p that the request with the given id has been sent (or, if
// this is a server, received).
func (p *Pipeline) EndRequest(id uint) { p.request.done(id) }

// StartResponse blocks until it is time to receive (or, if this is a server, send)
// the request with the given id.
func (p *Pipeline) StartResponse(id uint) { p.response.wait(id) }

// EndResponse notifies p that the response with the given id has been received (or,
// if this is a server, sent).
func (p *Pipeline) EndResponse(id uint) { p.response.done(id) }

// A turnstile lets ids through strictly in increasing order: wait(id) blocks until
// every smaller id has called done.
type turnstile struct {
	mu      sync.Mutex
	current uint
	waiting map[uint]chan struct{}
}

func (t *turnstile) wait(id uint) {
	t.mu.Lock()
	if t.current == id {
		t.mu.Unlock()
		return
	}
	if t.waiting == nil {
		t.waiting = make(map[uint]chan struct{})
	}
	ch := make(chan struct{})
	t.waiting[id] = ch
	t.mu.Unlock()
	<-ch
}

func (t *turnstile) done(id uint) {
	t.mu.Lock()
	if t.current != id {
		t.mu.Unlock()
		panic("out of sync")
	}
	t.current++
	ch, ok := t.waiting[t.current]
	if ok {
		delete(t.waiting, t.current)
	}
	t.mu.Unlock()
	if ok {
		close(ch)
	}
}
