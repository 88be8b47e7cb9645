package geom

import (
	"sort"

	"example.com/sample/internal/config"
)

var kinds = map[string]func() Shape{}

var registeredAt = config.Steps()

func init() {
	kinds["rect"] = func() Shape { return Rect{1, 1} }
	config.Trace("geom: init in registry.go")
}

func init() {
	kinds["circle"] = func() Shape { return Circle{1} }
	config.Trace("geom: second init in registry.go")
}

// Kinds lists the registered shape kinds, sorted.
func Kinds() []string {
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Unit returns the unit shape of a kind, or nil.
func Unit(kind string) Shape {
	if f, ok := kinds[kind]; ok {
		return f()
	}
	return nil
}
