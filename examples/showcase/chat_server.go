// chat_server: a TCP chat server, one goroutine per connection and a broadcaster
// goroutine owning the member list. main also runs three scripted clients that
// join, talk in turn and leave; every client prints what it received.
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type message struct {
	from, text string
}

type member struct {
	name string
	out  chan string
}

type server struct {
	join     chan member
	leave    chan string
	messages chan message
}

// broadcast owns the members: no lock needed.
func (s *server) broadcast() {
	members := map[string]member{}
	send := func(from, line string) {
		for name, m := range members {
			if name != from {
				m.out <- line
			}
		}
	}
	for {
		select {
		case m := <-s.join:
			send(m.name, "* "+m.name+" joined")
			members[m.name] = m
		case name := <-s.leave:
			close(members[name].out)
			delete(members, name)
			send(name, "* "+name+" left")
		case msg := <-s.messages:
			send(msg.from, msg.from+": "+msg.text)
		}
	}
}

func (s *server) handle(conn net.Conn) {
	defer conn.Close()
	in := bufio.NewScanner(conn)
	if !in.Scan() {
		return
	}
	name := strings.TrimSpace(in.Text())
	out := make(chan string, 16)
	out <- "welcome " + name // queued first: the writer sends it before any broadcast
	s.join <- member{name, out}
	writerDone := make(chan struct{})
	go func() {
		for line := range out {
			fmt.Fprintln(conn, line)
		}
		close(writerDone)
	}()
	for in.Scan() {
		s.messages <- message{name, in.Text()}
	}
	s.leave <- name
	<-writerDone
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	s := &server{join: make(chan member), leave: make(chan string), messages: make(chan message)}
	go s.broadcast()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.handle(c)
		}
	}()

	names := []string{"ann", "bob", "cid"}
	conns := make([]net.Conn, len(names))
	readers := make([]*bufio.Reader, len(names))
	expect := func(i int) string {
		line, err := readers[i].ReadString('\n')
		if err != nil {
			return "<" + err.Error() + ">"
		}
		return strings.TrimSuffix(line, "\n")
	}
	var mu sync.Mutex
	logs := make([][]string, len(names))
	record := func(i int, line string) {
		mu.Lock()
		logs[i] = append(logs[i], line)
		mu.Unlock()
	}
	// Join one at a time, waiting for each welcome and the join notices.
	for i, n := range names {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		conns[i], readers[i] = c, bufio.NewReader(c)
		fmt.Fprintln(c, n)
		record(i, expect(i))
		for j := 0; j < i; j++ {
			record(j, expect(j))
		}
	}
	// Talk in turn: every other member receives each line.
	script := []struct {
		who  int
		text string
	}{{0, "hi all"}, {1, "hello ann"}, {2, "hey"}, {0, "bye"}}
	for _, l := range script {
		fmt.Fprintln(conns[l.who], l.text)
		for j := range names {
			if j != l.who {
				record(j, expect(j))
			}
		}
	}
	// ann leaves; the others hear it.
	conns[0].Close()
	record(1, expect(1))
	record(2, expect(2))
	for i, n := range names {
		fmt.Printf("%s saw:\n", n)
		for _, line := range logs[i] {
			fmt.Println("  " + line)
		}
	}
	conns[1].Close()
	conns[2].Close()
	ln.Close()
}
