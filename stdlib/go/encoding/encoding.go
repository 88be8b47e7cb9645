// Package encoding defines interfaces shared by packages that convert data to and from
// byte-level and textual representations.
package encoding

// BinaryMarshaler is implemented by an object that can marshal itself into a binary form.
type BinaryMarshaler interface {
	MarshalBinary() ([]byte, error)
}

// BinaryUnmarshaler is implemented by an object that can unmarshal a binary
// representation of itself.
type BinaryUnmarshaler interface {
	UnmarshalBinary([]byte) error
}

// TextMarshaler is implemented by an object that can marshal itself into a textual form.
type TextMarshaler interface {
	MarshalText() ([]byte, error)
}

// TextUnmarshaler is implemented by an object that can unmarshal a textual
// representation of itself.
type TextUnmarshaler interface {
	UnmarshalText([]byte) error
}
