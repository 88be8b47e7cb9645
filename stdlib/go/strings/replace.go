package strings

import "io"

// Replacer substitutes strings for strings. At each position of the input the first
// old string in argument order that matches there wins, and scanning goes on after it;
// an empty old string matches between any two bytes and at both ends.
type Replacer struct {
	olds, news []string
	starts     [256]bool // first bytes of the non-empty old strings
	oneStart   int       // the only such first byte, or -1
	empty      bool      // some old string is empty
}

// NewReplacer takes old, new pairs; an odd count panics.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oneStart: -1}
	for pair := range len(oldnew) / 2 {
		old := oldnew[2*pair]
		r.olds = append(r.olds, old)
		r.news = append(r.news, oldnew[2*pair+1])
		if old == "" {
			r.empty = true
			continue
		}
		r.starts[old[0]] = true
	}
	n := 0
	for c, ok := range r.starts {
		if ok {
			n++
			r.oneStart = c
		}
	}
	if n != 1 {
		r.oneStart = -1
	}
	return r
}

// match is the index of the old string that wins at s[at:], or -1.
func (r *Replacer) match(s string, at int, skipEmpty bool) int {
	for k, old := range r.olds {
		if old == "" {
			if !skipEmpty {
				return k
			}
		} else if HasPrefix(s[at:], old) {
			return k
		}
	}
	return -1
}

// nextStart is the first position from at on where some old string may match.
func (r *Replacer) nextStart(s string, at int) int {
	if r.empty || at >= len(s) {
		return at
	}
	if r.oneStart >= 0 {
		if i := IndexByte(s[at:], byte(r.oneStart)); i >= 0 {
			return at + i
		}
		return len(s)
	}
	for at < len(s) && !r.starts[s[at]] {
		at++
	}
	return at
}

func (r *Replacer) replace(s string) (out []byte, changed bool) {
	copied := 0 // s[:copied] is in out
	skipEmpty := false
	for at := r.nextStart(s, 0); at <= len(s); {
		k := -1
		if at < len(s) || r.empty {
			k = r.match(s, at, skipEmpty)
		}
		if k < 0 {
			if at >= len(s) {
				break
			}
			at = r.nextStart(s, at+1)
			skipEmpty = false
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(s)+len(r.news[k]))
		}
		out = append(out, s[copied:at]...)
		out = append(out, r.news[k]...)
		if r.olds[k] == "" {
			skipEmpty = true
		} else {
			at += len(r.olds[k])
			skipEmpty = false
		}
		copied = at
	}
	if out == nil {
		return nil, false
	}
	return append(out, s[copied:]...), true
}

// Replace returns s with every replacement made.
func (r *Replacer) Replace(s string) string {
	out, changed := r.replace(s)
	if !changed {
		return s
	}
	return bytesToString(out)
}

// WriteString writes s with every replacement made to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	out, changed := r.replace(s)
	if !changed {
		return io.WriteString(w, s)
	}
	return w.Write(out)
}
