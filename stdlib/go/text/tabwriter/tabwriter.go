// Package tabwriter aligns tab-terminated cells into columns (Nick Gravgaard's elastic
// tabstops): the cells of column k in a run of consecutive lines that all have a k-th
// terminated cell are padded to the widest of them. Text after a line's last tab is not
// part of any column.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// Flags of a Writer.
const (
	// FilterHTML: HTML tags have width 0 and entities (&...;) width 1.
	FilterHTML uint = 1 << iota
	// StripEscape: drop the Escape characters around escaped text.
	StripEscape
	// AlignRight: pad cells on the left.
	AlignRight
	// DiscardEmptyColumns: columns of empty cells terminated only by '\v' get no width.
	DiscardEmptyColumns
	// TabIndent: pad leading empty cells with tabs whatever the padding character.
	TabIndent
	// Debug: print '|' between columns.
	Debug
)

// Escape brackets text that is passed through uninterpreted (tabs and line breaks in it
// do not count); its width excludes the Escape characters.
const Escape = '\xff'

// cell is one cell of a line: size bytes of buffered text displaying as width columns,
// and whether a hard tab ('\t') ended it.
type cell struct {
	size, width int
	hard        bool
}

// Writer buffers its input until it can align it (a line without tabs, a '\f', or
// Flush), then writes it to its output.
type Writer struct {
	out      io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	text    []byte   // buffered cell text of all lines
	lines   [][]cell // the buffered lines; the last is being filled
	current cell     // the cell being filled
	counted int      // text[:counted] is included in current.width
	closer  byte     // inside an escape, tag or entity: the byte that ends it; else 0
	widths  []int    // widths of the enclosing columns while formatting
	err     error    // the first error writing to out
}

// NewWriter returns a Writer set up as Init does.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	b := &Writer{}
	b.Init(output, minwidth, tabwidth, padding, padchar, flags)
	return b
}

// Init sets up (or resets) b: cells are at least minwidth wide including padding, a tab
// is tabwidth wide, padding is added to every cell, padchar pads (with '\t', padding is
// done with tabs and cells are left-aligned), and flags select options.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	const negative = "negative minwidth, tabwidth, or padding"
	if min(minwidth, tabwidth, padding) < 0 {
		panic(negative)
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	*b = Writer{out: output, minwidth: minwidth, tabwidth: tabwidth, padding: padding, padchar: padchar, flags: flags}
	b.clear()
	return b
}

// clear forgets the buffered input.
func (b *Writer) clear() {
	b.text = b.text[:0]
	b.lines = append(b.lines[:0], nil)
	b.current = cell{}
	b.counted = 0
	b.closer = 0
	b.widths = b.widths[:0]
}

// emit writes p to the output unless an earlier write failed.
func (b *Writer) emit(p []byte) {
	if b.err != nil || len(p) == 0 {
		return
	}
	n, err := b.out.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	b.err = err
}

// emitRepeated writes n copies of c.
func (b *Writer) emitRepeated(c byte, n int) {
	if n <= 0 {
		return
	}
	run := make([]byte, n)
	for i := range run {
		run[i] = c
	}
	b.emit(run)
}

// add buffers text of the current cell.
func (b *Writer) add(p []byte) {
	b.text = append(b.text, p...)
	b.current.size += len(p)
}

// count adds the runes buffered since the last count to the current cell's width.
func (b *Writer) count() {
	b.current.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

// endCell closes the current cell and returns how many cells its line has now.
func (b *Writer) endCell(hard bool) int {
	b.current.hard = hard
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.current)
	b.current = cell{}
	return len(b.lines[last])
}

// openSpecial enters an escape, tag or entity started by c.
func (b *Writer) openSpecial(c byte) {
	switch c {
	case Escape:
		b.closer = Escape
	case '<':
		b.closer = '>'
	case '&':
		b.closer = ';'
	}
}

// closeSpecial leaves an escape (its text counts, its Escape bytes do not), a tag (no
// width) or an entity (width 1).
func (b *Writer) closeSpecial() {
	switch b.closer {
	case Escape:
		b.count()
		if b.flags&StripEscape == 0 {
			b.current.width -= 2
		}
	case ';':
		b.current.width++
	}
	b.counted = len(b.text)
	b.closer = 0
}

// Write buffers buf, writing out what can be aligned already. The only errors are
// those of the output.
func (b *Writer) Write(buf []byte) (int, error) {
	b.err = nil
	start := 0 // buf[start:i] is not buffered yet
	for i, c := range buf {
		if b.closer != 0 {
			if c != b.closer {
				continue
			}
			end := i + 1
			if c == Escape && b.flags&StripEscape != 0 {
				end = i
			}
			b.add(buf[start:end])
			start = i + 1
			b.closeSpecial()
			continue
		}
		switch c {
		case '\t', '\v', '\n', '\f':
			b.add(buf[start:i])
			b.count()
			start = i + 1
			cells := b.endCell(c == '\t')
			if c == '\t' || c == '\v' {
				continue
			}
			b.lines = append(b.lines, []cell(nil))
			// A line with no terminated cell ends every column: what is buffered can
			// be written. A form feed always writes it out.
			if c == '\f' || cells == 1 {
				b.flushAll()
				if c == '\f' && b.flags&Debug != 0 {
					b.emit([]byte("---\n"))
				}
				if b.err != nil {
					// The rest of buf is not looked at; what was consumed counts.
					return start, b.err
				}
			}
		case Escape:
			b.add(buf[start:i])
			b.count()
			start = i
			if b.flags&StripEscape != 0 {
				start++
			}
			b.openSpecial(c)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.add(buf[start:i])
				b.count()
				start = i
				b.openSpecial(c)
			}
		}
	}
	b.add(buf[start:])
	if b.err != nil {
		return 0, b.err
	}
	return len(buf), nil
}

// Flush writes out everything buffered; an unterminated escape counts as complete.
func (b *Writer) Flush() error {
	b.err = nil
	b.flushAll()
	return b.err
}

func (b *Writer) flushAll() {
	if b.current.size > 0 {
		if b.closer != 0 {
			b.closeSpecial()
		}
		b.endCell(false)
	}
	b.layout(0, 0, len(b.lines))
	b.clear()
}

// layout writes lines [from, to) starting at text offset pos, with the columns of
// b.widths already sized, and returns the text offset after them. The next column is
// sized separately for each run of consecutive lines that have a cell in it.
func (b *Writer) layout(pos, from, to int) int {
	col := len(b.widths)
	done := from // lines before done are written
	for i := from; i < to; {
		if !b.inColumn(i, col) {
			i++
			continue
		}
		pos = b.writeLines(pos, done, i)
		// The run of lines with a cell in column col.
		end := i
		width := b.minwidth
		empty := true
		for ; end < to && b.inColumn(end, col); end++ {
			c := b.lines[end][col]
			width = max(width, c.width+b.padding)
			if c.width > 0 || c.hard {
				empty = false
			}
		}
		if empty && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.layout(pos, i, end)
		b.widths = b.widths[:len(b.widths)-1]
		done, i = end, end
	}
	return b.writeLines(pos, done, to)
}

// inColumn reports whether line i has a terminated cell in column col (the last cell of
// a line never belongs to a column).
func (b *Writer) inColumn(i, col int) bool { return col < len(b.lines[i])-1 }

// pad writes the padding that brings text of width w to a cell of width cellw.
func (b *Writer) pad(w, cellw int, tabs bool) {
	if b.padchar != '\t' && !tabs {
		b.emitRepeated(b.padchar, cellw-w)
		return
	}
	if b.tabwidth == 0 {
		return // tabs of no width cannot pad
	}
	// Round the cell up to a tab stop, then count the tabs that reach it.
	stop := (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
	b.emitRepeated('\t', (stop-w+b.tabwidth-1)/b.tabwidth)
}

// writeLines writes lines [from, to) with the current column widths.
func (b *Writer) writeLines(pos, from, to int) int {
	for i := from; i < to; i++ {
		leading := b.flags&TabIndent != 0 // still in the line's leading empty cells
		for j, c := range b.lines[i] {
			if b.flags&Debug != 0 && j > 0 {
				b.emit([]byte{'|'})
			}
			sized := j < len(b.widths)
			switch {
			case c.size == 0:
				if sized {
					b.pad(c.width, b.widths[j], leading)
				}
			case b.flags&AlignRight != 0:
				leading = false
				if sized {
					b.pad(c.width, b.widths[j], false)
				}
				b.emit(b.text[pos : pos+c.size])
				pos += c.size
			default:
				leading = false
				b.emit(b.text[pos : pos+c.size])
				pos += c.size
				if sized {
					b.pad(c.width, b.widths[j], false)
				}
			}
		}
		if i == len(b.lines)-1 {
			// The last line has no line break yet: only its unfinished cell's text.
			b.emit(b.text[pos : pos+b.current.size])
			pos += b.current.size
		} else {
			b.emit([]byte{'\n'})
		}
	}
	return pos
}
