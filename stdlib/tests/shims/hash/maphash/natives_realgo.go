// Test shim: hash/maphash natives backed by real Go.
package maphash

import gorand "math/rand/v2"

func runtimeRand() uint64 { return gorand.Uint64() }
