package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

type toks struct{ t []xml.Token }

func (s *toks) Token() (xml.Token, error) {
	if len(s.t) == 0 {
		return nil, io.EOF
	}
	t := s.t[0]
	s.t = s.t[1:]
	return t, nil
}

func main() {
	for _, s := range []string{`<a:x xmlns:a="u"></b:x>`, `<a:x></b:x>`, `<a:x></a:y>`, `</p:c>`, `<a></p:a b>`, `<a x:y:z="1"/>`, `<?x   y  ?>`, `<?xml version="1.0" encoding="utf8"?><a/>`, `<?xml version="1.0" encoding="latin1"?><a>x</a>`, `<?xml encoding='ISO-8859-1' version = "1.0" ?><a/>`} {
		d := xml.NewDecoder(strings.NewReader(s))
		d.CharsetReader = func(cs string, r io.Reader) (io.Reader, error) {
			if cs == "latin1" {
				return r, nil
			}
			return nil, errors.New("nope")
		}
		for i := 0; i < 4; i++ {
			t, err := d.Token()
			fmt.Printf("%q: %#v %v\n", s, t, err)
			if err == io.EOF {
				break
			}
		}
	}
	// token decoder
	src := &toks{[]xml.Token{xml.StartElement{Name: xml.Name{"p", "a"}, Attr: []xml.Attr{{xml.Name{"xmlns", "p"}, "urn"}}}, xml.CharData("hi"), xml.EndElement{xml.Name{"p", "b"}}, xml.EndElement{xml.Name{"p", "a"}}}}
	d := xml.NewTokenDecoder(src)
	for i := 0; i < 5; i++ {
		t, err := d.Token()
		fmt.Printf("%#v %v %d\n", t, err, d.InputOffset())
	}
	src = &toks{[]xml.Token{xml.StartElement{Name: xml.Name{"p", "a"}}}}
	d = xml.NewTokenDecoder(src)
	for i := 0; i < 3; i++ {
		t, err := d.RawToken()
		fmt.Printf("raw %#v %v\n", t, err)
	}
	src = &toks{[]xml.Token{xml.StartElement{Name: xml.Name{"p", "a"}}}}
	d = xml.NewTokenDecoder(src)
	for i := 0; i < 3; i++ {
		t, err := d.Token()
		fmt.Printf("tok %#v %v\n", t, err)
	}
	d2 := xml.NewDecoder(strings.NewReader("<a/>"))
	fmt.Println(xml.NewTokenDecoder(d2) == d2)
}
