package xml

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// The kinds of struct field (one of the kind bits) and its options.
const (
	kElement = 1 << iota
	kAttr
	kCDATA
	kCharData
	kInnerXML
	kComment
	kAny
	optOmitEmpty

	kindBits = kElement | kAttr | kCDATA | kCharData | kInnerXML | kComment | kAny
)

// xmlField is a struct field as XML sees it: where it is (index path through embedded
// structs), what XML it maps to and under which name.
type xmlField struct {
	index   []int
	goName  string
	tag     string   // the field's full xml tag (for error texts)
	space   string   // name space from the tag ("url name")
	name    string   // element or attribute name (empty for chardata, any...)
	parents []string // a>b>c: the enclosing elements a, b
	flags   int
}

func (f *xmlField) kind() int { return f.flags & kindBits }

// structInfo is the XML layout of a struct type: its XMLName field (if any) and its
// other fields, embedded structs flattened, in declaration order.
type structInfo struct {
	xmlName *xmlField
	fields  []xmlField
}

var nameType = reflect.TypeOf(Name{})

var infoCache struct {
	sync.Mutex
	byType map[reflect.Type]*structInfo
	errs   map[reflect.Type]error
}

// infoOf returns the layout of struct type t, or the error its tags cause.
func infoOf(t reflect.Type) (*structInfo, error) {
	infoCache.Lock()
	defer infoCache.Unlock()
	if si, ok := infoCache.byType[t]; ok {
		return si, nil
	}
	if err, ok := infoCache.errs[t]; ok {
		return nil, err
	}
	si, err := buildInfo(t)
	if infoCache.byType == nil {
		infoCache.byType = map[reflect.Type]*structInfo{}
		infoCache.errs = map[reflect.Type]error{}
	}
	if err != nil {
		infoCache.errs[t] = err
		return nil, err
	}
	infoCache.byType[t] = si
	return si, nil
}

func buildInfo(t reflect.Type) (*structInfo, error) {
	si := &structInfo{}
	if t == nameType {
		return si, nil
	}
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("xml")
		if (!sf.IsExported() && !sf.Anonymous) || tag == "-" {
			continue
		}
		if sf.Anonymous && tag == "" {
			inner := sf.Type
			if inner.Kind() == reflect.Pointer {
				inner = inner.Elem()
			}
			if inner.Kind() == reflect.Struct {
				isi, err := buildInfoUnlocked(inner)
				if err != nil {
					return nil, err
				}
				if si.xmlName == nil && isi.xmlName != nil {
					f := *isi.xmlName
					f.index = prefixIndex(i, f.index)
					si.xmlName = &f
				}
				for _, f := range isi.fields {
					f.index = prefixIndex(i, f.index)
					if err := si.add(t, f); err != nil {
						return nil, err
					}
				}
				continue
			}
			if !sf.IsExported() {
				continue
			}
		}
		f, err := parseField(t, sf)
		if err != nil {
			return nil, err
		}
		f.index = []int{i}
		if sf.Name == "XMLName" {
			si.xmlName = &f
			continue
		}
		if err := si.add(t, f); err != nil {
			return nil, err
		}
	}
	return si, nil
}

// buildInfoUnlocked is infoOf for use while the cache is already locked.
func buildInfoUnlocked(t reflect.Type) (*structInfo, error) {
	if si, ok := infoCache.byType[t]; ok {
		return si, nil
	}
	return buildInfo(t)
}

func prefixIndex(i int, rest []int) []int {
	return append([]int{i}, rest...)
}

func invalidTag(t reflect.Type, sf reflect.StructField, tag string) error {
	return errors.New("xml: invalid tag in field " + sf.Name + " of type " + t.String() + ": " + strconv.Quote(tag))
}

// parseField reads a field's xml tag: "[space ]name[,option...]" or "a>b>c".
func parseField(t reflect.Type, sf reflect.StructField) (xmlField, error) {
	tag := sf.Tag.Get("xml")
	f := xmlField{goName: sf.Name, tag: tag}
	name, opts, _ := strings.Cut(tag, ",")
	if sp, local, ok := strings.Cut(name, " "); ok {
		f.space, name = sp, local
	}
	if opts != "" {
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "attr":
				f.flags |= kAttr
			case "cdata":
				f.flags |= kCDATA
			case "chardata":
				f.flags |= kCharData
			case "innerxml":
				f.flags |= kInnerXML
			case "comment":
				f.flags |= kComment
			case "any":
				f.flags |= kAny
			case "omitempty":
				f.flags |= optOmitEmpty
			}
		}
		valid := true
		switch k := f.kind(); k {
		case 0:
			f.flags |= kElement
		case kAttr, kCDATA, kCharData, kInnerXML, kComment, kAny, kAny | kAttr:
			if sf.Name == "XMLName" || (name != "" && k != kAttr) {
				valid = false
			}
		default:
			valid = false
		}
		if f.kind() == kAny {
			f.flags |= kElement
		}
		if f.flags&optOmitEmpty != 0 && f.flags&(kElement|kAttr) == 0 {
			valid = false
		}
		if !valid {
			return f, invalidTag(t, sf, tag)
		}
	} else {
		f.flags = kElement
	}
	if sf.Name == "XMLName" {
		f.name = name
		return f, nil
	}
	if name == "" {
		// An element field takes the name of its type's XMLName tag, if it has one.
		if f.flags&kElement != 0 {
			if tn := typeXMLName(sf.Type); tn != nil && tn.name != "" {
				f.space, f.name = tn.space, tn.name
				return f, nil
			}
		}
		f.name = sf.Name
		return f, nil
	}
	if strings.Contains(name, ">") {
		if f.flags&kElement == 0 || f.kind()&kAny != 0 {
			return f, invalidTag(t, sf, tag)
		}
		if strings.HasPrefix(name, ">") {
			name = sf.Name + name
		}
		parts := strings.Split(name, ">")
		if parts[len(parts)-1] == "" {
			return f, errors.New("xml: trailing '>' in field " + sf.Name + " of type " + t.String())
		}
		f.parents, name = parts[:len(parts)-1], parts[len(parts)-1]
	}
	f.name = name
	if f.flags&kElement != 0 && len(f.parents) == 0 {
		if tn := typeXMLName(sf.Type); tn != nil && tn.name != "" && tn.name != name {
			return f, errors.New("xml: name " + strconv.Quote(name) + " in tag of " + t.String() + "." + sf.Name +
				" conflicts with name " + strconv.Quote(tn.name) + " in " + derefType(sf.Type).String() + ".XMLName")
		}
	}
	return f, nil
}

func derefType(t reflect.Type) reflect.Type {
	if t.Kind() != reflect.Pointer {
		return t
	}
	return derefType(t.Elem())
}

// typeXMLName returns the XMLName field of a struct type (through pointers), if any.
func typeXMLName(t reflect.Type) *xmlField {
	t = derefType(t)
	if t.Kind() != reflect.Struct || t == nameType {
		return nil
	}
	sf, ok := t.FieldByName("XMLName")
	if !ok || sf.Type != nameType {
		return nil
	}
	f, err := parseField(t, sf)
	if err != nil {
		return nil
	}
	return &f
}

// add appends f to the struct's fields unless a field with the same XML path already
// exists: then the shallower one wins, and two at the same depth conflict.
func (si *structInfo) add(t reflect.Type, f xmlField) error {
	if f.flags&kElement == 0 && f.flags&kAttr == 0 {
		si.fields = append(si.fields, f)
		return nil
	}
	var clash []int
	for i := range si.fields {
		g := &si.fields[i]
		if g.flags&(kElement|kAttr) != f.flags&(kElement|kAttr) || g.flags&kAny != 0 || f.flags&kAny != 0 {
			continue
		}
		if g.space != "" && f.space != "" && g.space != f.space {
			continue
		}
		if pathsOverlap(g, &f) {
			clash = append(clash, i)
		}
	}
	if len(clash) == 0 {
		si.fields = append(si.fields, f)
		return nil
	}
	depth := len(f.index)
	for _, i := range clash {
		if d := len(si.fields[i].index); d < depth {
			return nil // an existing shallower field hides f
		}
	}
	for _, i := range clash {
		g := &si.fields[i]
		if len(g.index) == depth {
			return &TagPathError{Struct: t, Field1: g.goName, Tag1: fullTag(g), Field2: f.goName, Tag2: fullTag(&f)}
		}
	}
	// f is shallower than every clashing field: it replaces them.
	kept := si.fields[:0]
	for i, g := range si.fields {
		if !containsInt(clash, i) {
			kept = append(kept, g)
		}
	}
	si.fields = append(kept, f)
	return nil
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// fullTag is a field's path written as a tag: "a>b>c".
func fullTag(f *xmlField) string {
	return strings.Join(append(append([]string{}, f.parents...), f.name), ">")
}

// pathsOverlap: one field's path (parents then name) is a prefix of the other's.
func pathsOverlap(a, b *xmlField) bool {
	pa := append(append([]string{}, a.parents...), a.name)
	pb := append(append([]string{}, b.parents...), b.name)
	if len(pa) > len(pb) {
		pa, pb = pb, pa
	}
	for i := range pa {
		if pa[i] != pb[i] {
			return false
		}
	}
	return true
}

// fieldByIndex returns the field of struct value v at index path idx, allocating nil
// embedded pointers when alloc is set (invalid Value if one is nil and !alloc).
func fieldByIndex(v reflect.Value, idx []int, alloc bool) reflect.Value {
	for k, i := range idx {
		if k > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !alloc || !v.CanSet() {
					return reflect.Value{}
				}
				fill(v)
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}
