package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := "name,age,note\n\"Smith, J\",42,\"said \"\"hi\"\"\"\r\n# comment\n\nAnn,7,\"multi\nline\"\nlast,1,"
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		l, c := r.FieldPos(len(rec) - 1)
		fmt.Printf("%q %d:%d off=%d\n", rec, l, c, r.InputOffset())
	}
	bad := []string{"a,b\nc\"d,e\n", "a,\"b\nc,d", "\"a\"x,b\n", "a,b\nc\n", " a, \"b\"\n"}
	for i, s := range bad {
		r := csv.NewReader(strings.NewReader(s))
		if i == 4 {
			r.TrimLeadingSpace = true
		}
		recs, err := r.ReadAll()
		fmt.Printf("%q %v\n", recs, err)
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Println(pe.StartLine, pe.Line, pe.Column, errors.Is(err, csv.ErrFieldCount), errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote))
		}
	}
	r = csv.NewReader(strings.NewReader("a;b\"c;d\n"))
	r.Comma = ';'
	r.LazyQuotes = true
	fmt.Println(r.ReadAll())
	r = csv.NewReader(strings.NewReader("a,b\nc\n"))
	r.FieldsPerRecord = -1
	fmt.Println(r.ReadAll())
	r = csv.NewReader(strings.NewReader("x"))
	r.Comma = '"'
	fmt.Println(r.Read())

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", "quote\"d", " lead", "", "multi\nline", `\.`})
	w.UseCRLF = true
	w.Write([]string{"a\r\nb", "c"})
	w.Comma = '\t'
	w.WriteAll([][]string{{"t1", "t 2"}, {"x\ty", "z"}})
	fmt.Println(w.Error())
}
