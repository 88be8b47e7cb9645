// Package crc32 computes 32-bit cyclic redundancy checks in the bit-reversed form used
// by Ethernet, gzip, zlib and PNG (IEEE), by iSCSI and ext4 (Castagnoli), or with any
// other polynomial, one byte at a time through a 256-entry table.
package crc32

import (
	"hash"
	"sync"
)

// Size is the length in bytes of a CRC-32 sum.
const Size = 4

// Polynomials in reversed notation (the bit for x^0 is the highest).
const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

// Table holds, for each byte value, the remainder the CRC algorithm gives for it.
type Table [256]uint32

// IEEETable is the table of the IEEE polynomial.
var IEEETable = build(IEEE)

var (
	cacheMu sync.Mutex
	cache   map[uint32]*Table // tables of other well-known polynomials, made once
)

// build computes the table of poly: entry v is v's CRC, dividing bit by bit.
func build(poly uint32) *Table {
	t := new(Table)
	for v := range t {
		r := uint32(v)
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

// MakeTable returns the table of poly (in reversed notation). Tables of IEEE and
// Castagnoli are shared; others are new each time.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		cacheMu.Lock()
		defer cacheMu.Unlock()
		if cache == nil {
			cache = map[uint32]*Table{}
		}
		t := cache[poly]
		if t == nil {
			t = build(poly)
			cache[poly] = t
		}
		return t
	}
	return build(poly)
}

// Update returns the CRC of the data whose CRC was crc followed by p.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	_ = tab[0] // a nil table panics here, not in the native
	return tableUpdate(crc, tab, p)
}

// tableUpdate is Update's loop (native): the register, complemented before and after,
// runs each byte through the table.
func tableUpdate(crc uint32, tab *Table, p []byte) uint32

// Checksum returns the CRC of data with table tab.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// New returns a hash.Hash32 computing the CRC with table tab. Its Sum appends the CRC
// in big-endian order.
func New(tab *Table) hash.Hash32 { return &digest{tab: tab} }

// NewIEEE returns a hash.Hash32 computing the IEEE CRC.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

type digest struct {
	tab *Table
	crc uint32
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(b []byte) []byte {
	c := d.crc
	return append(b, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
}
