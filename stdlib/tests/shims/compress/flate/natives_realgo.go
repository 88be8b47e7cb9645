// Test shim: the flate match search as a plain Go loop.
package flate

func chainSearch(win []byte, prev []int32, pos, cand, limit, have, chain, nice int) (int, int) {
	bestLen, bestDist := 0, 0
	if have >= limit {
		return 0, 0
	}
	for cand >= 0 && chain > 0 && pos-cand <= windowSize {
		if cand < pos && (have < minMatch || win[cand+have] == win[pos+have]) {
			n := 0
			for n < limit && win[cand+n] == win[pos+n] {
				n++
			}
			if n > have && n >= minMatch {
				have, bestLen, bestDist = n, n, pos-cand
				if n >= nice || n == limit {
					break
				}
			}
		}
		next := int(prev[cand&(windowSize-1)]) - 1
		if next >= cand {
			break
		}
		cand = next
		chain--
	}
	return bestLen, bestDist
}
