// Package draw composites images: Porter-Duff "source over destination" and "source"
// through an optional mask, and Floyd-Steinberg error diffusion onto paletted images.
package draw

import (
	"image"
	"image/color"
)

// Image is an image.Image whose pixels can be set.
type Image interface {
	image.Image
	Set(x, y int, c color.Color)
}

// RGBA64Image is an Image that also reads and writes RGBA64 pixels directly.
type RGBA64Image interface {
	image.RGBA64Image
	Set(int, int, color.Color)
	SetRGBA64(int, int, color.RGBA64)
}

// Quantizer makes a palette for an image.
type Quantizer interface {
	Quantize(color.Palette, image.Image) color.Palette
}

// Drawer draws src onto dst: r.Min in dst lines up with sp in src.
type Drawer interface {
	Draw(Image, image.Rectangle, image.Image, image.Point)
}

// Op names how source and destination pixels combine (Porter-Duff).
type Op int

const (
	// Over: source over destination.
	Over Op = iota
	// Src: the source replaces the destination.
	Src
)

// Draw implements Drawer with op.
func (op Op) Draw(dst Image, r image.Rectangle, src image.Image, sp image.Point) {
	Draw(dst, r, src, sp, op)
}

// floydSteinberg is the Drawer that diffuses quantization errors.
type floydSteinberg struct{}

func (floydSteinberg) Draw(dst Image, r image.Rectangle, src image.Image, sp image.Point) {
	r, sp, _, ok := clip(dst, r, src, sp, nil, image.Point{})
	if ok {
		diffuse(dst, r, src, sp)
	}
}

// FloydSteinberg is a Drawer like Src, but where dst cannot hold src's colors exactly,
// each pixel's error is spread to its right and lower neighbours (7/16 right, 3/16
// lower left, 5/16 below, 1/16 lower right).
var (
	FloydSteinberg Drawer = floydSteinberg{}
)

// Draw is DrawMask with no mask.
func Draw(dst Image, r image.Rectangle, src image.Image, sp image.Point, op Op) {
	var unmasked image.Image
	DrawMask(dst, r, src, sp, unmasked, sp, op)
}

// clip narrows r to the parts of dst, src (placed at sp) and mask (placed at mp) that
// exist, moving sp and mp along with r.Min.
func clip(dst Image, r image.Rectangle, src image.Image, sp image.Point, mask image.Image, mp image.Point) (image.Rectangle, image.Point, image.Point, bool) {
	start := r.Min
	r = r.Intersect(dst.Bounds())
	r = r.Intersect(src.Bounds().Add(start.Sub(sp)))
	if mask != nil {
		r = r.Intersect(mask.Bounds().Add(start.Sub(mp)))
	}
	moved := r.Min.Sub(start)
	return r, sp.Add(moved), mp.Add(moved), !r.Empty()
}

// DrawMask composites src (aligned at sp) through mask (aligned at mp; nil is fully
// opaque) onto the rectangle r of dst with op. For each pixel, with 16-bit
// premultiplied components and m = 0xffff:
//
//	Over: out = dst*(m - src.A*mask.A/m)/m + src*mask.A/m   (as one division)
//	Src:  out = src*mask.A/m
func DrawMask(dst Image, r image.Rectangle, src image.Image, sp image.Point, mask image.Image, mp image.Point, op Op) {
	r, sp, mp, ok := clip(dst, r, src, sp, mask, mp)
	if !ok {
		return
	}
	if op == Src && mask == nil && copyRaw(dst, r, src, sp) {
		return
	}
	const m = 0xffff
	// When dst is src and the source lies above (or left on the same row), go
	// backwards so that no pixel is read after it was written.
	x0, x1, dx := 0, r.Dx(), 1
	y0, y1, dy := 0, r.Dy(), 1
	if image.Image(dst) == src && r.Overlaps(r.Add(sp.Sub(r.Min))) &&
		(sp.Y < r.Min.Y || sp.Y == r.Min.Y && sp.X < r.Min.X) {
		x0, x1, dx = x1-1, -1, -1
		y0, y1, dy = y1-1, -1, -1
	}
	for j := y0; j != y1; j += dy {
		for i := x0; i != x1; i += dx {
			ma := uint32(m)
			if mask != nil {
				_, _, _, ma = mask.At(mp.X+i, mp.Y+j).RGBA()
			}
			x, y := r.Min.X+i, r.Min.Y+j
			if op == Over && ma == 0 {
				continue
			}
			s := channels(src.At(sp.X+i, sp.Y+j))
			var res [4]uint32
			if op == Over {
				d := channels(dst.At(x, y))
				keep := m - s[3]*ma/m
				for k := range res {
					res[k] = (d[k]*keep + s[k]*ma) / m
				}
			} else {
				for k := range res {
					res[k] = s[k] * ma / m
				}
			}
			dst.Set(x, y, color.RGBA64{uint16(res[0]), uint16(res[1]), uint16(res[2]), uint16(res[3])})
		}
	}
}

// channels is c's premultiplied red, green, blue and alpha.
func channels(c color.Color) [4]uint32 {
	var v [4]uint32
	v[0], v[1], v[2], v[3] = c.RGBA()
	return v
}

// copyRaw copies the pixel bytes for Src without a mask between non-premultiplied
// images of the same type, which keep their color channels even where alpha is 0 (the
// premultiplied path would zero them). It reports whether it applied.
func copyRaw(dst Image, r image.Rectangle, src image.Image, sp image.Point) bool {
	var dpix, spix []byte
	var dstride, sstride, size, di, si int
	switch d := dst.(type) {
	case *image.NRGBA:
		s, ok := src.(*image.NRGBA)
		if !ok {
			return false
		}
		dpix, spix, dstride, sstride, size = d.Pix, s.Pix, d.Stride, s.Stride, 4
		di, si = d.PixOffset(r.Min.X, r.Min.Y), s.PixOffset(sp.X, sp.Y)
	case *image.NRGBA64:
		s, ok := src.(*image.NRGBA64)
		if !ok {
			return false
		}
		dpix, spix, dstride, sstride, size = d.Pix, s.Pix, d.Stride, s.Stride, 8
		di, si = d.PixOffset(r.Min.X, r.Min.Y), s.PixOffset(sp.X, sp.Y)
	default:
		return false
	}
	n := r.Dx() * size
	rows := r.Dy()
	if image.Image(dst) == src && sp.Y < r.Min.Y {
		// copying downwards within one image: last row first
		for j := rows - 1; j >= 0; j-- {
			copy(dpix[di+j*dstride:di+j*dstride+n], spix[si+j*sstride:si+j*sstride+n])
		}
		return true
	}
	for j := 0; j < rows; j++ {
		copy(dpix[di+j*dstride:di+j*dstride+n], spix[si+j*sstride:si+j*sstride+n])
	}
	return true
}

// clamp16 limits v to 0..0xffff.
func clamp16(v int32) int32 {
	return min(max(v, 0), 0xffff)
}

// diffuse draws src onto dst (Src), carrying each pixel's quantization error to the
// neighbours not yet drawn.
func diffuse(dst Image, r image.Rectangle, src image.Image, sp image.Point) {
	w := r.Dx()
	// errors for this row and the next, 4 components per pixel, one pixel of margin
	// on each side, in sixteenths
	cur := make([][4]int32, w+2)
	next := make([][4]int32, w+2)
	var pal [][4]int32
	switch d := dst.(type) {
	case *image.Paletted:
		for _, c := range d.Palette {
			v := channels(c)
			pal = append(pal, [4]int32{int32(v[0]), int32(v[1]), int32(v[2]), int32(v[3])})
		}
	}
	for j := 0; j < r.Dy(); j++ {
		for i := 0; i < w; i++ {
			sr, sg, sb, sa := src.At(sp.X+i, sp.Y+j).RGBA()
			want := [4]int32{int32(sr), int32(sg), int32(sb), int32(sa)}
			for k := range want {
				want[k] = clamp16(want[k] + cur[i+1][k]/16)
			}
			var got [4]int32
			x, y := r.Min.X+i, r.Min.Y+j
			if pal != nil {
				best, bestDist := 0, uint32(0xffffffff)
				for ix, pc := range pal {
					d := uint32(0)
					for k := range pc {
						// squared difference / 4, so that four fit in 32 bits
						e := uint32(want[k] - pc[k])
						d += e * e >> 2
					}
					if d < bestDist {
						best, bestDist = ix, d
						if d == 0 {
							break
						}
					}
				}
				p := dst.(*image.Paletted)
				p.Pix[p.PixOffset(x, y)] = uint8(best)
				got = pal[best]
			} else {
				dst.Set(x, y, color.RGBA64{uint16(want[0]), uint16(want[1]), uint16(want[2]), uint16(want[3])})
				gr, gg, gb, ga := dst.At(x, y).RGBA()
				got = [4]int32{int32(gr), int32(gg), int32(gb), int32(ga)}
			}
			for k := range want {
				e := want[k] - got[k]
				next[i][k] += 3 * e
				next[i+1][k] += 5 * e
				next[i+2][k] += e
				cur[i+2][k] += 7 * e
			}
		}
		cur, next = next, cur
		clear(next)
	}
}
