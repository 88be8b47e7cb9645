package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
)

//go:embed embed_files
//go:embed embed_files/x.txt
var f embed.FS

func main() {
	root, err := f.Open(".")
	fmt.Println(err)
	st, _ := root.Stat()
	fmt.Println(st.Name(), st.Mode(), st.Size(), st.IsDir())
	fmt.Println(st)
	_, err = root.Read(nil)
	fmt.Println(err)
	rd := root.(fs.ReadDirFile)
	e, err := rd.ReadDir(0)
	fmt.Println(len(e), e == nil, err)
	e, err = rd.ReadDir(1)
	fmt.Println(len(e), err)
	e, err = rd.ReadDir(0)
	fmt.Println(len(e), e == nil, err)
	e, err = rd.ReadDir(-1)
	fmt.Println(len(e), e == nil, err)
	e, err = rd.ReadDir(5)
	fmt.Println(len(e), e == nil, err)
	ents, _ := f.ReadDir(".")
	for _, en := range ents {
		fi, err := en.Info()
		fmt.Println(en.Name(), en.IsDir(), en.Type(), fi.Mode(), err, en)
	}
	x, _ := f.Open("embed_files/x.txt")
	xs, _ := x.Stat()
	fmt.Println(xs)
	sk := x.(io.Seeker)
	fmt.Println(sk.Seek(1, io.SeekStart))
	fmt.Println(sk.Seek(-5, io.SeekCurrent))
	fmt.Println(sk.Seek(0, 7))
	fmt.Println(sk.Seek(10, io.SeekEnd))
	b := make([]byte, 4)
	fmt.Println(x.Read(b))
	fmt.Println(sk.Seek(0, io.SeekStart))
	fmt.Println(x.Read(b))
	fmt.Println(x.Read(b))
	ra := x.(io.ReaderAt)
	fmt.Println(ra.ReadAt(b, 0))
	fmt.Println(ra.ReadAt(b, 2))
	fmt.Println(ra.ReadAt(b, -1))
	fmt.Println(ra.ReadAt(b, 3))
	fmt.Println(x.Close(), x.Close())
	fmt.Println(x.Read(b))
	_, err = f.ReadFile(".")
	fmt.Println(err)
	_, err = f.ReadDir("embed_files/x.txt")
	fmt.Println(err)
	_, err = f.ReadDir("nope")
	fmt.Println(err)
	_, err = f.ReadFile("embed_files/")
	fmt.Println(err)
	_, err = f.Open("embed_files/../x.txt")
	fmt.Println(err)
	sub, _ := f.Open("embed_files")
	_, err = sub.Read(b)
	fmt.Println(err)
	var z embed.FS
	e, err = z.ReadDir(".")
	fmt.Println(len(e), err)
	_, err = z.Open("a")
	fmt.Println(err)
	fmt.Printf("%T %T %T\n", root, x, ents[0])
	m, err := fs.Glob(f, "*/*.txt")
	fmt.Println(m, err)
	fmt.Println(fs.ValidPath("a/b"))
}

//go:embed embed_files/x.txt
var text string

//go:embed "embed_files/sub/b.txt"
var raw []byte

type blob []byte

//go:embed embed_files/a.txt
var named blob

//go:embed all:embed_files
var everything embed.FS

//go:embed embed_files/*.txt
var globbed embed.FS

func init() {
	fmt.Printf("%q %q %q\n", text, raw, named)
	for _, fsys := range []embed.FS{everything, globbed} {
		fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			fmt.Println(p, d.IsDir(), err)
			return nil
		})
	}
}
