package http

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
)

// Response is the response to a client request: the status line, header and body
// as read from the server (the Body must be closed by the caller).
type Response struct {
	Status     string // "200 OK"
	StatusCode int    // 200
	Proto      string // "HTTP/1.0"
	ProtoMajor int
	ProtoMinor int

	Header Header
	Body   io.ReadCloser

	ContentLength    int64 // -1: unknown
	TransferEncoding []string
	Close            bool // the connection ends after this response

	// Uncompressed reports a body the transport decompressed (minigo's transport
	// never asks for compression, so it stays false).
	Uncompressed bool

	Trailer Header

	Request *Request // the request this answers
}

// Cookies parses the Set-Cookie headers.
func (r *Response) Cookies() []*Cookie { return responseCookies(r.Header) }

var (
	// ErrNoLocation is returned by Response.Location when there is no Location header.
	ErrNoLocation = errors.New("http: no Location header in response")
)

// Location returns the Location header resolved against the request's URL.
func (r *Response) Location() (*url.URL, error) {
	loc := r.Header.Get("Location")
	if loc == "" {
		return nil, ErrNoLocation
	}
	var base *url.URL
	if r.Request != nil {
		base = r.Request.URL
	}
	if base == nil {
		return url.Parse(loc)
	}
	return base.Parse(loc)
}

// ProtoAtLeast reports whether the response's protocol is major.minor or newer.
func (r *Response) ProtoAtLeast(major, minor int) bool {
	if r.ProtoMajor != major {
		return r.ProtoMajor > major
	}
	return r.ProtoMinor >= minor
}

// ReadResponse reads a response to req (which may be nil: a GET is assumed) from r.
func ReadResponse(r *bufio.Reader, req *Request) (*Response, error) {
	lines := textproto.NewReader(r)
	first, err := lines.ReadLine()
	if err != nil {
		return nil, eofIsUnexpected(err)
	}
	resp := &Response{Request: req}
	proto, status, found := strings.Cut(first, " ")
	if !found {
		return nil, fmt.Errorf("malformed HTTP response %q", first)
	}
	resp.Proto = proto
	resp.Status = strings.TrimLeftFunc(status, func(c rune) bool { return c == ' ' })
	code, _, _ := strings.Cut(resp.Status, " ")
	if len(code) != 3 {
		return nil, fmt.Errorf("malformed HTTP status code %q", code)
	}
	if resp.StatusCode, err = strconv.Atoi(code); err != nil || resp.StatusCode < 0 {
		return nil, fmt.Errorf("malformed HTTP status code %q", code)
	}
	var ok bool
	if resp.ProtoMajor, resp.ProtoMinor, ok = ParseHTTPVersion(proto); !ok {
		return nil, fmt.Errorf("malformed HTTP version %q", proto)
	}
	h, err := lines.ReadMIMEHeader()
	if err != nil {
		return nil, eofIsUnexpected(err)
	}
	resp.Header = Header(h)
	if p := resp.Header["Pragma"]; len(p) > 0 && p[0] == "no-cache" && !resp.Header.present("Cache-Control") {
		resp.Header["Cache-Control"] = []string{"no-cache"}
	}
	if err := frameResponseBody(resp, r); err != nil {
		return nil, err
	}
	return resp, nil
}

// statusLine returns "HTTP/x.y NNN Reason\r\n".
func statusLine(major, minor, code int, reason string) string {
	if code == 200 && major == 1 && minor == 1 && reason == "" {
		return "HTTP/1.1 200 OK\r\n" // the common case, without building it
	}
	if reason == "" {
		reason = StatusText(code)
		if reason == "" {
			reason = "status code " + strconv.Itoa(code)
		}
	}
	var c [3]byte
	c[0], c[1], c[2] = byte('0'+code/100%10), byte('0'+code/10%10), byte('0'+code%10)
	return "HTTP/" + strconv.Itoa(major) + "." + strconv.Itoa(minor) + " " + string(c[:]) + " " + reason + "\r\n"
}

// Write writes r in HTTP/1.x server wire format. A Body with ContentLength 0 is
// probed: an empty one is no body, otherwise its length is unknown. A body of unknown
// length is chunked if TransferEncoding says so, else delimited by the end of the
// connection ("Connection: close" for HTTP/1.1). The body is closed afterwards.
func (r *Response) Write(w io.Writer) error {
	reason := strings.TrimPrefix(r.Status, strconv.Itoa(r.StatusCode)+" ")
	bw := bufio.NewWriter(w)
	bw.WriteString(statusLine(r.ProtoMajor, r.ProtoMinor, r.StatusCode, reason))

	o := &outgoingBody{close: r.Close, trailer: r.Trailer, length: r.ContentLength}
	if r.Body != nil && r.Body != NoBody {
		o.body, o.closer = r.Body, r.Body
		if o.length == 0 && !o.probe() {
			o.length = 0
		} else if o.length == 0 {
			o.length = -1
		}
	}
	headOnly := r.Request != nil && r.Request.Method == "HEAD"
	chunked := len(r.TransferEncoding) > 0 && r.TransferEncoding[0] == "chunked"
	switch {
	case chunked && o.body != nil:
		o.chunked, o.length = true, -1
	case headOnly:
		o.sendLen = o.length > 0
		o.omitBody = true
	case o.body == nil:
		// Without a body only an explicit zero length is announced.
		o.sendLen = o.length == 0 && statusHasBody(r.StatusCode)
		o.length = 0
		if r.ContentLength < 0 && r.ProtoAtLeast(1, 1) && statusHasBody(r.StatusCode) {
			o.close = true
		}
	case o.length > 0:
		o.sendLen = true
	case r.ProtoAtLeast(1, 1):
		// Only the end of the connection can delimit this body.
		o.close = true
	}
	if err := o.writeFramingHeaders(bw); err != nil {
		return err
	}
	if err := r.Header.writeSubset(bw, respWriteOwn); err != nil {
		return err
	}
	bw.WriteString("\r\n")
	if o.body != nil && o.length < 0 && !o.chunked && !o.omitBody {
		// Copy everything the body has.
		if _, err := io.Copy(bw, o.body); err != nil {
			return err
		}
		o.closer.Close()
	} else if err := o.writeBody(bw); err != nil {
		bw.Flush()
		return err
	}
	return bw.Flush()
}

// respWriteOwn are headers Response.Write derives itself.
var respWriteOwn = map[string]bool{"Content-Length": true, "Transfer-Encoding": true, "Trailer": true}
