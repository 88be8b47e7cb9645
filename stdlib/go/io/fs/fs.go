// Package fs holds the interfaces of a read-only file system tree (FS, File, DirEntry,
// FileInfo) and the types os shares with it (FileMode, PathError).
package fs

import (
	"internal/oserror"
	"time"
	"unicode/utf8"
)

// FS is a file system tree that can open files by path.
type FS interface {
	// Open opens a file by its path (see ValidPath).
	Open(string) (File, error)
}

// ValidPath reports whether the given path name is valid for use in a call to Open:
// unrooted, slash-separated sequences of path elements, like “x/y/z”, without "." or
// ".." elements or empty elements (the only exception is the root, ".").
func ValidPath(name string) bool {
	if name == "." {
		return utf8.ValidString(name)
	}
	if !utf8.ValidString(name) {
		return false
	}
	// Every element between slashes must be a real name.
	start := 0
	for k := 0; k <= len(name); k++ {
		if k < len(name) && name[k] != '/' {
			continue
		}
		switch name[start:k] {
		case "", ".", "..":
			return false
		}
		start = k + 1
	}
	return true
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	// Name is the entry's base name.
	Name() string
	// IsDir: is the entry a directory?
	IsDir() bool
	// Type is the entry's type bits (Mode's type part).
	Type() FileMode
	// Info describes the entry in full.
	Info() (FileInfo, error)
}

// A ReadDirFile is a directory file whose entries can be read with the ReadDir
// method.
type ReadDirFile interface {
	File
	ReadDir(int) ([]DirEntry, error) // up to n entries (all of them for n <= 0)
}

// Generic file system errors. Errors returned by file systems can be tested against
// these errors using errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // the last element of the path
	Size() int64        // bytes of a regular file (other kinds: what the system says)
	Mode() FileMode     // type and permission bits
	ModTime() time.Time // time of the last change of the contents
	IsDir() bool        // Mode().IsDir()
	Sys() any           // the system's own description, or nil
}

// FileMode holds a file's type bits (high bits) and Unix permission bits (low 9 bits).
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// All the type bits; none of them is set for a regular file.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

func (m FileMode) String() string {
	// One letter per set type bit (from the top bit down), or "-", then rwx triples.
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf[w] = letters[i]
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf[w] = rwx[i]
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m has the directory bit.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m has no type bit at all.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }

// PathError is a failed operation on a path: Op, Path and the cause Err.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the cause is a timeout.
func (e *PathError) Timeout() bool {
	if t, ok := e.Err.(interface{ Timeout() bool }); ok {
		return t.Timeout()
	}
	return false
}

// FileInfoToDirEntry returns a DirEntry that returns information from info. If info
// is nil, FileInfoToDirEntry returns nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoEntry{info}
}

// infoEntry is a DirEntry made of a FileInfo.
type infoEntry struct{ FileInfo }

func (e infoEntry) Type() FileMode          { return e.Mode().Type() }
func (e infoEntry) Info() (FileInfo, error) { return e.FileInfo, nil }
func (e infoEntry) String() string          { return FormatDirEntry(e) }

// FormatFileInfo returns a formatted version of info for human readability: mode,
// size, modification time and name, e.g. "-rw-r--r-- 100 2006-01-02 15:04:05 hello.go".
func FormatFileInfo(info FileInfo) string {
	line := info.Mode().String() + " " + decimal(info.Size()) + " " +
		info.ModTime().Format(time.DateTime) + " " + info.Name()
	if info.IsDir() {
		line += "/"
	}
	return line
}

// decimal is n in base 10.
func decimal(n int64) string {
	sign, u := "", uint64(n)
	if n < 0 {
		sign, u = "-", uint64(-n) // also right for the most negative n
	}
	var digits [20]byte
	k := len(digits)
	for {
		k--
		digits[k] = '0' + byte(u%10)
		if u /= 10; u == 0 {
			return sign + string(digits[k:])
		}
	}
}

// FormatDirEntry returns a formatted version of dir for human readability: type and
// name, e.g. "d subdir/".
func FormatDirEntry(dir DirEntry) string {
	// A Type has no permission bits: its String ends in nine '-' that are left out.
	kind := dir.Type().String()
	line := kind[:len(kind)-9] + " " + dir.Name()
	if dir.IsDir() {
		line += "/"
	}
	return line
}
