package json

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// field is a struct field as JSON sees it: its name and the path of indices reaching it
// through embedded structs.
type field struct {
	name      string
	nameBytes []byte // `"name":`
	tagged    bool
	index     []int
	typ       reflect.Type
	omitEmpty bool
	quoted    bool // the ",string" option
}

// fieldCache holds the JSON fields of each struct type seen so far.
var fieldCache struct {
	sync.Mutex
	byType map[reflect.Type][]field
}

// cachedFields returns the JSON fields of struct type t.
func cachedFields(t reflect.Type) []field {
	fieldCache.Lock()
	defer fieldCache.Unlock()
	fs, ok := fieldCache.byType[t]
	if !ok {
		if fieldCache.byType == nil {
			fieldCache.byType = map[reflect.Type][]field{}
		}
		fs = typeFields(t)
		fieldCache.byType[t] = fs
	}
	return fs
}

// parseTag splits a struct tag's json value into its name and options.
func parseTag(tag string) (string, string) {
	name, opts, _ := strings.Cut(tag, ",")
	return name, opts
}

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}

// tagPunctuation lists the ASCII punctuation (and space) allowed in a tag name.
const tagPunctuation = " !#$%&()*+-./:;<=>?@[]^_{|}~"

// validTagName: tag names may use letters, digits and most ASCII punctuation.
func validTagName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune(tagPunctuation, c) {
			return false
		}
	}
	return true
}

// typeFields lists the fields JSON encodes for struct type t, in index order. Every
// exported field is a candidate, and so is every field promoted from an embedded struct
// (an embedded struct with a JSON name in its tag is a plain field instead). Among
// candidates sharing a name the shallowest wins; at equal depth a single tagged one
// wins; any other tie hides the name.
func typeFields(t reflect.Type) []field {
	var cands []field
	collectFields(t, nil, map[reflect.Type]bool{}, &cands)

	byName := map[string][]int{}
	var order []string
	for i, f := range cands {
		if _, ok := byName[f.name]; !ok {
			order = append(order, f.name)
		}
		byName[f.name] = append(byName[f.name], i)
	}
	var out []field
	for _, name := range order {
		if f, ok := winner(cands, byName[name]); ok {
			out = append(out, f)
		}
	}
	sort.Slice(out, func(i, j int) bool { return lessIndex(out[i].index, out[j].index) })
	return out
}

// winner picks the field a name refers to among candidates (indices into cands).
func winner(cands []field, idx []int) (field, bool) {
	depth := -1
	for _, i := range idx {
		if d := len(cands[i].index); depth < 0 || d < depth {
			depth = d
		}
	}
	var shallow, tagged []int
	for _, i := range idx {
		if len(cands[i].index) == depth {
			shallow = append(shallow, i)
			if cands[i].tagged {
				tagged = append(tagged, i)
			}
		}
	}
	switch {
	case len(shallow) == 1:
		return cands[shallow[0]], true
	case len(tagged) == 1:
		return cands[tagged[0]], true
	}
	return field{}, false
}

// collectFields appends the candidate fields of struct type t reached through the
// index path prefix; onPath holds the struct types being expanded (embedding cycles).
func collectFields(t reflect.Type, prefix []int, onPath map[reflect.Type]bool, cands *[]field) {
	if onPath[t] {
		return
	}
	onPath[t] = true
	defer delete(onPath, t)
	for i := range t.NumField() {
		sf := t.Field(i)
		inner := sf.Type
		if inner.Kind() == reflect.Pointer {
			inner = inner.Elem()
		}
		if !sf.IsExported() && !(sf.Anonymous && inner.Kind() == reflect.Struct) {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts := parseTag(tag)
		if !validTagName(name) {
			name = ""
		}
		path := append(append(make([]int, 0, len(prefix)+1), prefix...), i)
		if sf.Anonymous && name == "" && inner.Kind() == reflect.Struct {
			collectFields(inner, path, onPath, cands)
			continue
		}
		if !sf.IsExported() {
			continue
		}
		// ",string" applies to scalars and to unnamed pointers to them.
		ft := sf.Type
		if ft.Kind() == reflect.Pointer && ft.Name() == "" {
			ft = ft.Elem()
		}
		f := field{name: name, tagged: name != "", index: path, typ: ft, omitEmpty: hasOption(opts, "omitempty")}
		if f.name == "" {
			f.name = sf.Name
		}
		if hasOption(opts, "string") {
			k := ft.Kind()
			f.quoted = k == reflect.Bool || k == reflect.String || intKind(k) || uintKind(k) || k == reflect.Float32 || k == reflect.Float64
		}
		f.nameBytes = append(appendString(nil, f.name, true), ':')
		*cands = append(*cands, f)
	}
}

// lessIndex orders index paths as the fields appear in the struct.
func lessIndex(a, b []int) bool {
	for k, x := range a {
		if k >= len(b) {
			return false
		}
		if x != b[k] {
			return x < b[k]
		}
	}
	return len(a) < len(b)
}

