package os

import (
	"io"
	"io/fs"
	"sort"
	"syscall"
)

// dirEntry is a DirEntry for an entry of a directory, with the type from lstat.
type dirEntry struct {
	dir  string
	name string
	typ  FileMode
	info FileInfo
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }
func (d *dirEntry) String() string { return fs.FormatDirEntry(d) }
func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.dir + "/" + d.name)
}

func newDirEntry(dir, name string) *dirEntry {
	d := &dirEntry{dir: dir, name: name}
	if info, err := Lstat(dir + "/" + name); err == nil {
		d.typ = info.Mode().Type()
		d.info = info
	}
	return d
}

// ReadDir reads the named directory, returning all its directory entries sorted by
// filename. If an error occurs reading the directory, ReadDir returns the entries it
// was able to read before the error, along with the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// loadDir reads f's directory entries on first use.
func (f *File) loadDir(op string) error {
	if bad := f.usable(op); bad != nil {
		return bad
	}
	if !f.dirRead {
		names, errno := sysReadDirNames(f.name)
		if errno != 0 {
			return &PathError{Op: op, Path: f.name, Err: syscall.Errno(errno)}
		}
		f.dirNames = names
		f.dirRead = true
	}
	return nil
}

// takeNames returns up to n (all if n <= 0) of the entries not yet returned.
func (f *File) takeNames(n int) []string {
	if n <= 0 || n > len(f.dirNames) {
		n = len(f.dirNames)
	}
	names := f.dirNames[:n]
	f.dirNames = f.dirNames[n:]
	return names
}

// ReadDir reads the contents of the directory associated with the file f and returns
// a slice of DirEntry values in directory order. Subsequent calls on the same file
// will yield later DirEntry records in the directory. If n > 0, ReadDir returns at
// most n DirEntry records and io.EOF at the end; if n <= 0, all remaining records.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.loadDir("readdirent"); err != nil {
		return nil, err
	}
	if n > 0 && len(f.dirNames) == 0 {
		return nil, io.EOF
	}
	names := f.takeNames(n)
	dirs := make([]DirEntry, 0, len(names))
	for _, name := range names {
		dirs = append(dirs, newDirEntry(f.name, name))
	}
	return dirs, nil
}

// Readdir reads the contents of the directory associated with file and returns a slice
// of up to n FileInfo values, as would be returned by Lstat, in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if err := f.loadDir("readdirent"); err != nil {
		return nil, err
	}
	if n > 0 && len(f.dirNames) == 0 {
		return nil, io.EOF
	}
	names := f.takeNames(n)
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue // removed meanwhile
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// Readdirnames reads the contents of the directory associated with file and returns a
// slice of up to n names of files in the directory, in directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.loadDir("readdirent"); err != nil {
		return nil, err
	}
	if n > 0 && len(f.dirNames) == 0 {
		return nil, io.EOF
	}
	return append([]string{}, f.takeNames(n)...), nil
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	return f.sysOp("chdir", func() int { return sysChdir(f.name) })
}
