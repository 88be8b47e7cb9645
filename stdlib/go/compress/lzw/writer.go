package lzw

import (
	"bufio"
	"io"
)

// Writer compresses to an underlying writer. It emits a clear code first, a code per
// longest known string, and restarts the table with a clear code when the next entry
// would be code 4095.
type Writer struct {
	dst      io.ByteWriter
	buffered *bufio.Writer // dst, when the destination is not a ByteWriter
	order    Order
	litWidth int
	err      error

	acc   uint32
	nbits uint

	clear   int
	width   int
	newest  int // the newest entry's code (clear+1 after a restart)
	started bool // the opening clear code is written
	cur     int // the code of the pending string, -1 when none
	// dict maps a string (its prefix code << 8 | next byte) to its code.
	dict map[uint32]uint16
}

// NewWriter returns a writer compressing into w with the given bit order and literal
// width (2 to 8); bytes written must be below 1<<litWidth.
func NewWriter(w io.Writer, order Order, litWidth int) io.WriteCloser {
	z := new(Writer)
	z.Reset(w, order, litWidth)
	return z
}

// Reset makes z compress a new stream into dst.
func (z *Writer) Reset(dst io.Writer, order Order, litWidth int) {
	*z = Writer{order: order, litWidth: litWidth, cur: -1}
	if bw, ok := dst.(io.ByteWriter); ok {
		z.dst = bw
	} else {
		z.buffered = bufio.NewWriter(dst)
		z.dst = z.buffered
	}
	if err := checkParams(order, litWidth); err != nil {
		z.err = err
		return
	}
	z.clear = 1 << litWidth
	z.restart()
}

func (z *Writer) restart() {
	z.width = z.litWidth + 1
	z.newest = z.clear + 1
	if z.dict == nil || len(z.dict) > 0 {
		z.dict = make(map[uint32]uint16)
	}
}

// emit writes one code of the current width.
func (z *Writer) emit(c int) error {
	if z.order == LSB {
		z.acc |= uint32(c) << z.nbits
		z.nbits += uint(z.width)
		for z.nbits >= 8 {
			if err := z.dst.WriteByte(byte(z.acc)); err != nil {
				return err
			}
			z.acc >>= 8
			z.nbits -= 8
		}
		return nil
	}
	z.acc |= uint32(c) << (32 - uint(z.width) - z.nbits)
	z.nbits += uint(z.width)
	for z.nbits >= 8 {
		if err := z.dst.WriteByte(byte(z.acc >> 24)); err != nil {
			return err
		}
		z.acc <<= 8
		z.nbits -= 8
	}
	return nil
}

// emitString writes the code of the pending string and accounts for the entry the
// decoder will define from it: the width grows when that entry's code needs another
// bit, and at code 4095 the table restarts with a clear code (reported by full).
func (z *Writer) emitString(c int) (full bool, err error) {
	if !z.started {
		// The stream opens with a clear code, written with the first code.
		z.started = true
		if err := z.emit(z.clear); err != nil {
			return false, err
		}
	}
	if err := z.emit(c); err != nil {
		return false, err
	}
	z.newest++
	if z.newest == 1<<uint(z.width) {
		z.width++
	}
	if z.newest == tableMax-1 {
		if err := z.emit(z.clear); err != nil {
			return false, err
		}
		z.restart()
		return true, nil
	}
	return false, nil
}

// Write compresses p.
func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	limit := byte(z.clear - 1)
	for _, b := range p {
		if b > limit {
			z.err = errTooLarge
			return 0, z.err
		}
	}
	for _, b := range p {
		if z.cur < 0 {
			z.cur = int(b)
			continue
		}
		key := uint32(z.cur)<<8 | uint32(b)
		if code, ok := z.dict[key]; ok {
			z.cur = int(code)
			continue
		}
		full, err := z.emitString(z.cur)
		if err != nil {
			z.err = err
			return 0, err
		}
		if !full {
			z.dict[key] = uint16(z.newest)
		}
		z.cur = int(b)
	}
	return len(p), nil
}

// Close writes the pending string, the end code and the last partial byte, and flushes.
// It does not close the underlying writer; writes after Close fail.
func (z *Writer) Close() error {
	if z.err != nil {
		if z.err == errClosed {
			return nil
		}
		return z.err
	}
	z.err = errClosed
	if !z.started {
		z.started = true
		if err := z.emit(z.clear); err != nil {
			return err
		}
	}
	if z.cur >= 0 {
		if _, err := z.emitString(z.cur); err != nil {
			return err
		}
	}
	if err := z.emit(z.clear + 1); err != nil {
		return err
	}
	if z.nbits > 0 {
		var last byte
		if z.order == LSB {
			last = byte(z.acc)
		} else {
			last = byte(z.acc >> 24)
		}
		if err := z.dst.WriteByte(last); err != nil {
			return err
		}
	}
	if z.buffered != nil {
		return z.buffered.Flush()
	}
	return nil
}
