// Go by Example: JSON (structs, tags, maps, streams), URL parsing, regular expressions.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
)

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits,omitempty"`
	Note   string   `json:"-"`
	Score  float64  `json:"score,string"`
	Ptr    *int     `json:"ptr"`
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }

func main() {
	bolB, _ := json.Marshal(true)
	intB, _ := json.Marshal(1)
	fltB, _ := json.Marshal(2.34)
	strB, _ := json.Marshal("gopher <&>")
	slcB, _ := json.Marshal([]string{"apple", "peach", "pear"})
	mapB, _ := json.Marshal(map[string]int{"apple": 5, "lettuce": 7})
	fmt.Println(string(bolB), string(intB), string(fltB), string(strB), string(slcB), string(mapB))
	res1B, _ := json.Marshal(&response1{1, []string{"apple", "peach", "pear"}})
	fmt.Println(string(res1B))
	res2B, _ := json.Marshal(&response2{Page: 1, Note: "x", Score: 9.5})
	fmt.Println(string(res2B))
	byt := []byte(`{"num":6.13,"strs":["a","b"],"nested":{"k":[1,2,{"z":null}]},"big":12345678901234567890}`)
	var dat map[string]interface{}
	if err := json.Unmarshal(byt, &dat); err != nil {
		panic(err)
	}
	fmt.Println(dat)
	num := dat["num"].(float64)
	strs := dat["strs"].([]interface{})
	fmt.Println(num, strs[0].(string), dat["big"])
	str := `{"page": 1, "fruits": ["apple", "peach"], "score": "3.5", "ptr": 7}`
	res := response2{}
	fmt.Println(json.Unmarshal([]byte(str), &res), res.Page, res.Fruits, res.Score, *res.Ptr)
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int{"apple": 5, "lettuce": 7})
	enc.SetIndent(">", "  ")
	enc.Encode(struct {
		A []int
		T Temp
		M map[int]string
		E struct{}
	}{[]int{1}, 21.55, map[int]string{2: "b", 1: "a"}, struct{}{}})
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2.5} [1,"x"]`))
	dec.UseNumber()
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%v %T\n", v, v)
	}
	var bad struct{ A int }
	fmt.Println(json.Unmarshal([]byte(`{"A":"str"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"A":1,}`), &bad))
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2,{"b":null}],"c":"d"}`), "", "\t")
	fmt.Println(out.String(), json.Valid([]byte(`{]`)))
	s := "postgres://user:pass@host.com:5432/path/a%20b?k=v&k=w&x=%2F#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.User, u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.EscapedPath(), u.Fragment, u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m, m.Get("k"), m["k"], m.Encode())
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"), u.String(), u.Query().Has("x"))
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	r := u.ResolveReference(&url.URL{Path: "../other"})
	fmt.Println(r)
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)
	re := regexp.MustCompile("p([a-z]+)ch")
	fmt.Println(re.MatchString("peach"), re.FindString("peach punch"), re.FindStringIndex("peach punch"), re.FindStringSubmatch("peach punch"), re.FindStringSubmatchIndex("peach punch"))
	fmt.Println(re.FindAllString("peach punch pinch", -1), re.FindAllStringSubmatchIndex("peach punch pinch", -1), re.FindAllString("peach punch pinch", 2))
	fmt.Println(re.Match([]byte("peach")), re, re.ReplaceAllString("a peach", "<fruit>"), string(re.ReplaceAllFunc([]byte("a peach"), bytes.ToUpper)))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	fmt.Println(named.SubexpNames(), named.ReplaceAllString("2024-05 and 1999-12", "${month}/$year"), named.NumSubexp(), named.SubexpIndex("month"))
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompile(`\s+`).Split("a b   c\td", -1), regexp.QuoteMeta("1+1=2?"), regexp.MustCompile(`(?i)HELLO`).FindAllStringIndex("hello HeLLo", -1))
	fmt.Println(regexp.MustCompile(`a*`).ReplaceAllString("baaac", "X"), regexp.MustCompile(`(\w+)@(\w+)\.com`).ReplaceAllString("bob@example.com", "$2:$1"), regexp.MustCompile("^").FindAllStringIndex("ab", -1))
}
