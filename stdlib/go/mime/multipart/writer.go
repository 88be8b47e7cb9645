package multipart

import (
	"errors"
	"fmt"
	"io"
	"math/rand"
	"net/textproto"
	"sort"
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
	if len(boundary) < 1 || len(boundary) > 70 {
		return errors.New("mime: invalid boundary length")
	}
	for i := 0; i < len(boundary); i++ {
		c := boundary[i]
		ok := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.IndexByte("'()+_,-./:=?", c) >= 0 || c == ' ' && i != len(boundary)-1
		if !ok {
			return errors.New("mime: invalid boundary character")
		}
	}
	w.boundary = boundary
	return nil
}

// FormDataContentType returns the Content-Type of the body: multipart/form-data with
// the boundary (quoted when it needs to be).
func (w *Writer) FormDataContentType() string {
	b := w.boundary
	if strings.ContainsAny(b, "()<>@,;:\\\"/[]?= ") {
		b = `"` + b + `"`
	}
	return "multipart/form-data; boundary=" + b
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
	keys := make([]string, 0, len(header))
	for k := range header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
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
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, quoteParam(fieldname), quoteParam(filename)))
	h.Set("Content-Type", "application/octet-stream")
	return w.CreatePart(h)
}

// CreateFormField starts a plain field part.
func (w *Writer) CreateFormField(fieldname string) (io.Writer, error) {
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"`, quoteParam(fieldname)))
	return w.CreatePart(h)
}

// WriteField writes a whole plain field.
func (w *Writer) WriteField(fieldname, value string) error {
	p, err := w.CreateFormField(fieldname)
	if err != nil {
		return err
	}
	_, err = io.WriteString(p, value)
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
		return 0, errors.New("multipart: can't write to finished part")
	}
	return p.w.w.Write(b)
}
