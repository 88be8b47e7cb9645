// Package encoding holds the interfaces through which types convert themselves to and
// from bytes or text; encoding/json and others call them.
package encoding

// BinaryMarshaler: MarshalBinary returns the value in a binary form of its own.
type BinaryMarshaler interface {
	MarshalBinary() ([]byte, error)
}

// BinaryUnmarshaler: UnmarshalBinary sets the value from what MarshalBinary produced; it
// must copy data if it keeps it.
type BinaryUnmarshaler interface {
	UnmarshalBinary([]byte) error
}

// TextMarshaler: MarshalText returns the value as UTF-8 text.
type TextMarshaler interface {
	MarshalText() ([]byte, error)
}

// TextUnmarshaler: UnmarshalText sets the value from what MarshalText produced; it must
// copy the text if it keeps it.
type TextUnmarshaler interface {
	UnmarshalText([]byte) error
}
