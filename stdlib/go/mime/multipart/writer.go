package multipart

import (
	"fmt"
	"io"
	"maps"
	"math/rand"
	"mime"
	"net/textproto"
	"slices"
	"strings"
)

// Writer generates a multipart body.
type Writer struct {
	w        io.Writer
	boundary string
	open     *partWriter
	wrote    bool
}

// NewWriter returns a Writer with a random boundary, writing to w.
func NewWriter(w io.Writer) *Writer {
	var b [30]byte
	for i := range b {
		b[i] = byte(rand.Intn(256))
	}
	return &Writer{w: w, boundary: fmt.Sprintf("%x", b[:])}
}

// Boundary returns the Writer's boundary.
func (w *Writer) Boundary() string { return w.boundary }

// SetBoundary replaces the random boundary: 1 to 70 bytes of letters, digits and
// '()+_,-./:=? (space allowed but not last).
func (w *Writer) SetBoundary(boundary string) error {
	if n := len(boundary); n == 0 || n > 70 {
		return errBoundaryLength
	}
	for i, c := range []byte(boundary) {
		ok := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.IndexByte("'()+_,-./:=?", c) >= 0 || c == ' ' && i != len(boundary)-1
		if !ok {
			return errBoundaryByte
		}
	}
	w.boundary = boundary
	return nil
}

// FormDataContentType is the Content-Type of the body: multipart/form-data with
// the boundary (quoted when it is not a token).
func (w *Writer) FormDataContentType() string {
	return mime.FormatMediaType("multipart/form-data", map[string]string{"boundary": w.boundary})
}

// CreatePart starts a new part with the given header (keys written sorted) and
// returns the writer of its data. The previous part is finished.
func (w *Writer) CreatePart(header textproto.MIMEHeader) (io.Writer, error) {
	if w.open != nil {
		w.open.closed = true
		w.open = nil
	}
	var b strings.Builder
	if w.wrote {
		b.WriteString("\r\n")
	}
	b.WriteString("--" + w.boundary + "\r\n")
	for _, k := range slices.Sorted(maps.Keys(header)) {
		for _, v := range header[k] {
			b.WriteString(k + ": " + v + "\r\n")
		}
	}
	b.WriteString("\r\n")
	if _, err := io.WriteString(w.w, b.String()); err != nil {
		return nil, err
	}
	w.wrote = true
	w.open = &partWriter{w: w}
	return w.open, nil
}

// quoteParam escapes backslashes and double quotes for a quoted parameter.
func quoteParam(s string) string {
	return strings.NewReplacer("\\", "\\\\", `"`, "\\\"").Replace(s)
}

// CreateFormFile starts a file part (Content-Type application/octet-stream).
func (w *Writer) CreateFormFile(fieldname, filename string) (io.Writer, error) {
	disposition := fmt.Sprintf(`form-data; name="%s"; filename="%s"`, quoteParam(fieldname), quoteParam(filename))
	return w.CreatePart(textproto.MIMEHeader{
		"Content-Disposition": {disposition},
		"Content-Type":        {"application/octet-stream"},
	})
}

// CreateFormField starts a plain field part.
func (w *Writer) CreateFormField(fieldname string) (io.Writer, error) {
	disposition := fmt.Sprintf(`form-data; name="%s"`, quoteParam(fieldname))
	return w.CreatePart(textproto.MIMEHeader{"Content-Disposition": {disposition}})
}

// WriteField writes a whole plain field.
func (w *Writer) WriteField(fieldname, value string) error {
	part, err := w.CreateFormField(fieldname)
	if err == nil {
		_, err = io.WriteString(part, value)
	}
	return err
}

// Close writes the closing delimiter.
func (w *Writer) Close() error {
	if w.open != nil {
		w.open.closed = true
		w.open = nil
	}
	_, err := io.WriteString(w.w, "\r\n--"+w.boundary+"--\r\n")
	return err
}

type partWriter struct {
	w      *Writer
	closed bool
}

func (p *partWriter) Write(b []byte) (int, error) {
	if p.closed {
		return 0, errPartFinished
	}
	return p.w.w.Write(b)
}
