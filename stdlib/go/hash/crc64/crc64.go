// Package crc64 computes 64-bit cyclic redundancy checks (bit-reversed form) with the
// ISO 3309 or ECMA-182 polynomial, or any other, one byte at a time through a table.
package crc64

import "hash"

// Size is the length in bytes of a CRC-64 sum.
const Size = 8

// Polynomials in reversed notation.
const (
	ISO  = 0xD800000000000000
	ECMA = 0xC96C5795D7870F42
)

// Table holds, for each byte value, the remainder the CRC algorithm gives for it.
type Table [256]uint64

var isoTable, ecmaTable = build(ISO), build(ECMA)

func build(poly uint64) *Table {
	t := new(Table)
	for v := range t {
		r := uint64(v)
		for bit := 0; bit < 8; bit++ {
			lsb := r & 1
			r >>= 1
			if lsb != 0 {
				r ^= poly
			}
		}
		t[v] = r
	}
	return t
}

// MakeTable returns the table of poly (in reversed notation); the ISO and ECMA tables
// are shared.
func MakeTable(poly uint64) *Table {
	switch poly {
	case ISO:
		return isoTable
	case ECMA:
		return ecmaTable
	}
	return build(poly)
}

// Update returns the CRC of the data whose CRC was crc followed by p.
func Update(crc uint64, tab *Table, p []byte) uint64 {
	_ = tab[0] // a nil table panics here, not in the native
	return tableUpdate(crc, tab, p)
}

// tableUpdate is Update's loop (native): the register, complemented before and after,
// runs each byte through the table.
func tableUpdate(crc uint64, tab *Table, p []byte) uint64

// Checksum returns the CRC of data with table tab.
func Checksum(data []byte, tab *Table) uint64 { return Update(0, tab, data) }

// New returns a hash.Hash64 computing the CRC with table tab; Sum appends it in
// big-endian order.
func New(tab *Table) hash.Hash64 { return &digest{tab: tab} }

type digest struct {
	tab *Table
	crc uint64
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum64() uint64  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(b []byte) []byte {
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(d.crc>>shift))
	}
	return b
}
