package main

import (
	"fmt"
	"mime"
	"sort"
)

func show(m map[string]string) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	s := "{"
	for _, k := range ks {
		s += fmt.Sprintf("%q:%q ", k, m[k])
	}
	return s + "}"
}

func main() {
	for _, in := range []string{
		"text/html", "Text/HTML; Charset=UTF-8", "text/html ; charset=\"utf-8\"", "form-data; name=\"file\"; filename=\"a b.txt\"",
		"", "text", "text/", "/html", "text/html; charset", "text/html; charset=", "text/html; =x", "text/html; a=1; a=2", "text/html; a=1; A=2",
		"text/html junk", "text/html;", "text/html;;", "text/html; a=\"unterminated", "text/html; a=\"esc\\\"aped\"", "attachment; filename*=UTF-8''%e2%82%ac%20rates",
		"attachment; filename*0=\"foo.\"; filename*1=\"html\"", "attachment; filename*0*=UTF-8''a%20; filename*1=b", "attachment; filename*=iso-8859-1''caf%e9", "attachment; filename*=bad''x",
		"application/x-www-form-urlencoded", "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", "text/plain; charset=utf-8 ", " text/plain", "text/plain; a=b c",
		"message/rfc822; a=b; c", "inline", "x/y; a=\"\"", "x/y; a=1;b=2", "text/html; charset=utf-8; foo=\"bar\\\\baz\"", "*/*", "text/*; q=0.5", "a/b/c", "é/b", "a/b; é=1", "a/b; x=é", "x/y; a=\"C:\\dir\\file.txt\"", "x/y; f=plain; f*=UTF-8''ext", "x/y; f*=UTF-8''ext; f=plain", "x/y; f*0=a; f*2=c", "x/y; f*1=b", "x/y; f*0=a; f*0*=UTF-8''b", "x/y; f*0*=UTF-8''%zz; f*1=b", "x/y; f*=UTF-8''%zz", "x/y; f*0*=x''a; f*1*=%41%4", "x/y; a=b; ", "x/y;a=b", "x/y\t;\ta=b", "text/plain; charset=\"utf\r\n-8\"", "x/y; a==b", "x/y; a=\"q\"x", "x/y; f*0=a; f=b", "x/y; F*=utf-8''Up", "x/y ; a = b", "x/y; a=\"\\q\"", "text/html; charset=utf-8;", "multipart/mixed; boundary=\"--a;b\"",
	} {
		t, p, err := mime.ParseMediaType(in)
		fmt.Printf("%q => %q %s %v\n", in, t, show(p), err)
	}
	for _, c := range []struct {
		t string
		p map[string]string
	}{{"text/html", map[string]string{"charset": "utf-8"}}, {"form-data", map[string]string{"name": "a b", "filename": "x\"y.txt"}}, {"TEXT/Plain", nil}, {"bad type", nil}, {"text/html", map[string]string{"bad key": "x"}}, {"attachment", map[string]string{"filename": "€ rates"}}, {"a/b", map[string]string{"z": "1", "a": "tok", "m": ""}}, {"text", nil}, {"text/", nil}, {"a/b", map[string]string{"k": "a\x00b"}}} {
		fmt.Printf("%q\n", mime.FormatMediaType(c.t, c.p))
	}
	fmt.Println(mime.ErrInvalidMediaParameter)
}
