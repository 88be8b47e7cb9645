// Test shim: the crc32 native as a plain Go loop.
package crc32

func tableUpdate(crc uint32, tab *Table, p []byte) uint32 {
	r := ^crc
	for _, b := range p {
		r = tab[byte(r)^b] ^ r>>8
	}
	return ^r
}
