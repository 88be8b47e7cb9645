package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
)

func show(h http.Header) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%q", k, h[k])
	}
	return b.String()
}

type in struct {
	raw    string
	method string
}

var inputs = []in{
	{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhelloMORE", "GET"},
	{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\nExpires: never\r\n\r\n", "GET"},
	{"HTTP/1.0 200 OK\r\n\r\nbody until close", "GET"},
	{"HTTP/1.1 200 OK\r\n\r\nbody until close 1.1", "GET"},
	{"HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", "GET"},
	{"HTTP/1.1 304 Not Modified\r\n\r\nleftover", "GET"},
	{"HTTP/1.1 200 OK\r\nContent-Length: 42\r\n\r\n", "HEAD"},
	{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "HEAD"},
	{"HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 3\r\n\r\nnop", "GET"},
	{"HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n", "GET"},
	{"HTTP/1.1 299 Custom Reason Here\r\nContent-Length: 0\r\n\r\n", "GET"},
	{"HTTP/1.1 20 OK\r\n\r\n", "GET"},
	{"HTTP/1.1 abc OK\r\n\r\n", "GET"},
	{"HTTP/1.1\r\n\r\n", "GET"},
	{"HTTP/x 200 OK\r\n\r\n", "GET"},
	{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", "GET"},
	{"HTTP/1.1 200 OK\r\nX: 1\r\n", "GET"},
	{"", "GET"},
	{"HTTP/1.1 200 OK\r\nSet-Cookie: a=b; Path=/; HttpOnly\r\nSet-Cookie: c=\"d e\"; Max-Age=10\r\nLocation: /next?x=1\r\nContent-Length: 0\r\n\r\n", "GET"},
	{"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok", "GET"},
	{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\n", "GET"},
}

func main() {
	for i, c := range inputs {
		req, _ := http.NewRequest(c.method, "http://example.com/base/page", nil)
		br := bufio.NewReader(strings.NewReader(c.raw))
		resp, err := http.ReadResponse(br, req)
		if err != nil {
			fmt.Printf("%d: error: %v\n", i, err)
			if resp != nil {
				fmt.Printf("   partial: %q %d\n", resp.Status, resp.StatusCode)
			}
			continue
		}
		fmt.Printf("%d: %q %d %s close=%v cl=%d te=%q\n", i, resp.Status, resp.StatusCode, resp.Proto, resp.Close, resp.ContentLength, resp.TransferEncoding)
		fmt.Printf("   header:%s\n", show(resp.Header))
		body, err := io.ReadAll(resp.Body)
		fmt.Printf("   body=%q err=%v trailer:%s\n", body, err, show(resp.Trailer))
		rest, _ := io.ReadAll(br)
		fmt.Printf("   rest=%q\n", rest)
		for _, ck := range resp.Cookies() {
			fmt.Printf("   cookie %s=%s path=%q maxage=%d httponly=%v quoted=%v -> %s\n", ck.Name, ck.Value, ck.Path, ck.MaxAge, ck.HttpOnly, ck.Quoted, ck.String())
		}
		loc, err := resp.Location()
		fmt.Printf("   location %v %v\n", loc, err)
	}
	r, err := http.ReadResponse(bufio.NewReader(strings.NewReader("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc")), nil)
	fmt.Println(r.Request == nil, err)
	b, _ := io.ReadAll(r.Body)
	fmt.Println(string(b))
}
