package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(v interface{}, indent string, b *strings.Builder) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(indent + "  ")
			encode(e, indent+"  ", b)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", indent, k)
			encode(x[k], indent+"  ", b)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	default:
		fmt.Fprintf(b, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "minigo",
		"version": 1.5,
		"stable":  false,
		"tags":    []interface{}{"go", "rust", 42, nil},
		"nested": map[string]interface{}{
			"empty": []interface{}{},
			"quote": "say \"hi\"\n",
			"n":     -7,
		},
		"odd": struct{}{},
	}
	var b strings.Builder
	encode(doc, "", &b)
	fmt.Println(b.String())
}
