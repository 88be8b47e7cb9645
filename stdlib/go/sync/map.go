package sync

// Map is a map[any]any that goroutines may use concurrently without further locking. Its
// zero value is an empty map; it must not be copied once used.
//
// This implementation guards a plain map with a Mutex; Range works on a snapshot, so its
// callback may use the Map.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load is the value stored for key, and whether there is one.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store sets key's value.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// Clear removes every entry.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// LoadOrStore returns key's value if it has one (loaded true), otherwise stores value and
// returns it (loaded false).
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete removes key and returns the value it had, if any (loaded says whether it
// was there).
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	m.mu.Unlock()
	return
}

// Delete removes key's entry.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Swap stores value under key and returns the value it replaces, if any (loaded says
// whether there was one).
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return
}

// CompareAndSwap stores new under key if the current value equals old (which must be
// comparable), and reports whether it did.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete removes key if its value equals old (which must be comparable), and
// reports whether it did; a missing key is never deleted, even for a nil old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each entry until f returns false. It works on a snapshot taken when it
// starts: f may change the map, and entries stored meanwhile may or may not be seen.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i, k := range keys {
		if !f(k, values[i]) {
			break
		}
	}
}
