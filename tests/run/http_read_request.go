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

var inputs = []string{
	"GET /index.html?q=1&r=%20x HTTP/1.1\r\nHost: example.com\r\nUser-Agent: t\r\nAccept: */*\r\n\r\n",
	"POST /submit HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\nContent-Type: text/plain\r\n\r\nhello worldEXTRA",
	"POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\nNEXT",
	"POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
	"GET / HTTP/1.0\r\n\r\n",
	"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
	"GET / HTTP/1.1\r\nConnection: close\r\nHost: a\r\n\r\n",
	"GET http://other.example:8080/abs?x=y HTTP/1.1\r\nHost: ignored\r\n\r\n",
	"OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n",
	"CONNECT proxy.example:443 HTTP/1.1\r\nHost: proxy.example:443\r\n\r\n",
	"GET / HTTP/1.1\r\nPragma: no-cache\r\n\r\n",
	"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
	"GET /\r\n\r\n",
	"GET / HTTP/9\r\n\r\n",
	"GET / HTTP/1.10\r\n\r\n",
	"GE(T / HTTP/1.1\r\n\r\n",
	"GET  HTTP/1.1\r\n\r\n",
	"GET relative HTTP/1.1\r\n\r\n",
	"POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
	"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
	"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n",
	"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
	"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
	"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 99\r\n\r\n1\r\nz\r\n0\r\n\r\n",
	"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n",
	"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n0\r\n\r\n",
	"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort",
	"GET / HTTP/1.1\r\nBad Header Line\r\n\r\n",
	"GET / HTTP/1.1\r\nX: a\r\n continued\r\n\r\n",
	"GET / HTTP/1.1\r\nHost: h\r\n",
	"",
	"GET / HTTP/1.1\r\nX-Empty:\r\nX-Space:   padded   \r\n\r\n",
}

func main() {
	for i, in := range inputs {
		br := bufio.NewReader(strings.NewReader(in))
		req, err := http.ReadRequest(br)
		if err != nil {
			fmt.Printf("%d: error: %v\n", i, err)
			continue
		}
		fmt.Printf("%d: %s %q %s %d.%d host=%q uri=%q close=%v cl=%d te=%q\n", i, req.Method, req.URL.String(), req.Proto, req.ProtoMajor, req.ProtoMinor, req.Host, req.RequestURI, req.Close, req.ContentLength, req.TransferEncoding)
		fmt.Printf("   url: scheme=%q host=%q path=%q rawq=%q\n", req.URL.Scheme, req.URL.Host, req.URL.Path, req.URL.RawQuery)
		fmt.Printf("   header:%s\n", show(req.Header))
		fmt.Printf("   trailer before:%s\n", show(req.Trailer))
		body, err := io.ReadAll(req.Body)
		fmt.Printf("   body=%q err=%v\n", body, err)
		fmt.Printf("   trailer after:%s\n", show(req.Trailer))
		rest, _ := io.ReadAll(br)
		fmt.Printf("   rest=%q\n", rest)
		req.Body.Close()
		_, err = req.Body.Read(make([]byte, 1))
		fmt.Printf("   read after close: %v\n", err)
	}
	fmt.Println(http.ParseHTTPVersion("HTTP/1.1"))
	fmt.Println(http.ParseHTTPVersion("HTTP/2.0"))
	fmt.Println(http.ParseHTTPVersion("HTTP/1"))
	fmt.Println(http.ParseHTTPVersion("HTTP/0.9"))
	fmt.Println(http.ParseHTTPVersion("http/1.1"))
}
