package io

// MultiReader reads its readers one after the other: a reader's EOF moves on to the
// next one, the last one's EOF is the result's, and any other error stops there.
func MultiReader(readers ...Reader) Reader {
	return &multiReader{queue: append([]Reader(nil), readers...)}
}

type multiReader struct {
	queue []Reader // readers not yet exhausted, current first
}

// exhausted stands in for a finished reader, so that the reader can be collected
// while a slice shared with a nested MultiReader stays readable.
type exhausted struct{}

func (exhausted) Read([]byte) (int, error) { return 0, EOF }

// drop moves past the current reader.
func (m *multiReader) drop() {
	m.queue[0] = exhausted{}
	m.queue = m.queue[1:]
}

func (m *multiReader) Read(p []byte) (int, error) {
	for len(m.queue) > 0 {
		// A lone nested MultiReader is replaced by its own queue, so deep nesting
		// does not make deep calls.
		if inner, ok := m.queue[0].(*multiReader); ok && len(m.queue) == 1 {
			m.queue = inner.queue
			continue
		}
		n, err := m.queue[0].Read(p)
		if err != EOF {
			return n, err
		}
		m.drop()
		if n > 0 {
			if len(m.queue) > 0 {
				return n, nil
			}
			return n, EOF
		}
	}
	return 0, EOF
}

// WriteTo copies every remaining reader to w through one shared 32 KiB buffer.
func (m *multiReader) WriteTo(w Writer) (int64, error) {
	return m.writeAll(w, make([]byte, copyChunk))
}

func (m *multiReader) writeAll(w Writer, buf []byte) (total int64, err error) {
	for len(m.queue) > 0 {
		var n int64
		if inner, ok := m.queue[0].(*multiReader); ok {
			n, err = inner.writeAll(w, buf)
		} else {
			n, err = copyThrough(w, m.queue[0], buf)
		}
		total += n
		if err != nil {
			return total, err
		}
		m.queue = m.queue[1:]
	}
	m.queue = nil
	return total, nil
}

// MultiWriter writes each Write to all of its writers in order, stopping at the first
// that fails or takes less than everything (ErrShortWrite). Nested MultiWriters are
// flattened.
func MultiWriter(writers ...Writer) Writer {
	var flat []Writer
	for _, w := range writers {
		if inner, ok := w.(*multiWriter); ok {
			flat = append(flat, inner.targets...)
		} else {
			flat = append(flat, w)
		}
	}
	return &multiWriter{flat}
}

type multiWriter struct {
	targets []Writer
}

func (m *multiWriter) Write(p []byte) (int, error) {
	for _, w := range m.targets {
		n, err := w.Write(p)
		if err == nil && n != len(p) {
			err = ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return len(p), nil
}

func (m *multiWriter) WriteString(s string) (int, error) {
	var asBytes []byte // made the first time a target lacks WriteString
	for _, w := range m.targets {
		var n int
		var err error
		switch w := w.(type) {
		case StringWriter:
			n, err = w.WriteString(s)
		default:
			if asBytes == nil {
				asBytes = []byte(s)
			}
			n, err = w.Write(asBytes)
		}
		if err == nil && n != len(s) {
			err = ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return len(s), nil
}
