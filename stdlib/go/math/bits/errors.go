package bits

// The panics of Div, as Go's runtime errors print them.

type bitsError string

func (e bitsError) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks these errors as runtime errors (runtime.Error).
func (e bitsError) RuntimeError() {}

var overflowError = bitsError("integer overflow")

var divideError = bitsError("integer divide by zero")
