package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/textproto"
	"sort"
	"strings"
)

type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if o.s == "" {
		return 0, io.EOF
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

var slow bool

func dump(body, boundary string, raw bool) {
	var src io.Reader = strings.NewReader(body)
	if slow {
		src = &oneByte{body}
	}
	r := multipart.NewReader(src, boundary)
	for {
		var p *multipart.Part
		var err error
		if raw {
			p, err = r.NextRawPart()
		} else {
			p, err = r.NextPart()
		}
		if err != nil {
			fmt.Println("  end:", err)
			return
		}
		data, err := io.ReadAll(p)
		keys := make([]string, 0, len(p.Header))
		for k := range p.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("  part name=%q file=%q keys=%v data=%q err=%v\n", p.FormName(), p.FileName(), keys, data, err)
	}
}

func main() {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	fmt.Println(len(w.Boundary()), w.SetBoundary(""), w.SetBoundary(strings.Repeat("a", 71)), w.SetBoundary("bad\x01"), w.SetBoundary("ends with space "))
	fmt.Println(w.SetBoundary("simple-Boundary_1"), w.FormDataContentType())
	fmt.Println(w.SetBoundary("has space:and=colon"), w.FormDataContentType())
	w.SetBoundary("XyZ")
	fmt.Println(w.WriteField("name", "Gopher \"G\""))
	fw, _ := w.CreateFormFile("up\"load", "dir/a\\b.txt")
	fw.Write([]byte("file\r\ncontent\n"))
	pw, _ := w.CreatePart(textproto.MIMEHeader{"X-B": {"2", "3"}, "X-A": {"1"}, "Content-Type": {"text/plain"}})
	pw.Write([]byte("custom"))
	w.WriteField("empty", "")
	_, err := fw.Write([]byte("late"))
	fmt.Println(err)
	fmt.Println(w.Close())
	fmt.Printf("%q\n", buf.String())
	fmt.Println("read back:")
	dump(buf.String(), "XyZ", false)

	qp := "preamble line\r\n--B\r\nContent-Disposition: form-data; name=\"q\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nsoft =\r\nbreak =3D equals=20\r\nlower =3d=c3=a9 bad =ZZ end\r\n--B\r\nContent-Disposition: attachment; filename=\"/x/y/z.bin\"\r\n\r\n\x00\x01\r\n--B--\r\nepilogue"
	fmt.Println("qp decoded:")
	dump(qp, "B", false)
	fmt.Println("qp raw:")
	dump(qp, "B", true)
	for _, body := range []string{
		"", "no delimiter at all\r\n", "--B\r\n\r\nonly part no end", "--B--", "--B\r\nBad Header\r\n\r\nx\r\n--B--\r\n",
		"--B  \r\nContent-Disposition: form-data; name=\"sp\"\r\n\r\nv\r\n--B--  \r\n",
		"--B\nContent-Disposition: form-data; name=\"lf\"\n\nv\n--B--\n",
		"--B\r\nContent-Disposition: form-data; filename=\"dir/\"\r\n\r\nv\r\n--B\r\nContent-Disposition: form-data; filename=\"///\"\r\n\r\nv\r\n--B--",
		strings.Repeat("x", 5000) + "\r\n--B\r\n\r\nv\r\n--B--\r\n",
		"--B", "--B\r\n\r\nv\r\n--Bx\r\nstill v\r\n--B--",
		"--B\r\n\r\nv\r\n--B-", "--B\r\n\r\nv\r\n--B-x\r\n--B\t\r\n\r\nw\n--B", "--B\r\n\r\nv\r\n--B--x",
		"--B\r\n\r\na\r\r\n--B\r\n\r\n\r\n\r\n--B--",
	} {
		for _, s := range []bool{false, true} {
			slow = s
			fmt.Printf("body %.40q slow=%v:\n", body, s)
			dump(body, "B", false)
		}
	}
	slow = false

	form := "--F\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--F\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n2\r\n--F\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.txt\"\r\n\r\n" + strings.Repeat("0123456789", 50) + "\r\n--F\r\nContent-Disposition: form-data; name=\"g\"; filename=\"small.txt\"\r\nContent-Type: text/plain\r\n\r\nsmall\r\n--F\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--F--\r\n"
	for _, max := range []int64{10000, 100, 0, -1} {
		f, err := multipart.NewReader(strings.NewReader(form), "F").ReadForm(max)
		if err != nil {
			fmt.Println("ReadForm err:", err)
			continue
		}
		fmt.Println(max, f.Value)
		for _, k := range []string{"f", "g"} {
			for _, fh := range f.File[k] {
				file, err := fh.Open()
				if err != nil {
					fmt.Println("open:", err)
					continue
				}
				b, _ := io.ReadAll(file)
				at := make([]byte, 3)
				file.ReadAt(at, 2)
				pos, _ := file.Seek(-4, io.SeekEnd)
				tail, _ := io.ReadAll(file)
				file.Close()
				fmt.Println(" ", k, fh.Filename, fh.Size, fh.Header.Get("Content-Type"), len(b), string(at), pos, string(tail))
			}
		}
		fmt.Println(" removeAll:", f.RemoveAll())
	}
	_, err = multipart.NewReader(strings.NewReader("--F\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nxx\r\n--F--"), "F").ReadForm(-10<<20 + 1)
	fmt.Println(err, err == multipart.ErrMessageTooLarge)
}
