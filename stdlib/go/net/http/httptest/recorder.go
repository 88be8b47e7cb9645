// Package httptest provides helpers for testing HTTP handlers: a ResponseWriter that
// records what a handler does, and incoming requests built without a connection.
package httptest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// ResponseRecorder is an http.ResponseWriter that keeps the status, header and body a
// handler writes, for the test to inspect.
type ResponseRecorder struct {
	Code      int           // the status of WriteHeader (200 after an implicit one)
	HeaderMap http.Header   // the header the handler is editing
	Body      *bytes.Buffer // the body written so far (nil discards it)
	Flushed   bool          // the handler called Flush

	result      *http.Response
	sentHeader  http.Header // the header as it was when the status was sent
	wroteHeader bool
}

// NewRecorder returns a ResponseRecorder with an empty body buffer and status 200.
func NewRecorder() *ResponseRecorder {
	return &ResponseRecorder{HeaderMap: make(http.Header), Body: new(bytes.Buffer), Code: 200}
}

const (
	// DefaultRemoteAddr is the address constant of Go's API. NewRequest, like Go's,
	// uses testRemoteAddr (a TEST-NET-1 address) instead.
	DefaultRemoteAddr = "1.2.3.4"

	testRemoteAddr = "192.0.2.1:1234"
)

// Header returns the header the handler may still change before the status is sent.
func (rw *ResponseRecorder) Header() http.Header {
	if rw.HeaderMap == nil {
		rw.HeaderMap = http.Header{}
	}
	return rw.HeaderMap
}

// sendHeader sends the status implicitly before the first body bytes, detecting a
// Content-Type from them when the handler set none.
func (rw *ResponseRecorder) sendHeader(first []byte, firstStr string) {
	if rw.wroteHeader {
		return
	}
	h := rw.Header()
	_, typed := h["Content-Type"]
	if !typed && h.Get("Transfer-Encoding") == "" {
		if first == nil {
			first = []byte(firstStr)
		}
		h.Set("Content-Type", http.DetectContentType(first))
	}
	rw.WriteHeader(200)
}

// Write records body bytes, sending status 200 first if no status was sent.
func (rw *ResponseRecorder) Write(buf []byte) (int, error) {
	rw.sendHeader(buf, "")
	if rw.Body != nil {
		rw.Body.Write(buf)
	}
	return len(buf), nil
}

// WriteString is Write for a string.
func (rw *ResponseRecorder) WriteString(str string) (int, error) {
	rw.sendHeader(nil, str)
	if rw.Body != nil {
		rw.Body.WriteString(str)
	}
	return len(str), nil
}

// WriteHeader records the status (only the first call counts) and freezes the
// header the Result will report.
func (rw *ResponseRecorder) WriteHeader(code int) {
	if code > 999 || code < 100 {
		panic(fmt.Sprint("invalid WriteHeader code ", code))
	}
	if rw.wroteHeader {
		return
	}
	rw.Code = code
	rw.wroteHeader = true
	rw.sentHeader = rw.Header().Clone()
}

// Flush records the call, sending status 200 first if no status was sent.
func (rw *ResponseRecorder) Flush() {
	if !rw.wroteHeader {
		rw.WriteHeader(200)
	}
	rw.Flushed = true
}

// Result returns the response the handler produced: status, the header as sent, a
// body reader over what was written, and the trailers (keys announced by a
// "Trailer" header, and "Trailer:"-prefixed keys set after the status). Calling it
// again returns the same response.
func (rw *ResponseRecorder) Result() *http.Response {
	if rw.result != nil {
		return rw.result
	}
	if rw.sentHeader == nil {
		rw.sentHeader = rw.Header().Clone()
	}
	res := &http.Response{
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		StatusCode: rw.Code,
		Header:     rw.sentHeader,
	}
	// The code is three digits wide even when odd, as in Go.
	res.Status = fmt.Sprintf("%03d", rw.Code) + " " + http.StatusText(rw.Code)
	res.Body = http.NoBody
	if rw.Body != nil {
		recorded := bytes.NewReader(rw.Body.Bytes())
		res.Body = io.NopCloser(recorded)
	}
	res.ContentLength = contentLength(res.Header.Get("Content-Length"))
	if declared, ok := rw.sentHeader["Trailer"]; ok {
		res.Trailer = make(http.Header, len(declared))
		for _, line := range declared {
			for _, key := range strings.Split(line, ",") {
				key = http.CanonicalHeaderKey(textproto.TrimString(key))
				switch key {
				case "Transfer-Encoding", "Content-Length", "Trailer":
					continue // not allowed as trailers
				}
				if vals, ok := rw.HeaderMap[key]; ok {
					res.Trailer[key] = append([]string(nil), vals...)
				}
			}
		}
	}
	for key, vals := range rw.HeaderMap {
		name, ok := strings.CutPrefix(key, http.TrailerPrefix)
		if !ok {
			continue
		}
		if res.Trailer == nil {
			res.Trailer = http.Header{}
		}
		for _, v := range vals {
			res.Trailer.Add(name, v)
		}
	}
	rw.result = res
	return res
}

// contentLength parses a Content-Length value, -1 when absent or invalid.
func contentLength(v string) int64 {
	v = textproto.TrimString(v)
	if v == "" {
		return -1
	}
	n, err := strconv.ParseUint(v, 10, 63)
	if err != nil {
		return -1
	}
	return int64(n)
}

// NewRequest is NewRequestWithContext with context.Background.
func NewRequest(method, target string, body io.Reader) *http.Request {
	bg := context.Background()
	return NewRequestWithContext(bg, method, target, body)
}

// NewRequestWithContext returns a request as a server would have received it, for
// passing to a Handler: method (default GET) and target as on a request line (a path
// or an absolute URL, whose host becomes Host; otherwise Host is example.com),
// protocol HTTP/1.1, RemoteAddr 192.0.2.1:1234. A body of a known size (*bytes.Buffer,
// *bytes.Reader, *strings.Reader) sets ContentLength, any other body makes it -1. It
// panics if the arguments do not make a valid request.
func NewRequestWithContext(ctx context.Context, method, target string, body io.Reader) *http.Request {
	if method == "" {
		method = "GET"
	}
	// Parse the target the way a server parses a request line.
	line := method + " " + target + " HTTP/1.0\r\n\r\n"
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(line)))
	if err != nil {
		panic(fmt.Sprintf("invalid NewRequest arguments; %v", err))
	}
	req = req.WithContext(ctx)
	req.Proto, req.ProtoMajor, req.ProtoMinor = "HTTP/1.1", 1, 1
	req.Close = false
	if body != nil {
		switch b := body.(type) {
		case *bytes.Buffer:
			req.ContentLength = int64(b.Len())
		case *bytes.Reader:
			req.ContentLength = int64(b.Len())
		case *strings.Reader:
			req.ContentLength = int64(b.Len())
		default:
			req.ContentLength = -1
		}
		req.Body, _ = body.(io.ReadCloser)
		if req.Body == nil {
			req.Body = io.NopCloser(body)
		}
	}
	req.RemoteAddr = testRemoteAddr
	if req.Host == "" {
		req.Host = "example.com"
	}
	return req
}
