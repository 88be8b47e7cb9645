// Test shim: the flate match search as a plain Go loop.
package flate

func chainSearch(win []byte, prev []uint32, pos, from, limit, nice, chain, base int) (int, int) {
	best, length, dist := shortMatch-1, 0, 0
	here := win[pos : pos+limit]
	oldest := pos - windowSize
	for c := from; chain > 0; chain-- {
		if win[c+best] == here[best] {
			n := 0
			for n < limit && win[c+n] == here[n] {
				n++
			}
			if n > best && (n > shortMatch || pos-c <= 4096) {
				best, length, dist = n, n, pos-c
				if n >= nice {
					break
				}
			}
		}
		if c == oldest {
			break
		}
		c = int(prev[c&(windowSize-1)]) - base
		if c < oldest || c < 0 {
			break
		}
	}
	return length, dist
}
