package testing

import (
	"io"
	"os"
	"regexp"
	"syscall"
)

func matchString(pat, s string) (bool, string) {
	ok, err := regexp.MatchString(pat, s)
	if err != nil {
		return false, err.Error()
	}
	return ok, ""
}

var captures []*os.File
var saved []int

func captureStdout() int {
	f, err := os.CreateTemp("", "example")
	if err != nil {
		return -1
	}
	os.Remove(f.Name())
	s, err := syscall.Dup(1)
	if err != nil {
		f.Close()
		return -1
	}
	syscall.Dup2(int(f.Fd()), 1)
	captures = append(captures, f)
	saved = append(saved, s)
	return len(captures) - 1
}

func endCapture(h int) string {
	if h < 0 {
		return ""
	}
	f := captures[h]
	syscall.Dup2(saved[h], 1)
	syscall.Close(saved[h])
	f.Seek(0, 0)
	b, _ := io.ReadAll(f)
	f.Close()
	return string(b)
}
