package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	_, ok := os.LookupEnv("MINIGO_SURELY_UNSET_VARIABLE_42")
	fmt.Println(ok, os.Getenv("MINIGO_SURELY_UNSET_VARIABLE_42") == "")
	os.Setenv("MINIGO_TEST_VAR", "value=1")
	v, ok := os.LookupEnv("MINIGO_TEST_VAR")
	fmt.Println(v, ok)
	os.Unsetenv("MINIGO_TEST_VAR")
	fmt.Println(os.Getenv("MINIGO_TEST_VAR") == "")
	wd, err := os.Getwd()
	fmt.Println(err == nil, strings.HasPrefix(wd, "/"))
	_, err = os.ReadFile("/definitely/not/here.txt")
	fmt.Println(err != nil, os.IsNotExist(err))
	f, err := os.CreateTemp("", "minigo-test-*.txt")
	if err != nil {
		fmt.Println("createtemp failed", err)
		return
	}
	name := f.Name()
	n, err := f.WriteString("hello file\nline 2\n")
	fmt.Println(n, err)
	f.Close()
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	fi, err := os.Stat(name)
	fmt.Println(fi.Size(), fi.IsDir(), err)
	fmt.Println(os.Remove(name) == nil)
	_, err = os.Stat(name)
	fmt.Println(os.IsNotExist(err))
	fmt.Fprintln(os.Stdout, "pid positive:", os.Getpid() > 0)
}
