// Test shim: math/rand/v2 natives backed by real Go.
package rand

import gorand "math/rand/v2"

func runtimeRand() uint64 { return gorand.Uint64() }
