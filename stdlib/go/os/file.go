// Package os is the program's interface to the operating system: files, directories,
// the environment, the process. Calls that fail return an error value (often a
// *PathError that names the operation and the file).
//
// In minigo the system calls are natives (natives.go, stdlib/NATIVES.md); files are
// unbuffered file descriptors, as in Go.
package os

import (
	"io"
	"io/fs"
	"syscall"
	"time"
)

// Flags to OpenFile wrapping those of the underlying system (Linux values).
const (
	// One access mode:
	O_RDONLY int = 0x0 // open the file read-only.
	O_WRONLY int = 0x1 // open the file write-only.
	O_RDWR   int = 0x2 // open the file read-write.
	// plus any of these options:
	O_APPEND int = 0x400    // append data to the file when writing.
	O_CREATE int = 0x40     // create a new file if none exists.
	O_EXCL   int = 0x80     // used with O_CREATE, file must not exist.
	O_SYNC   int = 0x101000 // open for synchronous I/O.
	O_TRUNC  int = 0x200    // truncate regular writable file when opened.
)

// Seek whence values.
//
// Deprecated: io.SeekStart, io.SeekCurrent and io.SeekEnd are the same values.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// DevNull is the path of the device that discards writes and reads as empty.
const DevNull = "/dev/null"

// Path separators.
const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory (with the ReadDir function or a
// File.ReadDir method).
type DirEntry = fs.DirEntry

// The defined file mode bits.
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	// All the type bits; none of them is set for a regular file.
	ModeType = fs.ModeType

	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// File represents an open file descriptor. The methods of File are safe for
// concurrent use.
type File struct {
	*file // os specific
}

// file is the real representation of *File; the extra level of indirection ensures
// that no clients of os can overwrite this data.
type file struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dirNames   []string // directory entries not yet returned by ReadDir and friends
	dirRead    bool     // dirNames has been loaded
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard
// output, and standard error file descriptors.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name. The returned
// value will be nil if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{&file{fd: int(fd), name: name}}
}

// Name is the path the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file. If f is
// closed, the file descriptor becomes invalid.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// usable is the error of operation op on a nil or closed File, nil for an open one.
func (f *File) usable(op string) error {
	switch {
	case f == nil:
		return ErrInvalid
	case f.closed:
		return f.pathErr(op, ErrClosed)
	}
	return nil
}

// sysOp runs a system call on an open File: its errno becomes the *PathError of op.
func (f *File) sysOp(op string, call func() int) error {
	if bad := f.usable(op); bad != nil {
		return bad
	}
	return f.wrapErr(op, call())
}

// pathErr is the *PathError of operation op on f's name.
func (f *File) pathErr(op string, cause error) *PathError {
	return pathError(op, f.name, cause)
}

// pathError is the *PathError "op path: cause".
func pathError(op, path string, cause error) *PathError {
	return &PathError{Op: op, Path: path, Err: cause}
}

// hasFlag says whether the open flags include bit.
func hasFlag(flags, bit int) bool { return flags&bit == bit }

// wrapErr wraps an errno from operation op as Go's os does.
func (f *File) wrapErr(op string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: syscall.Errno(errno)}
}

// Open opens the named file for reading. If successful, methods on the returned file
// can be used for reading; the associated file descriptor has mode O_RDONLY. If there
// is an error, it will be of type *PathError.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file. If the file already exists, it is
// truncated. If the file does not exist, it is created with mode 0o666 (before
// umask).
func Create(name string) (*File, error) {
	const readWriteNew = O_RDWR | O_CREATE | O_TRUNC
	return OpenFile(name, readWriteNew, 0o666)
}

// OpenFile is the generalized open call; most users will use Open or Create instead.
// It opens the named file with specified flag (O_RDONLY etc.). If the file does not
// exist, and the O_CREATE flag is passed, it is created with mode perm (before
// umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := sysOpen(name, flag, syscallMode(perm))
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(errno)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = hasFlag(flag, O_APPEND) // WriteAt refuses such files
	return f, nil
}

// syscallMode converts FileMode's bits to the system's mode bits.
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 04000
	}
	if i&ModeSetgid != 0 {
		o |= 02000
	}
	if i&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

// Close closes the File, rendering it unusable for I/O. Close will return an error if
// it has already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return f.wrapErr("close", sysClose(f.fd))
}

// Read reads up to len(b) bytes from the File and stores them in b. It returns the
// number of bytes read and any error encountered. At end of file, Read returns 0,
// io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if bad := f.usable("read"); bad != nil {
		return 0, bad
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := sysRead(f.fd, b)
	if errno != 0 {
		return 0, f.wrapErr("read", errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It returns the
// number of bytes read and the error, if any. ReadAt always returns a non-nil error
// when n < len(b). At end of file, that error is io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if bad := f.usable("read"); bad != nil {
		return 0, bad
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: newError("negative offset")}
	}
	for len(b) > 0 {
		m, errno := sysPread(f.fd, b, off)
		if errno != 0 {
			err = f.wrapErr("read", errno)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// ReadFrom implements io.ReaderFrom (by copying, as minigo has no zero-copy paths).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if bad := f.usable("write"); bad != nil {
		return 0, bad
	}
	return io.Copy(plainWriter{f}, r)
}

// plainWriter and plainReader show io.Copy only a File's Write or Read, so that it
// does not call back into File.ReadFrom or File.WriteTo.
type plainWriter struct{ io.Writer }
type plainReader struct{ io.Reader }

// Write writes len(b) bytes from b to the File. It returns the number of bytes written
// and an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if bad := f.usable("write"); bad != nil {
		return 0, bad
	}
	for n < len(b) {
		m, errno := sysWrite(f.fd, b[n:])
		if errno != 0 {
			return n, f.wrapErr("write", errno)
		}
		if m == 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: io.ErrShortWrite}
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice
// of bytes.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// WriteAt writes len(b) bytes to the File starting at byte offset off. It returns the
// number of bytes written and an error, if any. WriteAt returns a non-nil error when
// n != len(b). If file was opened with the O_APPEND flag, WriteAt returns an error.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if bad := f.usable("write"); bad != nil {
		return 0, bad
	}
	if f.appendMode {
		return 0, newError("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: newError("negative offset")}
	}
	for len(b) > 0 {
		m, errno := sysPwrite(f.fd, b, off)
		if errno != 0 {
			err = f.wrapErr("write", errno)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset of the next Read or Write (whence is io.SeekStart,
// io.SeekCurrent or io.SeekEnd) and returns the new offset. Seeking a file opened with
// O_APPEND has no defined effect on writes.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if bad := f.usable("seek"); bad != nil {
		return 0, bad
	}
	ret, errno := sysSeek(f.fd, offset, whence)
	if errno == 0 && f.dirRead {
		// Rewinding a directory restarts its listing.
		f.dirRead, f.dirNames = false, nil
	}
	return ret, f.wrapErr("seek", errno)
}

// Sync flushes the file's data to the storage device (fsync).
func (f *File) Sync() error {
	return f.sysOp("sync", func() int { return sysFsync(f.fd) })
}

// Truncate changes the size of the file. It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	return f.sysOp("truncate", func() int { return sysFtruncate(f.fd, size) })
}

// Chmod changes the file's permission bits.
func (f *File) Chmod(mode FileMode) error {
	return f.sysOp("chmod", func() int { return sysChmod(f.name, syscallMode(mode)) })
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	mode, size, sec, nsec, dev, ino, errno := sysFstat(f.fd)
	if errno != 0 {
		return nil, f.wrapErr("stat", errno)
	}
	return newFileStat(basename(f.name), mode, size, sec, nsec, dev, ino), nil
}

// fileStat is the implementation of FileInfo returned by Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     uint64
	ino     uint64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// Linux st_mode file type bits.
const (
	sIFMT   = 0xf000
	sIFBLK  = 0x6000
	sIFCHR  = 0x2000
	sIFDIR  = 0x4000
	sIFIFO  = 0x1000
	sIFLNK  = 0xa000
	sIFREG  = 0x8000
	sIFSOCK = 0xc000
	sISGID  = 0x400
	sISUID  = 0x800
	sISVTX  = 0x200
)

// modeBits pairs bits of the system's st_mode (the file type under sIFMT, or a flag)
// with the FileMode bits they stand for.
var modeTypes = []struct {
	sys  uint32
	mode FileMode
}{
	{sIFBLK, ModeDevice},
	{sIFCHR, ModeDevice | ModeCharDevice},
	{sIFDIR, ModeDir},
	{sIFIFO, ModeNamedPipe},
	{sIFLNK, ModeSymlink},
	{sIFSOCK, ModeSocket},
}

var modeFlags = []struct {
	sys  uint32
	mode FileMode
}{
	{sISGID, ModeSetgid},
	{sISUID, ModeSetuid},
	{sISVTX, ModeSticky},
}

func newFileStat(name string, mode uint32, size, sec, nsec int64, dev, ino uint64) *fileStat {
	fm := FileMode(mode & 0o777)
	for _, t := range modeTypes {
		if mode&sIFMT == t.sys {
			fm |= t.mode
		}
	}
	for _, fl := range modeFlags {
		if mode&fl.sys != 0 {
			fm |= fl.mode
		}
	}
	return &fileStat{name: name, size: size, mode: fm, modTime: time.Unix(sec, nsec), dev: dev, ino: ino}
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file. If there is an error, it will be
// of type *PathError.
func Stat(name string) (FileInfo, error) {
	mode, size, sec, nsec, dev, ino, errno := sysStat(name, true)
	if errno != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: syscall.Errno(errno)}
	}
	return newFileStat(basename(name), mode, size, sec, nsec, dev, ino), nil
}

// Lstat returns a FileInfo describing the named file. If the file is a symbolic link,
// the returned FileInfo describes the symbolic link. Lstat makes no attempt to follow
// the link. If there is an error, it will be of type *PathError.
func Lstat(name string) (FileInfo, error) {
	mode, size, sec, nsec, dev, ino, errno := sysStat(name, false)
	if errno != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: syscall.Errno(errno)}
	}
	return newFileStat(basename(name), mode, size, sec, nsec, dev, ino), nil
}

// SameFile reports whether fi1 and fi2 describe the same file. SameFile only applies
// to results returned by this package's Stat.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.dev == fs2.dev && fs1.ino == fs2.ino
}

// ReadFile reads the named file and returns the contents. A successful call returns
// err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Start from the size Stat reports (plus room to see EOF); files of /proc report 0.
	room := 512
	if info, serr := f.Stat(); serr == nil && info.Size() >= int64(room) && info.Size() < 1<<40 {
		room = int(info.Size()) + 1
	}
	buf := make([]byte, room)
	got := 0
	for {
		if got == len(buf) {
			buf = append(buf, make([]byte, len(buf))...)
		}
		n, rerr := f.Read(buf[got:])
		got += n
		switch {
		case rerr == io.EOF:
			return buf[:got], nil
		case rerr != nil:
			return buf[:got], rerr
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary. If the file does
// not exist, WriteFile creates it with permissions perm (before umask); otherwise
// WriteFile truncates it before writing, without changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	const writeNew = O_WRONLY | O_CREATE | O_TRUNC
	f, err := OpenFile(name, writeNew, perm)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil {
		return werr // the first failure is the one reported
	}
	return cerr
}

// Mkdir creates a new directory with the specified name and permission bits (before
// umask). If there is an error, it will be of type *PathError.
func Mkdir(name string, perm FileMode) error {
	if errno := sysMkdir(name, syscallMode(perm)); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents, and
// returns nil, or else returns an error. If path is already a directory, MkdirAll does
// nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if !info.IsDir() {
			return pathError("mkdir", path, syscall.ENOTDIR)
		}
		return nil
	}
	// The parent is path without its trailing slashes and last element.
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	parent := path[:end]
	for len(parent) > 0 && parent[len(parent)-1] != '/' {
		parent = parent[:len(parent)-1]
	}
	if len(parent) > 1 {
		if err := MkdirAll(parent[:len(parent)-1], perm); err != nil {
			return err
		}
	}
	mkErr := Mkdir(path, perm)
	if mkErr == nil {
		return nil
	}
	// "a/." fails with EEXIST though the directory exists: look before failing.
	if info, err := Lstat(path); err == nil && info.IsDir() {
		return nil
	}
	return mkErr
}

// Remove removes the named file or (empty) directory. If there is an error, it will
// be of type *PathError.
func Remove(name string) error {
	errno := sysUnlink(name)
	if errno == 0 {
		return nil
	}
	errno1 := sysRmdir(name)
	if errno1 == 0 {
		return nil
	}
	// Both failed: rmdir of a file says ENOTDIR, so its error is the real one unless it
	// says so.
	if errno1 != int(syscall.ENOTDIR) {
		errno = errno1
	}
	return &PathError{Op: "remove", Path: name, Err: syscall.Errno(errno)}
}

// RemoveAll removes path and any children it contains. It removes everything it can
// but returns the first error it encounters. If the path does not exist, RemoveAll
// returns nil (no error).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	// Go refuses to remove "." (a path ending in it) outright.
	if last := path[len(path)-1]; last == '.' && (len(path) == 1 || path[len(path)-2] == '/') {
		return pathError("RemoveAll", path, syscall.EINVAL)
	}
	err := Remove(path)
	switch {
	case err == nil, IsNotExist(err):
		return nil
	}
	info, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	names, errno := sysReadDirNames(path)
	if errno != 0 {
		if errno == int(syscall.ENOENT) {
			return nil
		}
		return &PathError{Op: "open", Path: path, Err: syscall.Errno(errno)}
	}
	var first error
	for _, name := range names {
		if err := RemoveAll(path + "/" + name); err != nil && first == nil {
			first = err
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

// Rename renames (moves) oldpath to newpath. If newpath already exists and is not a
// directory, Rename replaces it. If there is an error, it will be of type *LinkError.
func Rename(oldpath, newpath string) error {
	if errno := sysRename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(errno)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode. If there is an error, it will be
// of type *PathError.
func Chmod(name string, mode FileMode) error {
	if errno := sysChmod(name, syscallMode(mode)); errno != 0 {
		return &PathError{Op: "chmod", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// Truncate changes the size of the named file. If the file is a symbolic link, it
// changes the size of the link's target. If there is an error, it will be of type
// *PathError.
func Truncate(name string, size int64) error {
	if errno := sysTruncate(name, size); errno != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname. If there is an error, it will
// be of type *LinkError.
func Symlink(oldname, newname string) error {
	if errno := sysSymlink(oldname, newname); errno != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(errno)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file. If there is an error, it
// will be of type *LinkError.
func Link(oldname, newname string) error {
	if errno := sysLink(oldname, newname); errno != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(errno)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link. If there is an error,
// it will be of type *PathError.
func Readlink(name string) (string, error) {
	target, errno := sysReadlink(name)
	if errno != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: syscall.Errno(errno)}
	}
	return target, nil
}

// WriteTo implements io.WriterTo (by copying, as minigo has no zero-copy paths).
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if bad := f.usable("read"); bad != nil {
		return 0, bad
	}
	return io.Copy(w, plainReader{f})
}

// SetDeadline sets the read and write deadlines for a File. minigo's files do not
// support deadlines: it returns an error wrapping ErrNoDeadline.
func (f *File) SetDeadline(t time.Time) error { return f.noDeadline("SetDeadline") }

// SetReadDeadline sets the deadline for future Read calls (not supported: see
// SetDeadline).
func (f *File) SetReadDeadline(t time.Time) error { return f.noDeadline("SetReadDeadline") }

// SetWriteDeadline sets the deadline for future Write calls (not supported: see
// SetDeadline).
func (f *File) SetWriteDeadline(t time.Time) error { return f.noDeadline("SetWriteDeadline") }

func (f *File) noDeadline(op string) error {
	if bad := f.usable(op); bad != nil {
		return bad
	}
	return f.pathErr(op, ErrNoDeadline)
}
