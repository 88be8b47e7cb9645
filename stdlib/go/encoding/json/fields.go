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

var fieldCache sync.Map // reflect.Type → []field

// cachedFields returns the JSON fields of struct type t.
func cachedFields(t reflect.Type) []field {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]field)
	}
	f, _ := fieldCache.LoadOrStore(t, typeFields(t))
	return f.([]field)
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

// validTagName: tag names may use letters, digits and most ASCII punctuation.
func validTagName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// typeFields lists the fields JSON encodes for struct type t: exported fields and those
// promoted from embedded structs, breadth first; among fields with the same name the
// shallowest wins, then a tagged one if it is the only one at that depth; otherwise the
// name is dropped. The result is in index order.
func typeFields(t reflect.Type) []field {
	type walk struct {
		typ   reflect.Type
		index []int
	}
	current := []walk{}
	next := []walk{{typ: t}}
	var count, nextCount map[reflect.Type]int
	visited := map[reflect.Type]bool{}
	var fields []field

	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, w := range current {
			if visited[w.typ] {
				continue
			}
			visited[w.typ] = true
			for i := 0; i < w.typ.NumField(); i++ {
				sf := w.typ.Field(i)
				if sf.Anonymous {
					ft := sf.Type
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
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
				index := make([]int, len(w.index)+1)
				copy(index, w.index)
				index[len(w.index)] = i

				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				quoted := false
				if hasOption(opts, "string") {
					switch ft.Kind() {
					case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
						reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
						reflect.Float32, reflect.Float64, reflect.String:
						quoted = true
					}
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					tagged := name != ""
					if name == "" {
						name = sf.Name
					}
					f := field{name: name, tagged: tagged, index: index, typ: ft, omitEmpty: hasOption(opts, "omitempty"), quoted: quoted}
					f.nameBytes = append(appendString(nil, f.name, true), ':')
					fields = append(fields, f)
					if count[w.typ] > 1 {
						// Two copies of the same embedded type at one depth annihilate
						// each other; keep a second copy so the dominance check drops it.
						fields = append(fields, fields[len(fields)-1])
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, walk{typ: ft, index: index})
				}
			}
		}
	}

	sort.SliceStable(fields, func(i, j int) bool {
		x := fields
		if x[i].name != x[j].name {
			return x[i].name < x[j].name
		}
		if len(x[i].index) != len(x[j].index) {
			return len(x[i].index) < len(x[j].index)
		}
		if x[i].tagged != x[j].tagged {
			return x[i].tagged
		}
		return lessIndex(x[i].index, x[j].index)
	})

	out := fields[:0]
	for advance, i := 0, 0; i < len(fields); i += advance {
		fi := fields[i]
		advance = 1
		for advance < len(fields)-i && fields[i+advance].name == fi.name {
			advance++
		}
		if advance == 1 {
			out = append(out, fi)
			continue
		}
		if f, ok := dominantField(fields[i : i+advance]); ok {
			out = append(out, f)
		}
	}
	fields = out
	sort.Slice(fields, func(i, j int) bool { return lessIndex(fields[i].index, fields[j].index) })
	return fields
}

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

// dominantField picks the field that wins among fields sharing a name (sorted by depth,
// tagged first): the single shallowest one, or the single tagged one at that depth.
func dominantField(fs []field) (field, bool) {
	if len(fs) > 1 && len(fs[0].index) == len(fs[1].index) && fs[0].tagged == fs[1].tagged {
		return field{}, false
	}
	return fs[0], true
}

// foldEqual reports whether two field names match ignoring case (Unicode simple folding).
func foldEqual(a, b string) bool {
	return strings.EqualFold(a, b)
}
