package http

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/textproto"
	"strings"
)

// unsupportedTEError is a Transfer-Encoding minigo cannot decode (a server answers
// it with 501).
type unsupportedTEError struct{ msg string }

func (e *unsupportedTEError) Error() string { return e.msg }

// messageFraming decides how the body of a received message is delimited, from its
// Transfer-Encoding and Content-Length headers (RFC 9112 section 6.3). The headers
// are normalized: a chunked message loses its Content-Length and Transfer-Encoding
// headers.
type messageFraming struct {
	chunked bool
	length  int64 // -1: unknown (chunked, or until the connection closes)
}

func readFraming(h Header, major, minor int, isRequest bool) (messageFraming, error) {
	f := messageFraming{length: -1}
	te, hasTE := h["Transfer-Encoding"]
	if hasTE && !(major == 1 && minor == 0) {
		delete(h, "Transfer-Encoding")
		if len(te) > 1 {
			return f, &unsupportedTEError{fmt.Sprintf("too many transfer encodings: %q", te)}
		}
		if len(te) == 1 && !strings.EqualFold(te[0], "chunked") {
			return f, &unsupportedTEError{fmt.Sprintf("unsupported transfer encoding: %q", te[0])}
		}
		// Chunked framing wins over a Content-Length (RFC 9112 section 6.3 item 3).
		delete(h, "Content-Length")
		f.chunked = true
		return f, nil
	}
	if hasTE {
		delete(h, "Transfer-Encoding") // HTTP/1.0 has no transfer codings
	}
	cl := h["Content-Length"]
	if len(cl) > 1 {
		first := textproto.TrimString(cl[0])
		for _, v := range cl[1:] {
			if textproto.TrimString(v) != first {
				return f, fmt.Errorf("http: message cannot contain multiple Content-Length headers; got %q", cl)
			}
		}
		h["Content-Length"] = []string{first}
		cl = h["Content-Length"]
	}
	if len(cl) == 1 {
		n, ok := parseLength(textproto.TrimString(cl[0]))
		if !ok {
			return f, fmt.Errorf("bad Content-Length %q", cl[0])
		}
		f.length = n
	} else if isRequest {
		f.length = 0 // a request without framing has no body
	}
	return f, nil
}

// parseLength parses a Content-Length: decimal digits only, no sign.
func parseLength(s string) (int64, bool) {
	if s == "" {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n > (1<<63-1-int64(c-'0'))/10 {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// frameRequestBody sets r's ContentLength, TransferEncoding and Body from its header.
func frameRequestBody(r *Request, br *bufio.Reader) error {
	if r.Method == "PRI" && r.RequestURI == "*" && r.Proto == "HTTP/2.0" {
		// The HTTP/2 connection preface: there is no HTTP/1 body to frame.
		r.ContentLength = -1
		r.Close = true
		r.Body = NoBody
		return nil
	}
	f, err := readFraming(r.Header, r.ProtoMajor, r.ProtoMinor, true)
	if err != nil {
		return err
	}
	if r.Trailer, err = declaredTrailer(r.Header, f.chunked); err != nil {
		return err
	}
	switch {
	case f.chunked:
		r.TransferEncoding = []string{"chunked"}
		r.ContentLength = -1
		r.Body = &body{src: newChunkedReader(br), br: br, trailer: &r.Trailer, chunked: true}
	case f.length > 0:
		r.ContentLength = f.length
		r.Body = &body{src: br, lengthed: true, remaining: f.length}
	default:
		r.ContentLength = 0
		r.Body = NoBody
	}
	return nil
}

// declaredTrailer takes the Trailer header of a chunked message out of h and returns
// the trailer keys it announces, each with no value yet. The framing headers may not
// be trailers. Without chunking the Trailer header is left alone and means nothing.
func declaredTrailer(h Header, chunked bool) (Header, error) {
	lines, ok := h["Trailer"]
	if !ok || !chunked {
		return nil, nil
	}
	delete(h, "Trailer")
	t := Header{}
	for _, line := range lines {
		for _, field := range strings.Split(line, ",") {
			name := textproto.TrimString(field)
			if name == "" {
				continue
			}
			name = CanonicalHeaderKey(name)
			if forbiddenTrailer[name] {
				return nil, fmt.Errorf("bad trailer key %q", name)
			}
			t[name] = nil
		}
	}
	if len(t) == 0 {
		return nil, nil
	}
	return t, nil
}

// forbiddenTrailer are the keys a Trailer header may not announce.
var forbiddenTrailer = map[string]bool{"Transfer-Encoding": true, "Trailer": true, "Content-Length": true}

// statusHasBody reports whether a response with this status may have a body
// (RFC 9110: not 1xx, 204 or 304).
func statusHasBody(status int) bool {
	switch {
	case status >= 100 && status <= 199, status == 204, status == 304:
		return false
	}
	return true
}

// frameResponseBody sets resp's ContentLength, TransferEncoding, Close and Body. A
// response to HEAD has no body whatever its headers say.
func frameResponseBody(resp *Response, br *bufio.Reader) error {
	f, err := readFraming(resp.Header, resp.ProtoMajor, resp.ProtoMinor, false)
	if err != nil {
		return err
	}
	if resp.Trailer, err = declaredTrailer(resp.Header, f.chunked); err != nil {
		return err
	}
	resp.Close = wantsClose(resp.ProtoMajor, resp.ProtoMinor, resp.Header)
	if resp.Close && headerHasToken(resp.Header["Connection"], "close") {
		// The client acts on "Connection: close" itself; the header is dropped.
		delete(resp.Header, "Connection")
	}
	noBody := !statusHasBody(resp.StatusCode) || resp.Request != nil && resp.Request.Method == "HEAD"
	if f.chunked {
		resp.TransferEncoding = []string{"chunked"}
	}
	switch {
	case noBody:
		resp.ContentLength = f.length
		if f.chunked || !statusHasBody(resp.StatusCode) {
			resp.ContentLength = 0
		}
		if resp.Request != nil && resp.Request.Method == "HEAD" {
			resp.ContentLength = f.length
		}
		resp.Body = NoBody
	case f.chunked:
		resp.ContentLength = -1
		resp.Body = &body{src: newChunkedReader(br), br: br, trailer: &resp.Trailer, chunked: true}
	case f.length >= 0:
		resp.ContentLength = f.length
		if f.length == 0 {
			resp.Body = NoBody
		} else {
			resp.Body = &body{src: br, lengthed: true, remaining: f.length}
		}
	default:
		// Delimited by the end of the connection.
		resp.ContentLength = -1
		resp.Close = true
		resp.Body = &body{src: br}
	}
	return nil
}

// outgoingBody describes how a message being written frames its body.
type outgoingBody struct {
	body     io.Reader // nil: no body
	closer   io.Closer
	length   int64 // -1 with chunked
	chunked  bool
	close    bool // write "Connection: close"
	sendLen  bool // write Content-Length (even 0)
	trailer  Header
	omitBody bool // headers only (a response to HEAD)
}

// outgoingRequestBody works out the framing of a client request's body. A body of
// unknown length (ContentLength 0 with a Body) is sent chunked; for the methods that
// usually have no body it is probed first, and an empty one is sent as no body.
func outgoingRequestBody(r *Request) (*outgoingBody, error) {
	o := &outgoingBody{close: r.Close, trailer: r.Trailer}
	if r.Body != nil && r.Body != NoBody {
		o.body, o.closer = r.Body, r.Body
	}
	chunkedAsked := len(r.TransferEncoding) > 0 && r.TransferEncoding[0] == "chunked"
	if o.body != nil && r.ContentLength == 0 && !chunkedAsked && methodUsuallyBodiless(r.Method) {
		if !o.probe() {
			o.closer.Close()
			o.closer = nil
		}
		if o.body == nil {
			return o, nil // no body and, for these methods, no Content-Length
		}
	}
	switch {
	case o.body == nil:
		if r.ContentLength > 0 {
			return nil, fmt.Errorf("http: Request.ContentLength=%d with nil Body", r.ContentLength)
		}
		o.length = 0
		o.sendLen = !methodUsuallyBodiless(r.Method)
	case r.ContentLength > 0 && !chunkedAsked:
		o.length = r.ContentLength
		o.sendLen = true
	default:
		o.length, o.chunked = -1, true
	}
	return o, nil
}

// probe reads the first byte of the body: if there is none the body is dropped
// (o.body becomes nil) and probe reports false; otherwise the byte is put back in
// front of the rest.
func (o *outgoingBody) probe() bool {
	var one [1]byte
	n, _ := io.ReadFull(o.body, one[:])
	if n == 0 {
		o.body = nil
		return false
	}
	o.body = io.MultiReader(bytes.NewReader(one[:n]), o.body)
	return true
}

// methodUsuallyBodiless: requests of these methods get no "Content-Length: 0".
func methodUsuallyBodiless(method string) bool {
	switch method {
	case "", "GET", "HEAD", "DELETE", "OPTIONS", "PROPFIND", "SEARCH", "TRACE", "CONNECT":
		return true
	}
	return false
}

func (o *outgoingBody) writeFramingHeaders(w *bufio.Writer) error {
	if o.close {
		w.WriteString("Connection: close\r\n")
	}
	switch {
	case o.chunked:
		w.WriteString("Transfer-Encoding: chunked\r\n")
	case o.sendLen:
		w.WriteString("Content-Length: " + itoa(o.length) + "\r\n")
	}
	if o.chunked && len(o.trailer) > 0 {
		keys := make([]string, 0, len(o.trailer))
		for k := range o.trailer {
			keys = append(keys, CanonicalHeaderKey(k))
		}
		sortStrings(keys)
		_, err := w.WriteString("Trailer: " + strings.Join(keys, ",") + "\r\n")
		return err
	}
	return nil
}

// writeBody copies the body (chunked or exactly length bytes), then the trailer of a
// chunked body, and closes the body.
func (o *outgoingBody) writeBody(w *bufio.Writer) (err error) {
	defer func() {
		if o.closer != nil {
			if cerr := o.closer.Close(); err == nil {
				err = cerr
			}
		}
	}()
	if o.body == nil || o.omitBody {
		if o.chunked && !o.omitBody {
			return writeLastChunk(w, o.trailer)
		}
		return nil
	}
	if o.chunked {
		cw := &chunkedWriter{w: w}
		if _, err := io.Copy(cw, o.body); err != nil {
			return err
		}
		return writeLastChunk(w, o.trailer)
	}
	n, err := io.Copy(w, io.LimitReader(o.body, o.length))
	if err != nil {
		return err
	}
	if n < o.length {
		return fmt.Errorf("http: ContentLength=%d with Body length %d", o.length, n)
	}
	// More data than announced is also an error; the report counts all of it.
	if extra, _ := io.Copy(io.Discard, o.body); extra > 0 {
		return fmt.Errorf("http: ContentLength=%d with Body length %d", o.length, n+extra)
	}
	return nil
}

// writeLastChunk ends a chunked body: the zero chunk, the trailer, an empty line.
func writeLastChunk(w *bufio.Writer, trailer Header) error {
	w.WriteString("0\r\n")
	if err := trailer.writeSubset(w, nil); err != nil {
		return err
	}
	_, err := w.WriteString("\r\n")
	return err
}

