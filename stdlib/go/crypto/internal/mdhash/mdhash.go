// Package mdhash holds what the Merkle–Damgård hashes of the standard library (MD5,
// SHA-1, SHA-2) share: buffering input into blocks, the final padding, and the
// MarshalBinary state format. Each hash package keeps its own state words and its
// block function (a native).
package mdhash

import "errors"

// Absorb feeds p to a hash whose partial block is buf[:n] (len(buf) is the block
// size): whole blocks go to block, and the new partial length is returned.
func Absorb(buf []byte, n int, p []byte, block func([]byte)) int {
	size := len(buf)
	if n > 0 {
		k := copy(buf[n:], p)
		n += k
		p = p[k:]
		if n < size {
			return n
		}
		block(buf)
		n = 0
	}
	if whole := len(p) / size * size; whole > 0 {
		block(p[:whole])
		p = p[whole:]
	}
	return copy(buf, p)
}

// Padding is what ends a message of total bytes: 0x80, zeros, and the length in bits
// in lenBytes bytes (big-endian, or little-endian for MD5), so that the message
// becomes a whole number of blocks.
func Padding(total uint64, blockSize, lenBytes int, littleEndian bool) []byte {
	used := int(total%uint64(blockSize)) + 1 + lenBytes
	zeros := (blockSize - used%blockSize) % blockSize
	pad := make([]byte, 1+zeros+lenBytes)
	pad[0] = 0x80
	bits := total << 3
	for i := 0; i < 8; i++ {
		b := byte(bits >> (8 * i))
		if littleEndian {
			pad[1+zeros+i] = b
		} else {
			pad[len(pad)-1-i] = b
		}
	}
	return pad
}

// PutWords appends each word as size big-endian bytes.
func PutWords(out []byte, size int, words ...uint64) []byte {
	for _, w := range words {
		for i := size - 1; i >= 0; i-- {
			out = append(out, byte(w>>(8*i)))
		}
	}
	return out
}

// Word reads a big-endian word of size bytes from b.
func Word(b []byte, size int) uint64 {
	var w uint64
	for _, c := range b[:size] {
		w = w<<8 | uint64(c)
	}
	return w
}

// State is a hash's state as MarshalBinary writes it: magic, the state words (each
// wordSize bytes, big-endian), the block buffer padded with zeros, and the number of
// bytes hashed (8 bytes, big-endian).
type State struct {
	Magic    string
	Words    []uint64
	WordSize int
	Buf      []byte // the buffered bytes (at most one block)
	Block    int
	Total    uint64
}

// Marshal encodes s.
func (s *State) Marshal() []byte {
	out := make([]byte, 0, len(s.Magic)+len(s.Words)*s.WordSize+s.Block+8)
	out = append(out, s.Magic...)
	out = PutWords(out, s.WordSize, s.Words...)
	out = append(out, s.Buf...)
	out = append(out, make([]byte, s.Block-len(s.Buf))...)
	return PutWords(out, 8, s.Total)
}

// Unmarshal decodes b into s, whose Magic, WordSize, Block and len(Words) say what to
// expect; pkg names the package in the errors.
func (s *State) Unmarshal(pkg string, b []byte) error {
	if len(b) < len(s.Magic) || string(b[:len(s.Magic)]) != s.Magic {
		return errors.New(pkg + ": invalid hash state identifier")
	}
	if len(b) != len(s.Magic)+len(s.Words)*s.WordSize+s.Block+8 {
		return errors.New(pkg + ": invalid hash state size")
	}
	b = b[len(s.Magic):]
	for i := range s.Words {
		s.Words[i] = Word(b, s.WordSize)
		b = b[s.WordSize:]
	}
	s.Total = Word(b[s.Block:], 8)
	s.Buf = b[:s.Total%uint64(s.Block)]
	return nil
}
