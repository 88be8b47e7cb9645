// Package mime implements parts of the MIME spec: media types (RFC 2045 and 2231)
// and the table of file extensions.
package mime

import (
	"bufio"
	"errors"
	"os"
	"sort"
	"strings"
	"sync"
)

var (
	typesMu sync.Mutex
	// byExt maps an extension (".html") to its media type; byLowerExt the same keyed
	// by the lower-cased extension; extsByType maps a type without parameters to its
	// extensions.
	byExt      = map[string]string{}
	byLowerExt = map[string]string{}
	extsByType = map[string][]string{}
	loadOnce   sync.Once
)

// builtinTypes is the small table Go guarantees on every system.
var builtinTypes = [][2]string{
	{".avif", "image/avif"},
	{".css", "text/css; charset=utf-8"},
	{".gif", "image/gif"},
	{".htm", "text/html; charset=utf-8"},
	{".html", "text/html; charset=utf-8"},
	{".jpeg", "image/jpeg"},
	{".jpg", "image/jpeg"},
	{".js", "text/javascript; charset=utf-8"},
	{".json", "application/json"},
	{".mjs", "text/javascript; charset=utf-8"},
	{".pdf", "application/pdf"},
	{".png", "image/png"},
	{".svg", "image/svg+xml"},
	{".wasm", "application/wasm"},
	{".webp", "image/webp"},
	{".xml", "text/xml; charset=utf-8"},
}

// The system databases, in the order they are tried: the first MIME-info glob file
// that can be read is used; without one, every mime.types file that exists is.
var (
	globFiles      = []string{"/usr/local/share/mime/globs2", "/usr/share/mime/globs2"}
	mimeTypesFiles = []string{"/etc/mime.types", "/etc/apache2/mime.types", "/etc/apache/mime.types", "/etc/httpd/conf/mime.types"}
)

func loadTables() {
	typesMu.Lock()
	defer typesMu.Unlock()
	for _, e := range builtinTypes {
		addType(e[0], e[1])
	}
	for _, f := range globFiles {
		if loadGlobs(f) {
			return
		}
	}
	for _, f := range mimeTypesFiles {
		loadMimeTypes(f)
	}
}

// loadGlobs reads a freedesktop.org globs2 file ("weight:type:glob[:flags]" lines).
// Only simple "*.ext" globs name extensions; the first entry for an extension wins.
func loadGlobs(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, ":")
		if len(fields) < 3 || len(fields[0]) == 0 || len(fields[2]) < 3 {
			continue
		}
		glob := fields[2]
		if !strings.HasPrefix(glob, "*.") || strings.ContainsAny(glob[1:], "*?[") {
			continue
		}
		ext := glob[1:]
		if _, ok := byExt[ext]; ok {
			continue
		}
		addType(ext, fields[1])
	}
	return true
}

// loadMimeTypes reads an Apache-style mime.types file ("type ext ext..." lines).
func loadMimeTypes(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		// A field starting with '#' comments out the rest of the line.
		for i, f := range fields {
			if f[0] == '#' {
				fields = fields[:i]
				break
			}
		}
		if len(fields) < 2 {
			continue
		}
		typ, exts := fields[0], fields[1:]
		for _, ext := range exts {
			addType("."+ext, typ)
		}
	}
}

// addType records ext as having media type typ; text types get "charset=utf-8"
// unless they name a charset. Called with typesMu held.
func addType(ext, typ string) error {
	base, params, err := ParseMediaType(typ)
	if err != nil {
		return err
	}
	if strings.HasPrefix(typ, "text/") && params["charset"] == "" {
		params["charset"] = "utf-8"
		typ = FormatMediaType(typ, params)
	}
	byExt[ext] = typ
	lower := strings.ToLower(ext)
	byLowerExt[lower] = typ
	for _, e := range extsByType[base] {
		if e == lower {
			return nil
		}
	}
	extsByType[base] = append(extsByType[base], lower)
	return nil
}

// TypeByExtension returns the MIME type associated with the file extension ext. The
// extension ext should begin with a leading dot, as in ".html". When ext has no
// associated type, TypeByExtension returns "".
//
// Extensions are looked up first case-sensitively, then case-insensitively. The
// built-in table is small but is augmented by the local system's MIME-info database
// or mime.types file(s). Text types have the charset parameter set to "utf-8" by
// default.
func TypeByExtension(ext string) string {
	loadOnce.Do(loadTables)
	typesMu.Lock()
	defer typesMu.Unlock()
	if t, ok := byExt[ext]; ok {
		return t
	}
	return byLowerExt[strings.ToLower(ext)]
}

// ExtensionsByType returns the extensions known to be associated with the MIME type
// typ. The returned extensions will each begin with a leading dot, as in ".html".
// When typ has no associated extensions, ExtensionsByType returns an nil slice.
func ExtensionsByType(typ string) ([]string, error) {
	base, _, err := ParseMediaType(typ)
	if err != nil {
		return nil, err
	}
	loadOnce.Do(loadTables)
	typesMu.Lock()
	defer typesMu.Unlock()
	exts := extsByType[base]
	if len(exts) == 0 {
		return nil, nil
	}
	out := append([]string(nil), exts...)
	sort.Strings(out)
	return out, nil
}

// AddExtensionType maps the extension ext (with its dot: ".html") to typ.
func AddExtensionType(ext, typ string) error {
	if ext == "" || ext[0] != '.' {
		return errors.New("mime: extension " + quoteForError(ext) + " missing leading dot")
	}
	loadOnce.Do(loadTables)
	typesMu.Lock()
	defer typesMu.Unlock()
	return addType(ext, typ)
}

func quoteForError(s string) string {
	return `"` + s + `"`
}
