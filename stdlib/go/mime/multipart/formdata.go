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
	switch {
	case valueBudget > 0:
	case maxMemory < 0:
		valueBudget = 0 // a very negative maxMemory leaves no room for values
	default:
		valueBudget = 1<<63 - 1 // the sum overflowed
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
			data, err := readBeyond(p, valueBudget)
			if err != nil {
				return fail(err)
			}
			if valueBudget -= int64(len(data)); valueBudget < 0 {
				return fail(ErrMessageTooLarge)
			}
			value := string(data)
			form.Value[name] = append(form.Value[name], value)
			continue
		}
		file := &FileHeader{Filename: p.FileName(), Header: p.Header}
		head, err := readBeyond(p, fileBudget)
		if err != nil {
			return fail(err)
		}
		if n := int64(len(head)); n <= fileBudget {
			file.content, file.Size = head, n
			fileBudget -= n
		} else if file.tmpfile, file.Size, err = spill(head, p); err != nil {
			// Too big for memory: the rest goes to a temporary file.
			return fail(err)
		}
		form.File[name] = append(form.File[name], file)
	}
}

// readBeyond reads at most one byte more than budget from r, so that going over
// the budget shows; running out of input is no error.
func readBeyond(r io.Reader, budget int64) ([]byte, error) {
	limit := max(budget, -1)
	if limit < 1<<63-1 {
		limit++
	}
	var b bytes.Buffer
	_, err := io.Copy(&b, io.LimitReader(r, limit))
	return b.Bytes(), err
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
