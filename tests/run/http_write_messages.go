package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func writeReq(name string, r *http.Request) {
	var b bytes.Buffer
	err := r.Write(&b)
	fmt.Printf("%s: err=%v\n%q\n", name, err, b.String())
}

func main() {
	r, _ := http.NewRequest("GET", "http://example.com/a%20b/c?x=1#frag", nil)
	writeReq("get", r)
	r, _ = http.NewRequest("POST", "http://example.com/post", strings.NewReader("name=value"))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	fmt.Println(r.ContentLength, r.GetBody != nil)
	writeReq("post", r)
	r, _ = http.NewRequest("POST", "http://example.com/chunk", onlyReader{strings.NewReader("streamed body")})
	fmt.Println(r.ContentLength, r.GetBody != nil)
	writeReq("chunked", r)
	r, _ = http.NewRequest("PUT", "http://example.com/empty", onlyReader{strings.NewReader("")})
	writeReq("empty-unknown", r)
	r, _ = http.NewRequest("POST", "http://example.com/nobody", nil)
	writeReq("post-nil", r)
	r, _ = http.NewRequest("POST", "http://example.com/emptybuf", bytes.NewBufferString(""))
	fmt.Println(r.Body == http.NoBody, r.ContentLength)
	writeReq("post-emptybuf", r)
	r, _ = http.NewRequest("GET", "http://user:pw@example.com:8080/", nil)
	r.Header.Set("User-Agent", "custom/1")
	r.Header.Add("X-Multi", "a")
	r.Header.Add("X-Multi", "b")
	r.Host = "override.example"
	r.Close = true
	writeReq("close-host", r)
	r, _ = http.NewRequest("GET", "http://example.com/", nil)
	r.Header["User-Agent"] = nil
	writeReq("no-ua", r)
	r, _ = http.NewRequest("POST", "http://example.com/len", onlyReader{strings.NewReader("0123456789")})
	r.ContentLength = 4
	writeReq("short-len", r)
	r, _ = http.NewRequest("POST", "http://example.com/len", onlyReader{strings.NewReader("01")})
	r.ContentLength = 4
	writeReq("long-len", r)
	r, _ = http.NewRequest("POST", "http://example.com/trailer", onlyReader{strings.NewReader("data")})
	r.Trailer = http.Header{"X-Sum": {"42"}}
	writeReq("trailer", r)
	var b bytes.Buffer
	r, _ = http.NewRequest("GET", "http://example.com/proxy?q", nil)
	fmt.Println(r.WriteProxy(&b))
	fmt.Printf("%q\n", b.String())
	r, _ = http.NewRequest("GET", "http://[fe80::1%25en0]:8080/", nil)
	writeReq("zone", r)

	for _, m := range []string{"bad method", "", "get"} {
		_, err := http.NewRequest(m, "http://x/", nil)
		fmt.Println(err)
	}
	_, err := http.NewRequest("GET", "http://x y/", nil)
	fmt.Println(err)
	_, err = http.NewRequest("GET", ":nope", nil)
	fmt.Println(err)
	r, _ = http.NewRequest("GET", "http://host:/p", nil)
	fmt.Println(r.Host, r.URL.Host)

	// Responses.
	resp := &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{"X-A": {"1"}}, Body: io.NopCloser(strings.NewReader("hi")), ContentLength: 2}
	writeResp("len", resp)
	resp = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Body: io.NopCloser(strings.NewReader("unknown")), ContentLength: -1}
	writeResp("unknown-1.1", resp)
	resp = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 0, Body: io.NopCloser(strings.NewReader("unknown")), ContentLength: -1}
	writeResp("unknown-1.0", resp)
	resp = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Body: io.NopCloser(strings.NewReader("chunks")), ContentLength: -1, TransferEncoding: []string{"chunked"}}
	writeResp("chunked", resp)
	resp = &http.Response{StatusCode: 404, Status: "404 Nope", ProtoMajor: 1, ProtoMinor: 1}
	writeResp("nobody", resp)
	resp = &http.Response{StatusCode: 204, ProtoMajor: 1, ProtoMinor: 1, Body: io.NopCloser(strings.NewReader("dropped"))}
	writeResp("204", resp)
	resp = &http.Response{StatusCode: 799, ProtoMajor: 1, ProtoMinor: 1}
	writeResp("799", resp)
	resp = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Body: io.NopCloser(strings.NewReader("x")), ContentLength: 0}
	writeResp("zero-len-with-body", resp)
	resp = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Body: io.NopCloser(strings.NewReader("")), ContentLength: 0}
	writeResp("zero-len-empty", resp)
	hr, _ := http.NewRequest("HEAD", "http://x/", nil)
	resp = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, ContentLength: 123, Request: hr}
	writeResp("head", resp)
	resp = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Close: true, ContentLength: 0}
	writeResp("close", resp)

	v := url.Values{}
	v.Set("k", "v w")
	r, _ = http.NewRequest("POST", "http://example.com/f", strings.NewReader(v.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	writeReq("form", r)
}

func writeResp(name string, r *http.Response) {
	var b bytes.Buffer
	err := r.Write(&b)
	fmt.Printf("%s: err=%v\n%q\n", name, err, b.String())
}
