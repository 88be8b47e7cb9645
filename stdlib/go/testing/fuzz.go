package testing

import "fmt"

// F is the state of a fuzz target. minigo runs the seed corpus (the values given to
// Add) as subtests `NAME/seed#i`; it does not generate new inputs.
type F struct {
	t     *T
	seeds [][]any
	fuzzed bool
}

func (f *F) Name() string                          { return f.t.Name() }
func (f *F) Helper()                               { f.t.Helper() }
func (f *F) Log(args ...any)                       { f.t.Log(args...) }
func (f *F) Logf(format string, args ...any)       { f.t.Logf(format, args...) }
func (f *F) Error(args ...any)                     { f.t.Error(args...) }
func (f *F) Errorf(format string, args ...any)     { f.t.Errorf(format, args...) }
func (f *F) Fatal(args ...any)                     { f.t.Fatal(args...) }
func (f *F) Fatalf(format string, args ...any)     { f.t.Fatalf(format, args...) }
func (f *F) Fail()                                 { f.t.Fail() }
func (f *F) FailNow()                              { f.t.FailNow() }
func (f *F) Failed() bool                          { return f.t.Failed() }
func (f *F) Skip(args ...any)                      { f.t.Skip(args...) }
func (f *F) Skipf(format string, args ...any)      { f.t.Skipf(format, args...) }
func (f *F) SkipNow()                              { f.t.SkipNow() }
func (f *F) Skipped() bool                         { return f.t.Skipped() }
func (f *F) Cleanup(fn func())                     { f.t.Cleanup(fn) }
func (f *F) TempDir() string                       { return f.t.TempDir() }
func (f *F) Setenv(key, value string)              { f.t.Setenv(key, value) }
func (f *F) private()                              {}

// Add adds a seed input.
func (f *F) Add(args ...any) {
	f.seeds = append(f.seeds, args)
}

// Fuzz runs ff, a func(*T, args...), on each seed input as a subtest.
func (f *F) Fuzz(ff any) {
	if f.fuzzed {
		panic("testing: F.Fuzz called more than once")
	}
	f.fuzzed = true
	for i, seed := range f.seeds {
		seed := seed
		f.t.Run(fmt.Sprintf("seed#%d", i), func(t *T) {
			callFuzz(t, ff, seed)
		})
	}
}

// callFuzz calls a fuzz function with one seed's values (the argument types Go's fuzzing
// supports, one or two of them).
func callFuzz(t *T, ff any, a []any) {
	bad := func() {
		t.Fatalf("minigo: fuzz function of type %T with %d seed values is not supported yet", ff, len(a))
	}
	switch fn := ff.(type) {
	case func(*T, string):
		if len(a) == 1 {
			if v, ok := a[0].(string); ok {
				fn(t, v)
				return
			}
		}
	case func(*T, []byte):
		if len(a) == 1 {
			if v, ok := a[0].([]byte); ok {
				fn(t, v)
				return
			}
		}
	case func(*T, int):
		if len(a) == 1 {
			if v, ok := a[0].(int); ok {
				fn(t, v)
				return
			}
		}
	case func(*T, int64):
		if len(a) == 1 {
			if v, ok := a[0].(int64); ok {
				fn(t, v)
				return
			}
		}
	case func(*T, uint):
		if len(a) == 1 {
			if v, ok := a[0].(uint); ok {
				fn(t, v)
				return
			}
		}
	case func(*T, bool):
		if len(a) == 1 {
			if v, ok := a[0].(bool); ok {
				fn(t, v)
				return
			}
		}
	case func(*T, float64):
		if len(a) == 1 {
			if v, ok := a[0].(float64); ok {
				fn(t, v)
				return
			}
		}
	case func(*T, string, string):
		if len(a) == 2 {
			v0, ok0 := a[0].(string)
			v1, ok1 := a[1].(string)
			if ok0 && ok1 {
				fn(t, v0, v1)
				return
			}
		}
	case func(*T, string, int):
		if len(a) == 2 {
			v0, ok0 := a[0].(string)
			v1, ok1 := a[1].(int)
			if ok0 && ok1 {
				fn(t, v0, v1)
				return
			}
		}
	case func(*T, int, int):
		if len(a) == 2 {
			v0, ok0 := a[0].(int)
			v1, ok1 := a[1].(int)
			if ok0 && ok1 {
				fn(t, v0, v1)
				return
			}
		}
	case func(*T, []byte, []byte):
		if len(a) == 2 {
			v0, ok0 := a[0].([]byte)
			v1, ok1 := a[1].([]byte)
			if ok0 && ok1 {
				fn(t, v0, v1)
				return
			}
		}
	}
	bad()
}
