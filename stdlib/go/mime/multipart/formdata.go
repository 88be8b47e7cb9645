package multipart

import (
	"bytes"
	"errors"
	"io"
	"math/rand"
	"net/textproto"
	"os"
	"strconv"
)

// Form is a parsed multipart form: the values of plain fields and the headers of
// uploaded files.
type Form struct {
	Value map[string][]string
	File  map[string][]*FileHeader
}

// RemoveAll removes the temporary files of the form.
func (f *Form) RemoveAll() error {
	var first error
	for _, hs := range f.File {
		for _, h := range hs {
			if h.tmpfile != "" {
				if err := os.Remove(h.tmpfile); err != nil && !errors.Is(err, os.ErrNotExist) && first == nil {
					first = err
				}
			}
		}
	}
	return first
}

// FileHeader describes one uploaded file.
type FileHeader struct {
	Filename string
	Header   textproto.MIMEHeader
	Size     int64

	content []byte // in memory, or
	tmpfile string // on disk
}

// File is an uploaded file's content.
type File interface {
	io.Reader
	io.ReaderAt
	io.Seeker
	io.Closer
}

type memFile struct{ *bytes.Reader }

func (memFile) Close() error { return nil }

// Open opens the file's content.
func (fh *FileHeader) Open() (File, error) {
	if fh.tmpfile != "" {
		f, err := os.Open(fh.tmpfile)
		if err != nil {
			return nil, err
		}
		return f, nil
	}
	return memFile{bytes.NewReader(fh.content)}, nil
}

// ReadForm parses the whole body. Plain values and up to maxMemory bytes of file
// content are kept in memory (plus 10 MB for values); larger files go to temporary
// files. Too much value data gives ErrMessageTooLarge.
func (r *Reader) ReadForm(maxMemory int64) (*Form, error) {
	form := &Form{Value: map[string][]string{}, File: map[string][]*FileHeader{}}
	valueBudget := maxMemory + 10<<20
	if maxMemory < 0 || valueBudget < 0 {
		valueBudget = 1<<63 - 1
	}
	fileBudget := maxMemory
	fail := func(err error) (*Form, error) {
		form.RemoveAll()
		return nil, err
	}
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return form, nil
		}
		if err != nil {
			return fail(err)
		}
		name := p.FormName()
		if name == "" {
			continue
		}
		if p.FileName() == "" {
			var b bytes.Buffer
			n, err := io.CopyN(&b, p, valueBudget+1)
			if err != nil && err != io.EOF {
				return fail(err)
			}
			valueBudget -= n
			if valueBudget < 0 {
				return fail(ErrMessageTooLarge)
			}
			form.Value[name] = append(form.Value[name], b.String())
			continue
		}
		fh := &FileHeader{Filename: p.FileName(), Header: p.Header}
		var b bytes.Buffer
		n, err := io.CopyN(&b, p, fileBudget+1)
		if err != nil && err != io.EOF {
			return fail(err)
		}
		if n > fileBudget {
			// Too big for memory: spill to a temporary file.
			path, size, err := spill(b.Bytes(), p)
			if err != nil {
				return fail(err)
			}
			fh.tmpfile, fh.Size = path, size
		} else {
			fh.content, fh.Size = b.Bytes(), n
			fileBudget -= n
		}
		form.File[name] = append(form.File[name], fh)
	}
}

// spill writes head and the rest of src to a new temporary file.
func spill(head []byte, src io.Reader) (string, int64, error) {
	for try := 0; ; try++ {
		path := os.TempDir() + "/multipart-" + strconv.FormatUint(rand.Uint64(), 36)
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0600)
		if err != nil {
			if errors.Is(err, os.ErrExist) && try < 10 {
				continue
			}
			return "", 0, err
		}
		n, err := f.Write(head)
		size := int64(n)
		if err == nil {
			var m int64
			m, err = io.Copy(f, src)
			size += m
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
			return "", 0, err
		}
		return path, size, nil
	}
}
