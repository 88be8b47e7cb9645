package ioutil

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Names of temporary files take a pseudo-random decimal number, from a generator seeded
// by the clock and the process id; a name that exists already is retried with the next.
var (
	nameMu   sync.Mutex
	nameSeed uint32
)

func nextRandom() string {
	nameMu.Lock()
	defer nameMu.Unlock()
	if nameSeed == 0 {
		nameSeed = uint32(time.Now().UnixNano()) ^ uint32(os.Getpid())<<16 | 1
	}
	// xorshift32
	nameSeed ^= nameSeed << 13
	nameSeed ^= nameSeed >> 17
	nameSeed ^= nameSeed << 5
	return strconv.FormatUint(uint64(nameSeed%1000000000), 10)
}

// splitPattern returns the parts before and after the random string.
func splitPattern(op, pattern string) (string, string, error) {
	if strings.Contains(pattern, "/") {
		return "", "", &os.PathError{Op: op, Path: pattern, Err: errors.New("pattern contains path separator")}
	}
	if i := strings.LastIndexByte(pattern, '*'); i >= 0 {
		return pattern[:i], pattern[i+1:], nil
	}
	return pattern, "", nil
}

func tempBase(dir string) string {
	if dir == "" {
		return os.TempDir()
	}
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	return dir
}

// newOnly opens for reading and writing a file that must not exist yet.
const newOnly = os.O_RDWR | os.O_CREATE | os.O_EXCL

func createTemp(dir, pattern string) (*os.File, error) {
	prefix, suffix, err := splitPattern("createtemp", pattern)
	if err != nil {
		return nil, err
	}
	base := tempBase(dir)
	if dir == "" {
		base += "/"
	}
	for tries := 0; ; tries++ {
		name := base + prefix + nextRandom() + suffix
		f, err := os.OpenFile(name, newOnly, 0600)
		if os.IsExist(err) && tries < 10000 {
			continue
		}
		return f, err
	}
}

func makeTempDir(dir, pattern string) (string, error) {
	prefix, suffix, err := splitPattern("mkdirtemp", pattern)
	if err != nil {
		return "", err
	}
	base := tempBase(dir)
	if dir == "" {
		base += "/"
	}
	for tries := 0; ; tries++ {
		name := base + prefix + nextRandom() + suffix
		err := os.Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if os.IsExist(err) && tries < 10000 {
			continue
		}
		if os.IsNotExist(err) {
			if _, serr := os.Stat(dir); os.IsNotExist(serr) {
				return "", err
			}
		}
		return "", err
	}
}
