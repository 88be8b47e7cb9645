package image

import "image/color"

// YCbCrSubsampleRatio is how many luma samples share one chroma sample.
type YCbCrSubsampleRatio int

const (
	YCbCrSubsampleRatio444 YCbCrSubsampleRatio = iota
	YCbCrSubsampleRatio422
	YCbCrSubsampleRatio420
	YCbCrSubsampleRatio440
	YCbCrSubsampleRatio411
	YCbCrSubsampleRatio410
)

func (s YCbCrSubsampleRatio) String() string {
	names := [...]string{"444", "422", "420", "440", "411", "410"}
	name := "Unknown"
	if s >= 0 && int(s) < len(names) {
		name = names[s]
	}
	return "YCbCrSubsampleRatio" + name
}

// chromaShift is how many bits of x and of y a chroma sample covers.
func (s YCbCrSubsampleRatio) chromaShift() (uint, uint) {
	switch s {
	case YCbCrSubsampleRatio422:
		return 1, 0
	case YCbCrSubsampleRatio420:
		return 1, 1
	case YCbCrSubsampleRatio440:
		return 0, 1
	case YCbCrSubsampleRatio411:
		return 2, 0
	case YCbCrSubsampleRatio410:
		return 2, 1
	}
	return 0, 0
}

// chromaSpan is the number of chroma samples covering [lo, hi) at shift sh.
func chromaSpan(lo, hi int, sh uint) int {
	n := 1 << sh
	return (hi+n-1)/n - lo/n
}

// YCbCr is an in-memory image of Y'CbCr colors: a luma plane Y and two chroma planes
// subsampled by SubsampleRatio, each row Stride bytes after the previous.
type YCbCr struct {
	Y, Cb, Cr      []uint8
	YStride        int
	CStride        int
	SubsampleRatio YCbCrSubsampleRatio
	Rect           Rectangle
}

// ycbcrSizes are the luma and chroma plane sizes of r.
func ycbcrSizes(r Rectangle, s YCbCrSubsampleRatio, who string) (w, h, cw, ch int) {
	pixLen(r, 1, who)
	sx, sy := s.chromaShift()
	w, h = r.Dx(), r.Dy()
	return w, h, chromaSpan(r.Min.X, r.Max.X, sx), chromaSpan(r.Min.Y, r.Max.Y, sy)
}

// NewYCbCr returns a YCbCr image of bounds r with the planes in one buffer.
func NewYCbCr(r Rectangle, s YCbCrSubsampleRatio) *YCbCr {
	w, h, cw, ch := ycbcrSizes(r, s, "NewYCbCr")
	buf := make([]uint8, w*h+2*cw*ch)
	ny, nc := w*h, cw*ch
	return &YCbCr{
		Y:       buf[:ny:ny],
		Cb:      buf[ny : ny+nc : ny+nc],
		Cr:      buf[ny+nc : ny+2*nc : ny+2*nc],
		YStride: w, CStride: cw, SubsampleRatio: s, Rect: r,
	}
}

func (p *YCbCr) ColorModel() color.Model { return color.YCbCrModel }
func (p *YCbCr) Bounds() Rectangle       { return p.Rect }

// YOffset is the index in Y of pixel (x, y).
func (p *YCbCr) YOffset(x, y int) int {
	i, _ := locate(p.Rect, p.YStride, 1, x, y)
	return i
}

// COffset is the index in Cb and Cr of the chroma sample of pixel (x, y).
func (p *YCbCr) COffset(x, y int) int {
	sx, sy := p.SubsampleRatio.chromaShift()
	nx, ny := 1<<sx, 1<<sy
	return (y/ny-p.Rect.Min.Y/ny)*p.CStride + (x/nx - p.Rect.Min.X/nx)
}

func (p *YCbCr) At(x, y int) color.Color        { return p.YCbCrAt(x, y) }
func (p *YCbCr) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.YCbCrAt(x, y)) }

func (p *YCbCr) YCbCrAt(x, y int) color.YCbCr {
	yi, in := locate(p.Rect, p.YStride, 1, x, y)
	if !in {
		return color.YCbCr{}
	}
	ci := p.COffset(x, y)
	return color.YCbCr{Y: p.Y[yi], Cb: p.Cb[ci], Cr: p.Cr[ci]}
}

func (p *YCbCr) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &YCbCr{SubsampleRatio: p.SubsampleRatio}
	}
	yi, ci := p.YOffset(r.Min.X, r.Min.Y), p.COffset(r.Min.X, r.Min.Y)
	return &YCbCr{Y: p.Y[yi:], Cb: p.Cb[ci:], Cr: p.Cr[ci:], YStride: p.YStride, CStride: p.CStride, SubsampleRatio: p.SubsampleRatio, Rect: r}
}

func (p *YCbCr) Opaque() bool { return true }

// NYCbCrA is a YCbCr image with a non-premultiplied alpha plane.
type NYCbCrA struct {
	YCbCr
	A       []uint8
	AStride int
}

// NewNYCbCrA returns an NYCbCrA image of bounds r, all planes in one buffer.
func NewNYCbCrA(r Rectangle, s YCbCrSubsampleRatio) *NYCbCrA {
	w, h, cw, ch := ycbcrSizes(r, s, "NewNYCbCrA")
	buf := make([]uint8, 2*w*h+2*cw*ch)
	ny, nc := w*h, cw*ch
	return &NYCbCrA{
		YCbCr: YCbCr{
			Y:       buf[:ny:ny],
			Cb:      buf[ny : ny+nc : ny+nc],
			Cr:      buf[ny+nc : ny+2*nc : ny+2*nc],
			YStride: w, CStride: cw, SubsampleRatio: s, Rect: r,
		},
		A:       buf[ny+2*nc:],
		AStride: w,
	}
}

func (p *NYCbCrA) ColorModel() color.Model { return color.NYCbCrAModel }

// AOffset is the index in A of pixel (x, y).
func (p *NYCbCrA) AOffset(x, y int) int {
	i, _ := locate(p.Rect, p.AStride, 1, x, y)
	return i
}

func (p *NYCbCrA) At(x, y int) color.Color        { return p.NYCbCrAAt(x, y) }
func (p *NYCbCrA) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.NYCbCrAAt(x, y)) }

func (p *NYCbCrA) NYCbCrAAt(x, y int) color.NYCbCrA {
	ai, in := locate(p.Rect, p.AStride, 1, x, y)
	if !in {
		return color.NYCbCrA{}
	}
	return color.NYCbCrA{YCbCr: p.YCbCrAt(x, y), A: p.A[ai]}
}

func (p *NYCbCrA) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &NYCbCrA{YCbCr: YCbCr{SubsampleRatio: p.SubsampleRatio}}
	}
	sub := p.YCbCr.SubImage(r).(*YCbCr)
	return &NYCbCrA{YCbCr: *sub, A: p.A[p.AOffset(r.Min.X, r.Min.Y):], AStride: p.AStride}
}

// Opaque reports whether every alpha sample is 0xff.
func (p *NYCbCrA) Opaque() bool { return opaqueRows(p.A, p.AStride, p.Rect, 1, 0, false) }
