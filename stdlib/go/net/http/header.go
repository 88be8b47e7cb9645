package http

import (
	"io"
	"net/textproto"
	"sort"
	"strings"
	"time"
)

// Header maps canonical header names to their values. The methods canonicalize the
// key; indexing the map directly does not.
type Header map[string][]string

// Add appends value to the values of key.
func (h Header) Add(key, value string) { textproto.MIMEHeader(h).Add(key, value) }

// Set makes value the only value of key.
func (h Header) Set(key, value string) { textproto.MIMEHeader(h).Set(key, value) }

// Get returns the first value of key, or "".
func (h Header) Get(key string) string { return textproto.MIMEHeader(h).Get(key) }

// Values returns the values of key (not a copy).
func (h Header) Values(key string) []string { return textproto.MIMEHeader(h).Values(key) }

// Del removes key.
func (h Header) Del(key string) { textproto.MIMEHeader(h).Del(key) }

// first is Get for a key known to be canonical.
func (h Header) first(canonical string) string {
	vs := h[canonical]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// present reports whether a canonical key is in h, even with no values.
func (h Header) present(canonical string) bool {
	_, in := h[canonical]
	return in
}

// Write writes h in wire format ("Key: value\r\n" lines, keys sorted).
func (h Header) Write(w io.Writer) error { return h.writeSubset(w, nil) }

// WriteSubset is Write without the keys for which exclude is true.
func (h Header) WriteSubset(w io.Writer, exclude map[string]bool) error {
	return h.writeSubset(w, exclude)
}

// Clone returns a deep copy of h (nil for nil).
func (h Header) Clone() Header {
	if h == nil {
		return nil
	}
	total := 0
	for _, vs := range h {
		total += len(vs)
	}
	// One backing array for all the value slices.
	store := make([]string, total)
	dup := make(Header, len(h))
	for k, vs := range h {
		if vs == nil {
			dup[k] = nil
			continue
		}
		n := copy(store, vs)
		dup[k] = store[:n:n]
		store = store[n:]
	}
	return dup
}

// headerValue makes a value safe for one header line: CR and LF become spaces and
// surrounding white space is trimmed.
func headerValue(v string) string {
	if strings.IndexByte(v, '\n') >= 0 || strings.IndexByte(v, '\r') >= 0 {
		b := []byte(v)
		for i, c := range b {
			if c == '\n' || c == '\r' {
				b[i] = ' '
			}
		}
		v = string(b)
	}
	return textproto.TrimString(v)
}

func (h Header) writeSubset(w io.Writer, exclude map[string]bool) error {
	if len(h) == 0 {
		return nil
	}
	keys := make([]string, 0, len(h))
	for k := range h {
		if !exclude[k] && isToken(k) { // keys that are not valid field names are skipped
			keys = append(keys, k)
		}
	}
	if len(keys) > 8 {
		sort.Strings(keys)
	} else {
		// Insertion sort: headers usually have a handful of keys.
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
	}
	var line []byte
	for _, k := range keys {
		for _, v := range h[k] {
			line = append(line[:0], k...)
			line = append(line, ": "...)
			line = append(line, headerValue(v)...)
			line = append(line, '\r', '\n')
			if _, err := w.Write(line); err != nil {
				return err
			}
		}
	}
	return nil
}

// CanonicalHeaderKey returns s in canonical form ("content-type" →
// "Content-Type"); s is returned unchanged if it is not a valid header name.
func CanonicalHeaderKey(s string) string { return textproto.CanonicalMIMEHeaderKey(s) }

const (
	// TimeFormat is the layout of dates in HTTP headers (always GMT, so format UTC
	// times with it).
	TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"
)

// ParseTime parses an HTTP date in any of the three formats HTTP/1.1 allows:
// TimeFormat, time.RFC850 and time.ANSIC.
func ParseTime(text string) (t time.Time, err error) {
	if t, err = time.Parse(TimeFormat, text); err == nil {
		return t, nil
	}
	if t, err = time.Parse(time.RFC850, text); err == nil {
		return t, nil
	}
	return time.Parse(time.ANSIC, text)
}

// listHas reports whether the comma-separated list v contains token, ignoring case.
func listHas(v, token string) bool {
	for v != "" {
		item := v
		if i := strings.IndexByte(v, ','); i >= 0 {
			item, v = v[:i], v[i+1:]
		} else {
			v = ""
		}
		if strings.EqualFold(textproto.TrimString(item), token) {
			return true
		}
	}
	return false
}

// headerHasToken is listHas over all the values of one header.
func headerHasToken(values []string, token string) bool {
	for _, v := range values {
		if listHas(v, token) {
			return true
		}
	}
	return false
}

const (
	// TrailerPrefix marks a header key set after the status was sent as a trailer:
	// "Trailer:Name" in ResponseWriter.Header() is sent as trailer "Name".
	TrailerPrefix = "Trailer:"
)
