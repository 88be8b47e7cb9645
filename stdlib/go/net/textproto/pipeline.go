package textproto

import "sync"

// A Pipeline orders requests and responses that share a connection: each user
// takes an id with Next, then brackets sending its request with StartRequest and
// EndRequest and reading its response with StartResponse and EndResponse; each
// Start waits until every smaller id has passed the matching End.
type Pipeline struct {
	mu       sync.Mutex
	id       uint
	request  turnstile
	response turnstile
}

// Next hands out ids 0, 1, 2, ...
func (p *Pipeline) Next() uint {
	p.mu.Lock()
	id := p.id
	p.id++
	p.mu.Unlock()
	return id
}

// StartRequest waits until request id may go.
func (p *Pipeline) StartRequest(id uint) { p.request.wait(id) }

// EndRequest lets the request after id go.
func (p *Pipeline) EndRequest(id uint) { p.request.done(id) }

// StartResponse waits until response id may go.
func (p *Pipeline) StartResponse(id uint) { p.response.wait(id) }

// EndResponse lets the response after id go.
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
