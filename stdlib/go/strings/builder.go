package strings

import "unicode/utf8"

// Builder accumulates text in a byte buffer that String shares instead of copying
// (written bytes are never changed). A Builder that has been written to must not be
// copied.
type Builder struct {
	self *Builder // the Builder's own address once used, to detect copies
	buf  []byte
}

func (b *Builder) use() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string { return bytesToString(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) Cap() int       { return cap(b.buf) }

// Reset empties b; b may then be copied again.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// Grow makes room for n more bytes without reallocating; n < 0 panics.
func (b *Builder) Grow(n int) {
	b.use()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if need := len(b.buf) + n; need > cap(b.buf) {
		// Double the capacity plus n, as Go does (Cap shows it).
		b.buf = append(make([]byte, 0, 2*cap(b.buf)+n), b.buf...)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.use()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.use()
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	b.use()
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	b.buf = append(b.buf, enc[:n]...)
	return n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.use()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
