// Malformed and hostile requests: Go's 400/431/501/505 replies or a closed
// connection, and the server keeps serving afterwards.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

var addr string

// raw sends text on a new connection and prints what comes back until the server
// closes it (Date headers dropped).
func raw(label, text string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	io.WriteString(c, text)
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	reply, err := io.ReadAll(c)
	var lines []string
	for _, l := range strings.Split(string(reply), "\r\n") {
		if !strings.HasPrefix(l, "Date: ") {
			lines = append(lines, l)
		}
	}
	fmt.Printf("%s: %q err=%v\n", label, strings.Join(lines, "|"), err)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "body error: "+err.Error(), http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "got %q", b)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "ok ", r.Method, " ", r.URL.Path)
	})
	ts := httptest.NewUnstartedServer(mux)
	ts.Config.MaxHeaderBytes = 1 << 10
	ts.Config.ReadHeaderTimeout = 300 * time.Millisecond
	ts.Start()
	defer ts.Close()
	addr = ts.Listener.Addr().String()

	raw("garbage line", "GARBAGE\r\n\r\n")
	raw("no version", "GET /\r\n\r\n")
	raw("bad version", "GET / HTTP/x.y\r\nHost: a\r\n\r\n")
	raw("HTTP/2.0", "GET / HTTP/2.0\r\nHost: a\r\n\r\n")
	raw("missing Host", "GET / HTTP/1.1\r\n\r\n")
	raw("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
	raw("bad Host", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n")
	raw("bad header line", "GET / HTTP/1.1\r\nHost: a\r\nNoColonHere\r\n\r\n")
	raw("space before colon", "GET / HTTP/1.1\r\nHost: a\r\nX-Bad : 1\r\n\r\n")
	raw("bad Content-Length", "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n")
	raw("two Content-Lengths", "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
	raw("unknown Transfer-Encoding", "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n")
	raw("bad chunk size", "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
	raw("huge chunk size", "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nhello\r\n0\r\n\r\n")
	raw("good chunks", "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n")
	raw("header too large", "GET / HTTP/1.1\r\nHost: a\r\nX-Big: "+strings.Repeat("x", 8<<10)+"\r\n\r\n")
	raw("request line too large", "GET /"+strings.Repeat("a", 8<<10)+" HTTP/1.1\r\nHost: a\r\n\r\n")

	// Slowloris: a header that never ends is cut off by ReadHeaderTimeout.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		panic(err)
	}
	start := time.Now()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ")
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	n, err := c.Read(make([]byte, 100))
	fmt.Println("slowloris: read", n, err, "closed within 5s:", time.Since(start) < 5*time.Second)
	c.Close()

	// The server is still healthy.
	resp, err := http.Get(ts.URL + "/after")
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("after:", resp.Status, string(b))

	// A pipelined good request after a bad one on the same connection is not served.
	c, _ = net.Dial("tcp", addr)
	io.WriteString(c, "GET /first HTTP/1.1\r\nHost: a\r\n\r\nBAD\r\n\r\nGET /never HTTP/1.1\r\nHost: a\r\n\r\n")
	br := bufio.NewReader(c)
	for i := 0; i < 3; i++ {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			fmt.Println("pipelined: end:", err)
			break
		}
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("pipelined: %s %q\n", resp.Status, b)
	}
	c.Close()
}
