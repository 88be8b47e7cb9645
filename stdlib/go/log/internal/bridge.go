// Package internal is the link between package log and log/slog, which imports log:
// slog's default handler writes its lines through log's package-level logger, with
// that logger's prefix, flags and writer.
package internal

// DefaultOutput, set by package log, writes one line through log's package-level
// logger; pc (0 if unknown) is the call site that file:line flags report.
var DefaultOutput func(pc uintptr, line []byte) error
