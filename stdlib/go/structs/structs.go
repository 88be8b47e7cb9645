// Package structs holds marker types for struct fields.
package structs

// HostLayout marks a struct as following the host platform's layout (by convention as
// the type of a leading field named _). minigo lays structs out its own way whatever the
// marker; unsafe.Sizeof and Offsetof still give gc's amd64 values.
type HostLayout struct {
	_ hostLayout
}

type hostLayout struct{}
