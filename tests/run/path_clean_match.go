package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "///a//b/", "a/b/../../..", "/../a", "a/./b/.", "../../x/../y",
		"abc/def/../../../ghi", "/a/b/c/../../../..", "a//b//c", "./a", "a/..", "/.", "x/y/z/..", "../a/../..", ".../..", "a/.../b"} {
		fmt.Printf("Clean(%q)=%q\n", p, path.Clean(p))
	}
	for _, p := range []string{"", "a", "/", "a/", "/a", "a/b/c", "//a//b", "a.b/c.d"} {
		d, f := path.Split(p)
		fmt.Printf("Split(%q)=%q,%q Base=%q Dir=%q Ext=%q IsAbs=%v\n", p, d, f, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	for _, p := range []string{"x.go", "a/b.c/d", "a/b.c/d.e", ".hidden", "dir.ext/", "a.", "a.b.c", "/x/.y"} {
		fmt.Printf("Ext(%q)=%q Base=%q\n", p, path.Ext(p), path.Base(p))
	}
	fmt.Printf("%q %q %q %q %q\n", path.Join(), path.Join("", ""), path.Join("a", "", "b"), path.Join("/", "x/", "../y"), path.Join("a/", "/b", "c/"))
	fmt.Printf("%q %q %q\n", path.Base("///"), path.Dir("///a"), path.Dir("a/b/"))
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"},
		{"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"},
		{"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"},
		{"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"},
		{"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"},
		{"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"[]", "a"}, {"[z-a]", "b"}, {"[z-a]", ""}, {"x[z-a]", "y"}, {"[z-a]*", "z"}, {"[^z-a]", "q"},
		{"a*", ""}, {"", ""}, {"", "a"}, {"*", ""}, {"**", "ab"}, {"a\\", "a"}, {"[\\", "a"},
	}
	for _, c := range cases {
		ok, err := path.Match(c[0], c[1])
		fmt.Printf("Match(%q,%q)=%v %v\n", c[0], c[1], ok, err)
	}
	fmt.Println(path.ErrBadPattern)
}
