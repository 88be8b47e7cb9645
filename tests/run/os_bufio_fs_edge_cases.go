// Edge cases of os.Expand, os helpers, io/fs formatting, syscall.Errno matching and
// bufio's Scanner and Writer (guards their rewrite): every result is compared with Go's.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type info struct {
	name string
	size int64
	mode fs.FileMode
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) Mode() fs.FileMode  { return i.mode }
func (i info) ModTime() time.Time { return time.Date(2024, 2, 3, 4, 5, 6, 0, time.UTC) }
func (i info) IsDir() bool        { return i.mode.IsDir() }
func (i info) Sys() any           { return nil }

type slowReader struct {
	parts []string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.parts[0])
	r.parts[0] = r.parts[0][n:]
	if r.parts[0] == "" {
		r.parts = r.parts[1:]
	}
	return n, nil
}

type emptyReader struct{}

func (emptyReader) Read(p []byte) (int, error) { return 0, nil }

func scanAll(name string, r io.Reader, split bufio.SplitFunc, buf int, max int) {
	s := bufio.NewScanner(r)
	s.Split(split)
	if buf > 0 {
		s.Buffer(make([]byte, buf), max)
	}
	var toks []string
	for s.Scan() {
		toks = append(toks, s.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, s.Err())
}

func main() {
	vars := map[string]string{"A": "x", "B_1": "yy", "*": "star", "1": "one", "{": "brace", "": "empty"}
	get := func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		return "<" + k + ">"
	}
	for _, s := range []string{"", "plain", "$A", "${A}", "$A$B_1", "pre$A.post", "$", "a$", "$$", "$*x", "${*}", "${1}2", "$1a",
		"${}", "${", "${A", "x${}y", "$.", "$ A", "${A B}", "$AB", "${{}", "$-", "${-}z", "é$A€"} {
		fmt.Printf("expand %-12q -> %q\n", s, os.Expand(s, get))
	}
	os.Setenv("MINIGO_T", "v")
	fmt.Println(os.ExpandEnv("[$MINIGO_T][${MINIGO_T}][$MINIGO_UNSET_X]"))

	home := os.Getenv("HOME")
	os.Unsetenv("XDG_CACHE_HOME")
	os.Unsetenv("XDG_CONFIG_HOME")
	os.Setenv("HOME", "/h")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserHomeDir())
	os.Setenv("XDG_CACHE_HOME", "/c")
	fmt.Println(os.UserCacheDir())
	os.Unsetenv("XDG_CACHE_HOME")
	os.Unsetenv("HOME")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserHomeDir())
	os.Setenv("HOME", home)

	dir := os.TempDir() + "/minigo-rewrite-" + strconv.Itoa(os.Getpid())
	os.RemoveAll(dir)
	os.Mkdir(dir, 0o700)
	defer os.RemoveAll(dir)
	fmt.Println(os.MkdirAll(dir+"/a/b//c/", 0o755), os.MkdirAll(dir+"/a/b/c/.", 0o755))
	os.WriteFile(dir+"/f", []byte("data"), 0o644)
	err := os.MkdirAll(dir+"/f/g", 0o755)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), dir, "D"), errors.Is(err, syscall.ENOTDIR))
	err = os.MkdirAll(dir+"/f", 0o755)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), dir, "D"))
	fmt.Println(os.RemoveAll("."), os.RemoveAll("a/."), os.RemoveAll(""), os.RemoveAll(dir+"/missing"))
	fmt.Println(os.RemoveAll(dir+"/a"), os.RemoveAll(dir+"/f"))
	big := bytes.Repeat([]byte("0123456789"), 300)
	os.WriteFile(dir+"/big", big, 0o600)
	got, err := os.ReadFile(dir + "/big")
	fmt.Println(len(got), bytes.Equal(got, big), err)
	status, err := os.ReadFile("/proc/self/status")
	fmt.Println(len(status) > 100, err)
	_, err = os.ReadFile(dir + "/none")
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), dir, "D"), os.IsNotExist(err), os.IsExist(err), os.IsPermission(err), os.IsTimeout(err))
	f, _ := os.Create(dir + "/w")
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), dir, "D"), errors.Is(err, os.ErrClosed))
	fmt.Println(strings.ReplaceAll(fmt.Sprint(f.Sync()), dir, "D"), strings.ReplaceAll(fmt.Sprint(f.Chmod(0o600)), dir, "D"))
	var nilf *os.File
	fmt.Println(nilf.Sync(), nilf.Truncate(0), nilf.SetDeadline(time.Time{}))
	af, _ := os.OpenFile(dir+"/w", os.O_WRONLY|os.O_APPEND, 0)
	_, err = af.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	af.Close()
	st, _ := os.Stat(dir)
	fmt.Println(st.Mode().IsDir(), st.Mode()&fs.ModeType == fs.ModeDir)
	dn, _ := os.Stat("/dev/null")
	fmt.Println(dn.Mode()&fs.ModeType == fs.ModeDevice|fs.ModeCharDevice, dn.Mode().String()[:2])
	tmp, _ := os.Stat("/tmp")
	fmt.Println(tmp.Mode()&fs.ModeSticky != 0)

	fmt.Println(fs.FormatFileInfo(info{"a.go", 1234, 0o644}))
	fmt.Println(fs.FormatFileInfo(info{"d", -5, fs.ModeDir | 0o755}))
	fmt.Println(fs.FormatFileInfo(info{"z", 0, fs.ModeSymlink | 0o777}))
	fmt.Println(fs.FormatDirEntry(fs.FileInfoToDirEntry(info{"sub", 0, fs.ModeDir | 0o700})))
	fmt.Println(fs.FormatDirEntry(fs.FileInfoToDirEntry(info{"p", 0, fs.ModeNamedPipe})))
	de := fs.FileInfoToDirEntry(info{"x", 3, 0o600})
	fi, _ := de.Info()
	fmt.Println(de, de.Name(), de.IsDir(), de.Type(), fi.Size(), fs.FileInfoToDirEntry(nil) == nil)
	for _, p := range []string{".", "", "a", "a/b", "/a", "a/", "a//b", "./a", "a/.", "a/..", "..", "a/.b", "\xff", "é/ü"} {
		fmt.Printf("valid %q %v\n", p, fs.ValidPath(p))
	}
	pe := &fs.PathError{Op: "read", Path: "p", Err: os.ErrDeadlineExceeded}
	fmt.Println(pe.Timeout(), (&fs.PathError{Op: "o", Path: "p", Err: io.EOF}).Timeout())

	for _, e := range []syscall.Errno{syscall.EACCES, syscall.EPERM, syscall.EEXIST, syscall.ENOTEMPTY, syscall.ENOENT, syscall.ENOSYS, syscall.ENOTSUP, syscall.EAGAIN, syscall.ETIMEDOUT, syscall.EINTR, syscall.EMFILE, syscall.EIO} {
		fmt.Println(e, errors.Is(e, fs.ErrPermission), errors.Is(e, fs.ErrExist), errors.Is(e, fs.ErrNotExist), errors.Is(e, errors.ErrUnsupported), e.Timeout(), e.Temporary())
	}

	text := "one two\r\nthree\n\nfour  five\r\nlast"
	scanAll("lines", strings.NewReader(text), bufio.ScanLines, 0, 0)
	scanAll("words", strings.NewReader(" \u2003 "+text+" \u3000"), bufio.ScanWords, 0, 0)
	scanAll("runes", strings.NewReader("aé\xffz\xe2\x82"), bufio.ScanRunes, 0, 0)
	scanAll("bytes", strings.NewReader("ab"), bufio.ScanBytes, 0, 0)
	scanAll("slow lines", &slowReader{[]string{"ab", "c\nd", "e\r", "\nf"}}, bufio.ScanLines, 0, 0)
	scanAll("slow runes", &slowReader{[]string{"x\xe2", "\x82", "\xacy"}}, bufio.ScanRunes, 0, 0)
	scanAll("too long", strings.NewReader(strings.Repeat("x", 40)+"\nshort\n"), bufio.ScanLines, 8, 16)
	scanAll("fits", strings.NewReader(strings.Repeat("x", 15)+"\nshort\n"), bufio.ScanLines, 4, 16)
	scanAll("no progress", emptyReader{}, bufio.ScanLines, 0, 0)
	final := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "stop" {
				return i + 1, []byte("STOP"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	scanAll("final", strings.NewReader("a,b,stop,c,d"), final, 0, 0)
	nilFinal := func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, bufio.ErrFinalToken }
	scanAll("nil final", strings.NewReader("abc"), nilFinal, 0, 0)
	custom := errors.New("custom")
	scanAll("custom err", strings.NewReader("abc"), func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, custom }, 0, 0)
	scanAll("negative", strings.NewReader("abc"), func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil }, 0, 0)
	scanAll("too far", strings.NewReader("abc"), func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil }, 0, 0)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		scanAll("empties", strings.NewReader("a"), func(data []byte, atEOF bool) (int, []byte, error) {
			if atEOF {
				return 0, []byte{}, nil
			}
			return 0, nil, nil
		}, 0, 0)
	}()
	s := bufio.NewScanner(strings.NewReader("x"))
	s.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Split(bufio.ScanWords)
	}()
	for _, d := range []string{"", "\n", "a", "ab\r", "\r\n"} {
		a, t, e := bufio.ScanLines([]byte(d), true)
		fmt.Printf("ScanLines(%q) %d %q %v\n", d, a, t, e)
	}

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	w.WriteRune('a')
	w.WriteRune('€')
	w.WriteRune(-1)
	w.WriteRune(0x10FFFF + 1)
	w.WriteString(strings.Repeat("s", 20))
	w.WriteByte('!')
	w.Write(bytes.Repeat([]byte("w"), 40))
	fmt.Println(w.Buffered(), w.Available(), out.Len())
	w.Flush()
	fmt.Printf("%q\n", out.String())
	var zero bufio.Writer
	zero.Reset(&out)
	fmt.Println(zero.Available(), zero.Size())
	r := bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 20)+"\r\nz"), 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
}
