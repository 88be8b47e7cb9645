// Test shim: time natives backed by real Go's time package.
package time

import (
	goerrors "errors"
	goos "os"
	gosync "sync"
	gosyscall "syscall"
	gotime "time"
)

var processStart = gotime.Now()

func now() (int64, int32, int64) {
	t := gotime.Now()
	return t.Unix(), int32(t.Nanosecond()), runtimeNano()
}

func runtimeNano() int64 { return int64(gotime.Since(processStart)) + 1e9 }

func Sleep(d Duration) { gotime.Sleep(gotime.Duration(d)) }

type shimTimer struct {
	mu     gosync.Mutex
	real   *gotime.Timer
	c      chan Time
	f      func()
	period int64
	seq    int
}

var timers gosync.Mutex
var table = map[*runtimeTimer]*shimTimer{}

func (s *shimTimer) arm(delay int64) {
	s.seq++
	seq := s.seq
	s.real = gotime.AfterFunc(gotime.Duration(delay), func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if seq != s.seq {
			return
		}
		if s.f != nil {
			go s.f()
			return
		}
		sec, nsec, mono := now()
		select {
		case s.c <- Time{sec: sec + unixToInternal, nsec: int64(nsec), mono: mono}:
		default:
		}
		if s.period > 0 {
			s.arm(s.period)
		}
	})
}

func register(s *shimTimer) *runtimeTimer {
	r := new(runtimeTimer)
	timers.Lock()
	table[r] = s
	timers.Unlock()
	return r
}

func lookupTimer(r *runtimeTimer) *shimTimer {
	timers.Lock()
	defer timers.Unlock()
	return table[r]
}

func newChanTimer(delay, period int64) (chan Time, *runtimeTimer) {
	s := &shimTimer{c: make(chan Time, 1), period: period}
	s.mu.Lock()
	s.arm(delay)
	s.mu.Unlock()
	return s.c, register(s)
}

func newFuncTimer(delay int64, f func()) *runtimeTimer {
	s := &shimTimer{f: f}
	s.mu.Lock()
	s.arm(delay)
	s.mu.Unlock()
	return register(s)
}

func stopTimer(r *runtimeTimer) bool {
	s := lookupTimer(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	pending := s.real.Stop()
	if s.c != nil {
		select {
		case <-s.c:
			pending = true
		default:
		}
	}
	return pending
}

func resetTimer(r *runtimeTimer, delay, period int64) bool {
	s := lookupTimer(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	pending := s.real.Stop()
	if s.c != nil {
		select {
		case <-s.c:
			pending = true
		default:
		}
	}
	s.period = period
	s.arm(delay)
	return pending
}

// readFile: the zone file through real Go's os package, errors as their errno.
func readFile(path string) ([]byte, uintptr) {
	data, err := goos.ReadFile(path)
	if err != nil {
		var errno gosyscall.Errno
		if goerrors.As(err, &errno) {
			return nil, uintptr(errno)
		}
		return nil, uintptr(gosyscall.EIO)
	}
	return data, 0
}

func zoneEnv(key string) (string, bool) { return goos.LookupEnv(key) }

// setTimerLocation: the shim's timer values are built by its own code.
func setTimerLocation(loc *Location) {}
