package http

// Serving files: FileServer, ServeFile and ServeContent over a FileSystem (Dir for
// the operating system's files, FS for an io/fs tree). Behaviour follows Go's
// documentation and what Go's server answers (tests/run/http_fileserver.go):
// directory listings, the index.html and trailing-slash redirects, conditional
// requests (If-Modified-Since, If-Unmodified-Since, If-None-Match against an ETag
// the handler set) and byte ranges.

import (
	"errors"
	"io"
	"io/fs"
	"mime"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// FileSystem opens the named files of a tree; names are slash-separated and rooted.
type FileSystem interface {
	Open(file string) (File, error)
}

// File is what a FileSystem opens: readable, seekable, and listable when a directory.
type File interface {
	io.Closer
	io.Reader
	io.Seeker
	Readdir(n int) ([]fs.FileInfo, error)
	Stat() (fs.FileInfo, error)
}

// Dir is a FileSystem over the operating system directory it names ("" means ".").
type Dir string

// Open opens name, a slash-separated path, under the directory d. A name cannot
// leave d: it is cleaned as a rooted path first.
func (d Dir) Open(name string) (File, error) {
	if strings.IndexByte(name, 0) >= 0 {
		return nil, errors.New("http: invalid character in file path")
	}
	root := string(d)
	if root == "" {
		root = "."
	}
	full := strings.TrimSuffix(root, "/") + path.Clean("/"+name)
	f, err := os.Open(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// FS wraps an io/fs tree as a FileSystem. Its files must implement io.Seeker to be
// served; directories are listed with fs.ReadDirFile.
func FS(fsys fs.FS) FileSystem { return ioFS{fsys} }

type ioFS struct{ tree fs.FS }

func (t ioFS) Open(name string) (File, error) {
	rel, _ := strings.CutPrefix(name, "/")
	if rel == "" {
		rel = "." // the root
	}
	f, err := t.tree.Open(rel)
	if err != nil {
		return nil, err
	}
	return ioFile{f}, nil
}

// ioFile adapts an fs.File to File.
type ioFile struct{ fs.File }

func (f ioFile) Seek(offset int64, whence int) (int64, error) {
	s, ok := f.File.(io.Seeker)
	if !ok {
		return 0, errors.New("io.File doesn't implement io.Seeker")
	}
	return s.Seek(offset, whence)
}

func (f ioFile) Readdir(count int) ([]fs.FileInfo, error) {
	d, ok := f.File.(fs.ReadDirFile)
	if !ok {
		return nil, errors.New("io.File directory missing ReadDir method")
	}
	entries, err := d.ReadDir(count)
	infos := make([]fs.FileInfo, 0, len(entries))
	for _, e := range entries {
		info, ierr := e.Info()
		if ierr != nil {
			return infos, ierr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// FileServer serves the tree root: r.URL.Path (made rooted) names the file. A
// directory is answered with its index.html or a listing.
func FileServer(root FileSystem) Handler { return &fileHandler{root} }

// FileServerFS is FileServer(FS(root)).
func FileServerFS(root fs.FS) Handler { return FileServer(FS(root)) }

type fileHandler struct{ root FileSystem }

func (h *fileHandler) ServeHTTP(w ResponseWriter, r *Request) {
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
		r.URL.Path = p
	}
	sendFile(w, r, h.root, path.Clean(p), true)
}

// ServeFile answers r with the named file or directory of the operating system.
// Request paths with a ".." element are refused with 400.
func ServeFile(w ResponseWriter, r *Request, name string) {
	if hasDotDotElement(r.URL.Path) {
		Error(w, "invalid URL path", 400)
		return
	}
	dir, file := splitLastSlash(name)
	sendFile(w, r, Dir(dir), file, false)
}

// ServeFileFS is ServeFile for a file of an io/fs tree.
func ServeFileFS(w ResponseWriter, r *Request, fsys fs.FS, name string) {
	if hasDotDotElement(r.URL.Path) {
		Error(w, "invalid URL path", 400)
		return
	}
	sendFile(w, r, FS(fsys), name, false)
}

// splitLastSlash splits a file name after its last slash.
func splitLastSlash(name string) (dir, file string) {
	cut := strings.LastIndexByte(name, '/') + 1
	return name[:cut], name[cut:]
}

// hasDotDotElement reports whether a slash- or backslash-separated path has a ".."
// element.
func hasDotDotElement(p string) bool {
	if !strings.Contains(p, "..") {
		return false
	}
	isSep := func(c rune) bool { return c == '/' || c == '\\' }
	for _, elem := range strings.FieldsFunc(p, isSep) {
		if elem == ".." {
			return true
		}
	}
	return false
}

// redirectHere answers 301 with a Location relative to the request, keeping the query.
func redirectHere(w ResponseWriter, r *Request, target string) {
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header()["Location"] = []string{target}
	w.WriteHeader(301)
}

// openErrorReply answers an error of FileSystem.Open or File.Stat.
func openErrorReply(w ResponseWriter, err error) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		Error(w, "404 page not found", 404)
	case errors.Is(err, fs.ErrPermission):
		Error(w, "403 Forbidden", 403)
	default:
		Error(w, "500 Internal Server Error", 500)
	}
}

const indexPage = "index.html"

// sendFile serves name of root. canonical enables the redirect of a file asked for
// with a trailing slash (FileServer); directories always need one.
func sendFile(w ResponseWriter, r *Request, root FileSystem, name string, canonical bool) {
	if strings.HasSuffix(r.URL.Path, "/"+indexPage) {
		redirectHere(w, r, "./")
		return
	}
	f, err := root.Open(name)
	if err != nil {
		openErrorReply(w, err)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		openErrorReply(w, err)
		return
	}
	requested := r.URL.Path
	slashed := strings.HasSuffix(requested, "/")
	if info.IsDir() && !slashed {
		redirectHere(w, r, path.Base(requested)+"/")
		return
	}
	if !info.IsDir() && canonical && slashed && requested != "/" {
		redirectHere(w, r, "../"+path.Base(requested))
		return
	}
	if info.IsDir() {
		index := strings.TrimSuffix(name, "/") + "/" + indexPage
		if idx, ierr := root.Open(index); ierr == nil {
			defer idx.Close()
			if idxInfo, serr := idx.Stat(); serr == nil {
				f, info = idx, idxInfo
			}
		}
	}
	if info.IsDir() {
		if notModifiedReply(w, r, info.ModTime()) {
			return
		}
		stampModTime(w, info.ModTime())
		listDirectory(w, r, f)
		return
	}
	sendContent(w, r, info.Name(), info.ModTime(), info.Size(), f)
}

// listDirectory writes an HTML list of the directory's entries, sorted by name,
// subdirectories marked with a trailing slash.
func listDirectory(w ResponseWriter, r *Request, dir File) {
	infos, err := dir.Readdir(-1)
	if err != nil {
		Error(w, "Error reading directory", 500)
		return
	}
	names := make([]string, len(infos))
	for i, info := range infos {
		names[i] = info.Name()
		if info.IsDir() {
			names[i] += "/"
		}
	}
	sort.Strings(names)
	h := w.Header()
	if _, typed := h["Content-Type"]; !typed {
		h["Content-Type"] = []string{htmlUTF8}
	}
	var page strings.Builder
	page.WriteString("<!doctype html>\n<meta name=\"viewport\" content=\"width=device-width\">\n<pre>\n")
	for _, name := range names {
		link := url.URL{Path: name}
		page.WriteString("<a href=\"" + link.String() + "\">" + escapeHTML(name) + "</a>\n")
	}
	page.WriteString("</pre>\n")
	io.WriteString(w, page.String())
}

// ServeContent answers r with content, a file called name modified at modtime:
// Content-Type from the handler's header, name's extension or the first bytes;
// conditional requests and byte ranges as for FileServer.
func ServeContent(w ResponseWriter, req *Request, name string, modtime time.Time, content io.ReadSeeker) {
	end, err := content.Seek(0, io.SeekEnd)
	if err == nil {
		if _, rerr := content.Seek(0, io.SeekStart); rerr != nil {
			err = rerr
		}
	}
	if err != nil {
		contentError(w, "seeker can't seek", 500)
		return
	}
	sendContent(w, req, name, modtime, end, content)
}

// unsetTime reports a modification time that carries no information.
func unsetTime(t time.Time) bool { return t.IsZero() || t.Equal(time.Unix(0, 0)) }

// stampModTime sets Last-Modified from t (when t is meaningful).
func stampModTime(w ResponseWriter, t time.Time) {
	if !unsetTime(t) {
		w.Header()["Last-Modified"] = []string{t.UTC().Format(TimeFormat)}
	}
}

// notModifiedReply answers 304 to a GET or HEAD whose validators show the client's
// copy is current, and reports whether it did.
func notModifiedReply(w ResponseWriter, r *Request, modtime time.Time) bool {
	switch r.Method {
	case "GET", "HEAD":
	default:
		return false
	}
	current := false
	if inm := r.Header.first("If-None-Match"); inm != "" {
		current = etagListMatches(inm, w.Header().first("Etag"))
	} else if ims := r.Header.first("If-Modified-Since"); ims != "" && !unsetTime(modtime) {
		if t, err := ParseTime(ims); err == nil {
			current = !modtime.Truncate(time.Second).After(t)
		}
	}
	if !current {
		return false
	}
	h := w.Header()
	for _, k := range []string{"Content-Type", "Content-Length", "Content-Encoding"} {
		delete(h, k)
	}
	if h.first("Etag") != "" {
		delete(h, "Last-Modified")
	}
	w.WriteHeader(304)
	return true
}

// etagListMatches compares an If-None-Match list with the resource's ETag, weakly
// (W/ prefixes ignored); "*" matches any existing resource.
func etagListMatches(list, etag string) bool {
	if etag == "" {
		return false
	}
	weak := func(s string) string { return strings.TrimPrefix(strings.TrimSpace(s), "W/") }
	for _, cand := range strings.Split(list, ",") {
		c := strings.TrimSpace(cand)
		if c == "*" || weak(c) == weak(etag) {
			return true
		}
	}
	return false
}

// failedPrecondition answers 412 to an If-Unmodified-Since the content fails.
func failedPrecondition(w ResponseWriter, r *Request, modtime time.Time) bool {
	ius := r.Header.first("If-Unmodified-Since")
	if ius == "" || unsetTime(modtime) || r.Header.first("If-Match") != "" {
		return false
	}
	t, err := ParseTime(ius)
	if err != nil || !modtime.Truncate(time.Second).After(t) {
		return false
	}
	w.WriteHeader(412)
	return true
}

// byteRange is one requested range, already clipped to the content.
type byteRange struct{ from, n int64 }

func (b byteRange) contentRange(size int64) string {
	return "bytes " + strconv.FormatInt(b.from, 10) + "-" + strconv.FormatInt(b.from+b.n-1, 10) + "/" + strconv.FormatInt(size, 10)
}

var (
	errRangeSyntax  = errors.New("invalid range")
	errRangeOutside = errors.New("invalid range: failed to overlap")
)

// parseByteRanges reads a Range header ("bytes=0-4,-3,10-") against size bytes.
// Ranges entirely past the end are dropped; if that leaves none, the error is
// errRangeOutside.
func parseByteRanges(spec string, size int64) ([]byteRange, error) {
	list, ok := strings.CutPrefix(spec, "bytes=")
	if !ok {
		return nil, errRangeSyntax
	}
	var out []byteRange
	dropped := false
	for _, raw := range strings.Split(list, ",") {
		part := textproto.TrimString(raw)
		if part == "" {
			continue
		}
		first, last, found := strings.Cut(part, "-")
		if !found {
			return nil, errRangeSyntax
		}
		first, last = textproto.TrimString(first), textproto.TrimString(last)
		if first == "" {
			// A suffix: the last n bytes.
			if last == "" || last[0] == '-' {
				return nil, errRangeSyntax
			}
			n, err := strconv.ParseInt(last, 10, 64)
			if err != nil || n < 0 {
				return nil, errRangeSyntax
			}
			n = min(n, size)
			out = append(out, byteRange{size - n, n})
			continue
		}
		from, err := strconv.ParseInt(first, 10, 64)
		if err != nil || from < 0 {
			return nil, errRangeSyntax
		}
		if from >= size {
			dropped = true
			continue
		}
		to := size - 1
		if last != "" {
			to, err = strconv.ParseInt(last, 10, 64)
			if err != nil || to < from {
				return nil, errRangeSyntax
			}
			to = min(to, size-1)
		}
		out = append(out, byteRange{from, to - from + 1})
	}
	if dropped && len(out) == 0 {
		return nil, errRangeOutside
	}
	return out, nil
}

// contentError is Error without the validators and caching headers meant for the
// content (Go's default for ServeContent's error replies).
func contentError(w ResponseWriter, text string, code int) {
	h := w.Header()
	for _, k := range []string{"Cache-Control", "Content-Encoding", "Etag", "Last-Modified"} {
		delete(h, k)
	}
	Error(w, text, code)
}

// rangeStillValid applies If-Range: the Range counts only if the client's
// validator (a strong ETag or the exact Last-Modified date) is still current.
func rangeStillValid(w ResponseWriter, r *Request, modtime time.Time) bool {
	ir := r.Header.first("If-Range")
	if ir == "" {
		return true
	}
	if strings.HasPrefix(ir, "\"") {
		etag := w.Header().first("Etag")
		return etag != "" && !strings.HasPrefix(etag, "W/") && ir == etag
	}
	t, err := ParseTime(ir)
	return err == nil && !unsetTime(modtime) && modtime.Truncate(time.Second).Equal(t)
}

// sendContent is the body of ServeContent for content of a known size.
func sendContent(w ResponseWriter, r *Request, name string, modtime time.Time, size int64, content io.ReadSeeker) {
	if failedPrecondition(w, r, modtime) {
		return
	}
	if notModifiedReply(w, r, modtime) {
		return
	}
	stampModTime(w, modtime)
	h := w.Header()
	if _, typed := h["Content-Type"]; !typed {
		ctype := mime.TypeByExtension(path.Ext(name))
		if ctype == "" {
			var head [512]byte
			n, _ := io.ReadFull(content, head[:])
			ctype = DetectContentType(head[:n])
			if _, err := content.Seek(0, io.SeekStart); err != nil {
				contentError(w, "seeker can't seek", 500)
				return
			}
		}
		h["Content-Type"] = []string{ctype}
	}
	status := 200
	length := size
	var body io.Reader = content
	if spec := r.Header.first("Range"); spec != "" && size >= 0 && rangeStillValid(w, r, modtime) {
		ranges, err := parseByteRanges(spec, size)
		if err != nil {
			if err == errRangeOutside {
				h["Content-Range"] = []string{"bytes */" + strconv.FormatInt(size, 10)}
			}
			contentError(w, err.Error(), 416)
			return
		}
		var total int64
		for _, br := range ranges {
			total += br.n
		}
		// Ranges that add up to more than the content are ignored.
		switch {
		case total > size || len(ranges) == 0:
		case len(ranges) == 1:
			br := ranges[0]
			if _, err := content.Seek(br.from, io.SeekStart); err != nil {
				contentError(w, err.Error(), 416)
				return
			}
			status, length = 206, br.n
			h["Content-Range"] = []string{br.contentRange(size)}
		default:
			status = 206
			length, body = multipartRanges(h, ranges, size, content)
		}
	}
	h["Accept-Ranges"] = []string{"bytes"}
	if h.first("Content-Encoding") == "" {
		h["Content-Length"] = []string{strconv.FormatInt(length, 10)}
	}
	w.WriteHeader(status)
	if r.Method != "HEAD" {
		io.CopyN(w, body, length)
	}
}

// multipartRanges builds a multipart/byteranges body for several ranges, setting
// the Content-Type; it returns the body and its length.
func multipartRanges(h Header, ranges []byteRange, size int64, content io.ReadSeeker) (int64, io.Reader) {
	ctype := h.first("Content-Type")
	var buf strings.Builder
	mw := multipart.NewWriter(&buf)
	for _, br := range ranges {
		part, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Range": {br.contentRange(size)},
			"Content-Type":  {ctype},
		})
		if err != nil {
			break
		}
		if _, err := content.Seek(br.from, io.SeekStart); err != nil {
			break
		}
		io.CopyN(part, content, br.n)
	}
	mw.Close()
	h["Content-Type"] = []string{"multipart/byteranges; boundary=" + mw.Boundary()}
	text := buf.String()
	return int64(len(text)), strings.NewReader(text)
}

