package atomic

// And<T> and Or<T> apply mask to *addr with & or | in one atomic step and return the
// value *addr had before. They retry a compare-and-swap until no other write slips in
// between the read and the update.

func AndInt32(addr *int32, mask int32) (old int32) {
	for {
		cur := LoadInt32(addr)
		if CompareAndSwapInt32(addr, cur, cur&mask) {
			return cur
		}
	}
}

func OrInt32(addr *int32, mask int32) (old int32) {
	for {
		cur := LoadInt32(addr)
		if CompareAndSwapInt32(addr, cur, cur|mask) {
			return cur
		}
	}
}

func AndUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		cur := LoadUint32(addr)
		if CompareAndSwapUint32(addr, cur, cur&mask) {
			return cur
		}
	}
}

func OrUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		cur := LoadUint32(addr)
		if CompareAndSwapUint32(addr, cur, cur|mask) {
			return cur
		}
	}
}

func AndInt64(addr *int64, mask int64) (old int64) {
	for {
		cur := LoadInt64(addr)
		if CompareAndSwapInt64(addr, cur, cur&mask) {
			return cur
		}
	}
}

func OrInt64(addr *int64, mask int64) (old int64) {
	for {
		cur := LoadInt64(addr)
		if CompareAndSwapInt64(addr, cur, cur|mask) {
			return cur
		}
	}
}

func AndUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		cur := LoadUint64(addr)
		if CompareAndSwapUint64(addr, cur, cur&mask) {
			return cur
		}
	}
}

func OrUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		cur := LoadUint64(addr)
		if CompareAndSwapUint64(addr, cur, cur|mask) {
			return cur
		}
	}
}

func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		cur := LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, cur, cur&mask) {
			return cur
		}
	}
}

func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		cur := LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, cur, cur|mask) {
			return cur
		}
	}
}
