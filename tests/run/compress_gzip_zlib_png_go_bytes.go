// gzip, zlib (with and without a dictionary) and png.Encode write Go's exact bytes at
// every compression level; each line is an output size and CRC-32.
package main

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"time"
)

func sum(b []byte) string { return fmt.Sprintf("%d/%08x", len(b), crc32.ChecksumIEEE(b)) }

func main() {
	var in []byte
	x := uint32(3)
	for len(in) < 150000 {
		x = x*1664525 + 1013904223
		if x>>28 < 9 {
			in = append(in, "some text that repeats, "[x>>24%8:]...)
		} else {
			in = append(in, byte(x>>8))
		}
	}
	for _, lv := range []int{-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9} {
		for _, n := range []int{0, 10, 200, 5000, 150000} {
			var g bytes.Buffer
			gw, _ := gzip.NewWriterLevel(&g, lv)
			gw.Name = "file.txt"
			gw.Comment = "c"
			gw.ModTime = time.Unix(1700000000, 0)
			gw.Write(in[:n])
			if n > 100 {
				gw.Flush()
				gw.Write(in[:n/3])
			}
			gw.Close()
			var z bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&z, lv)
			zw.Write(in[:n])
			zw.Close()
			var zd bytes.Buffer
			zdw, _ := zlib.NewWriterLevelDict(&zd, lv, in[:100])
			zdw.Write(in[:n])
			zdw.Close()
			fmt.Println(lv, n, "gzip", sum(g.Bytes()), "zlib", sum(z.Bytes()), "zdict", sum(zd.Bytes()))
		}
	}
	imgs := []image.Image{}
	rgba := image.NewRGBA(image.Rect(0, 0, 300, 200))
	gray := image.NewGray(image.Rect(0, 0, 257, 100))
	nrgba := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	pal := image.NewPaletted(image.Rect(0, 0, 120, 90), color.Palette{color.Black, color.White, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 128}})
	g16 := image.NewGray16(image.Rect(0, 0, 50, 70))
	for y := 0; y < 200; y++ {
		for x := 0; x < 300; x++ {
			rgba.Set(x, y, color.RGBA{uint8(x), uint8(y * x), uint8(x ^ y), 255})
			gray.Set(x, y%100, color.Gray{uint8(x*x + y)})
			nrgba.Set(x%64, y%64, color.NRGBA{uint8(x * 3), uint8(y), 7, uint8(x + y)})
			pal.SetColorIndex(x%120, y%90, uint8((x/7+y/5)%4))
			g16.Set(x%50, y%70, color.Gray16{uint16(x * y * 31)})
		}
	}
	imgs = append(imgs, rgba, gray, nrgba, pal, g16)
	for i, m := range imgs {
		for _, cl := range []png.CompressionLevel{png.DefaultCompression, png.NoCompression, png.BestSpeed, png.BestCompression} {
			var b bytes.Buffer
			e := png.Encoder{CompressionLevel: cl}
			e.Encode(&b, m)
			fmt.Println("png", i, cl, sum(b.Bytes()))
		}
	}
}
