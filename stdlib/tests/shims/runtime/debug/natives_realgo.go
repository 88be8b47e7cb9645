// Test shim: runtime/debug natives backed by real Go's runtime/debug.
package debug

import godebug "runtime/debug"

func setGCPercent(percent int) int { return godebug.SetGCPercent(percent) }
