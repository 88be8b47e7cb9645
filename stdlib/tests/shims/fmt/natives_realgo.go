// Test shim: fmt natives.
package fmt

func bufString(b []byte) string { return string(b) }
