// Package atomic offers single-word operations that other goroutines observe as
// indivisible, the building blocks of lock-free synchronization.
//
// In minigo every operation below is a native acting on the one word the VM keeps for
// the integer (sequentially consistent; 32-bit types wrap at 32 bits). And/Or and the
// typed values are written in Go on top of them. The unsafe.Pointer functions are not
// provided (minigo has no unsafe); Pointer[T] is in pointer.go.
package atomic

// Add<T> adds delta to *addr and returns the sum (unsigned types wrap, so adding
// ^uint32(c-1) subtracts c).
func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// Load<T> reads *addr.
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)

// Store<T> writes val to *addr.
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)

// Swap<T> writes new to *addr and returns what was there.
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// CompareAndSwap<T> writes new to *addr only if *addr equals old, and reports
// whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
