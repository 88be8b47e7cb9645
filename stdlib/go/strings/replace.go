package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for concurrent use
// by multiple goroutines.
type Replacer struct {
	old, new []string
	// first marks the bytes that start a non-empty old string.
	first [256]bool
	// emptyNew is the replacement of the first empty old string, if hasEmpty.
	hasEmpty bool
	emptyNew string
	// byteMap is set when every old string is one byte and every new one is one byte.
	byteMap *[256]byte
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string, without
// overlapping matches, and comparisons are done in argument order. NewReplacer panics
// if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{}
	allBytes := true
	for i := 0; i < len(oldnew); i += 2 {
		old, new := oldnew[i], oldnew[i+1]
		if len(old) != 1 || len(new) != 1 {
			allBytes = false
		}
		if old == "" {
			if !r.hasEmpty {
				r.hasEmpty = true
				r.emptyNew = new
			}
		} else {
			r.first[old[0]] = true
		}
		r.old = append(r.old, old)
		r.new = append(r.new, new)
	}
	if allBytes {
		var m [256]byte
		for i := range m {
			m[i] = byte(i)
		}
		// Earlier pairs take precedence.
		for i := len(r.old) - 1; i >= 0; i-- {
			m[r.old[i][0]] = r.new[i][0]
		}
		r.byteMap = &m
	}
	return r
}

// lookup returns the replacement for the best match at the start of s: the first old
// string in argument order that is a prefix of s (the empty string is skipped when
// ignoreEmpty).
func (r *Replacer) lookup(s string, ignoreEmpty bool) (val string, keylen int, found bool) {
	for i, old := range r.old {
		if old == "" {
			if ignoreEmpty {
				continue
			}
			return r.new[i], 0, true
		}
		if len(s) >= len(old) && s[:len(old)] == old {
			return r.new[i], len(old), true
		}
	}
	return "", 0, false
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	if r.byteMap != nil {
		var b []byte
		for i := 0; i < len(s); i++ {
			c := s[i]
			if nc := r.byteMap[c]; nc != c {
				if b == nil {
					b = []byte(s)
				}
				b[i] = nc
			}
		}
		if b == nil {
			return s
		}
		return string(b)
	}
	var b []byte
	changed := false
	r.apply(s, func(chunk string) {
		b = append(b, chunk...)
	}, &changed)
	if !changed {
		return s
	}
	return string(b)
}

// apply runs the replacement over s, passing the output in chunks to emit.
func (r *Replacer) apply(s string, emit func(string), changed *bool) {
	last := 0
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		// Fast path: s[i] starts no old string and there is no empty one.
		if i != len(s) && !r.hasEmpty && !r.first[s[i]] {
			i++
			continue
		}
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if match {
			*changed = true
			emit(s[last:i])
			emit(val)
			i += keylen
			last = i
			continue
		}
		i++
	}
	if last != len(s) {
		emit(s[last:])
	}
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	if r.byteMap != nil {
		return io.WriteString(w, r.Replace(s))
	}
	changed := false
	r.apply(s, func(chunk string) {
		if err != nil || chunk == "" {
			return
		}
		var m int
		m, err = io.WriteString(w, chunk)
		n += m
	}, &changed)
	return n, err
}
