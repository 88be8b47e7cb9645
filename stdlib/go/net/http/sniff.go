package http

import "bytes"

// DetectContentType implements the WHATWG MIME Sniffing Standard
// (https://mimesniff.spec.whatwg.org/) over at most the first 512 bytes of data. It
// always returns a valid MIME type, "application/octet-stream" if nothing more
// specific fits.
func DetectContentType(data []byte) string {
	if len(data) > 512 {
		data = data[:512]
	}
	// Markup may follow leading white space.
	i := 0
	for i < len(data) && isSniffSpace(data[i]) {
		i++
	}
	if t := sniffMarkup(data[i:]); t != "" {
		return t
	}
	if len(data) > 0 && exactFirstBytes[data[0]] {
		for _, s := range exactSignatures {
			if bytes.HasPrefix(data, s.sig) {
				return s.ctype
			}
		}
	}
	for _, s := range maskedSignatures {
		if maskedPrefix(data, s.pattern, s.mask) {
			return s.ctype
		}
	}
	if isMP4(data) {
		return "video/mp4"
	}
	for _, b := range data {
		if binaryBytes[b] {
			return "application/octet-stream"
		}
	}
	return plainUTF8
}

// exactFirstBytes marks the bytes an exact signature starts with, so that most
// text skips the signature list at once.
var exactFirstBytes = func() (t [256]bool) {
	for _, s := range exactSignatures {
		t[s.sig[0]] = true
	}
	return
}()

// binaryBytes is isBinaryByte as a table.
var binaryBytes = func() (t [256]bool) {
	for b := 0; b < 256; b++ {
		t[b] = isBinaryByte(byte(b))
	}
	return
}()

func isSniffSpace(b byte) bool {
	return b == '\t' || b == '\n' || b == '\x0c' || b == '\r' || b == ' '
}

// isBinaryByte: control bytes that never occur in text (WHATWG "binary data byte").
func isBinaryByte(b byte) bool {
	return b <= 0x08 || b == 0x0B || 0x0E <= b && b <= 0x1A || 0x1C <= b && b <= 0x1F
}

var htmlTags = []string{
	"<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT",
	"<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--",
}

// sniffMarkup recognizes HTML (a known tag, case-insensitively, followed by a space
// or '>') and XML.
func sniffMarkup(data []byte) string {
	if len(data) == 0 || data[0] != '<' {
		return "" // every tag and the XML declaration start with '<'
	}
	for _, tag := range htmlTags {
		if len(data) < len(tag)+1 {
			continue
		}
		matched := true
		for j := 0; j < len(tag); j++ {
			c := data[j]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			if c != tag[j] {
				matched = false
				break
			}
		}
		if matched {
			if t := data[len(tag)]; t == ' ' || t == '>' {
				return htmlUTF8
			}
		}
	}
	if bytes.HasPrefix(data, []byte("<?xml")) {
		return "text/xml; charset=utf-8"
	}
	return ""
}

type exactSig struct {
	sig   []byte
	ctype string
}

var exactSignatures = []exactSig{
	{[]byte("%PDF-"), "application/pdf"},
	{[]byte("%!PS-Adobe-"), "application/postscript"},
	{[]byte("\xFE\xFF"), "text/plain; charset=utf-16be"},
	{[]byte("\xFF\xFE"), "text/plain; charset=utf-16le"},
	{[]byte("\xEF\xBB\xBF"), "text/plain; charset=utf-8"},
	{[]byte("\x00\x00\x01\x00"), "image/x-icon"},
	{[]byte("\x00\x00\x02\x00"), "image/x-icon"},
	{[]byte("BM"), "image/bmp"},
	{[]byte("GIF87a"), "image/gif"},
	{[]byte("GIF89a"), "image/gif"},
	{[]byte("\x89PNG\x0D\x0A\x1A\x0A"), "image/png"},
	{[]byte("\xFF\xD8\xFF"), "image/jpeg"},
	{[]byte("ID3"), "audio/mpeg"},
	{[]byte("OggS\x00"), "application/ogg"},
	{[]byte("MThd\x00\x00\x00\x06"), "audio/midi"},
	{[]byte("\x1A\x45\xDF\xA3"), "video/webm"},
	{[]byte("\x00\x01\x00\x00"), "font/ttf"},
	{[]byte("OTTO"), "font/otf"},
	{[]byte("ttcf"), "font/collection"},
	{[]byte("wOFF"), "font/woff"},
	{[]byte("wOF2"), "font/woff2"},
	{[]byte("\x1F\x8B\x08"), "application/x-gzip"},
	{[]byte("PK\x03\x04"), "application/zip"},
	{[]byte("Rar!\x1A\x07\x00"), "application/x-rar-compressed"},
	{[]byte("Rar!\x1A\x07\x01\x00"), "application/x-rar-compressed"},
	{[]byte("\x00\x61\x73\x6D"), "application/wasm"},
}

type maskedSig struct {
	pattern, mask []byte
	ctype         string
}

var maskedSignatures = []maskedSig{
	{[]byte("RIFF\x00\x00\x00\x00WEBPVP"), []byte("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF"), "image/webp"},
	{[]byte("FORM\x00\x00\x00\x00AIFF"), []byte("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF"), "audio/aiff"},
	{[]byte("RIFF\x00\x00\x00\x00AVI "), []byte("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF"), "video/avi"},
	{[]byte("RIFF\x00\x00\x00\x00WAVE"), []byte("\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF"), "audio/wave"},
	{[]byte("\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00LP"),
		[]byte("\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xFF\xFF"),
		"application/vnd.ms-fontobject"},
}

func maskedPrefix(data, pattern, mask []byte) bool {
	if len(data) < len(pattern) {
		return false
	}
	for i := range pattern {
		if data[i]&mask[i] != pattern[i] {
			return false
		}
	}
	return true
}

// isMP4 checks for an ISO base media file whose "ftyp" box names an mp4 brand.
func isMP4(data []byte) bool {
	if len(data) < 12 {
		return false
	}
	boxSize := int(data[0])<<24 | int(data[1])<<16 | int(data[2])<<8 | int(data[3])
	if len(data) < boxSize || boxSize%4 != 0 || string(data[4:8]) != "ftyp" {
		return false
	}
	for off := 8; off+3 <= boxSize; off += 4 {
		if off == 12 {
			continue // the minor version, not a brand
		}
		if string(data[off:off+3]) == "mp4" {
			return true
		}
	}
	return false
}
