package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

// In the style of Go by Example's XML page.
type Plant struct {
	XMLName xml.Name `xml:"plant"`
	Id      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Origin  []string `xml:"origin"`
}

func (p Plant) String() string {
	return fmt.Sprintf("Plant id=%v, name=%v, origin=%v", p.Id, p.Name, p.Origin)
}

// Rosetta Code style: XML/Input and XML/Output.
type Students struct {
	Student []struct {
		Name string `xml:"Name,attr"`
		Pet  []struct {
			Type string `xml:"Type,attr"`
			Name string `xml:"Name,attr"`
		}
	}
}

const doc = `<Students>
  <Student Name="April" Gender="F" DateOfBirth="1989-01-02" />
  <Student Name="Bob" Gender="M"  DateOfBirth="1990-03-04" />
  <Student Name="Chad" Gender="M"  DateOfBirth="1991-05-06" />
  <Student Name="Dave" Gender="M"  DateOfBirth="1992-07-08">
    <Pet Type="dog" Name="Rover" />
  </Student>
  <Student DateOfBirth="1993-09-10" Gender="F" Name="&#x00C9;mily" />
</Students>`

type Character struct {
	Name   string `xml:"name,attr"`
	Remark string `xml:",chardata"`
}

func main() {
	coffee := &Plant{Id: 27, Name: "Coffee"}
	coffee.Origin = []string{"Ethiopia", "Brazil"}
	out, _ := xml.MarshalIndent(coffee, " ", "  ")
	fmt.Println(string(out))
	fmt.Println(xml.Header + string(out))
	var p Plant
	if err := xml.Unmarshal(out, &p); err != nil {
		panic(err)
	}
	fmt.Println(p)
	tomato := &Plant{Id: 81, Name: "Tomato"}
	tomato.Origin = []string{"Mexico", "California"}
	type Nesting struct {
		XMLName xml.Name `xml:"nesting"`
		Plants  []*Plant `xml:"parent>child>plant"`
	}
	nesting := &Nesting{}
	nesting.Plants = []*Plant{coffee, tomato}
	out, _ = xml.MarshalIndent(nesting, " ", "  ")
	fmt.Println(string(out))

	var s Students
	if err := xml.Unmarshal([]byte(doc), &s); err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range s.Student {
		fmt.Println(st.Name, len(st.Pet))
	}

	chars := []Character{
		{"April", "Bubbly: I'm > Tam and <= Emily"},
		{"Tam O'Shanter", `Burns: "When chapman billies leave the street ..."`},
		{"Emily", "Short & shrift"},
	}
	type Doc struct {
		XMLName xml.Name    `xml:"CharacterRemarks"`
		Chars   []Character `xml:"Character"`
	}
	out, err := xml.MarshalIndent(Doc{Chars: chars}, "", "    ")
	fmt.Println(string(out), err)

	// a DOM-like walk with the token API
	d := xml.NewDecoder(strings.NewReader(doc))
	depth := 0
	for {
		t, err := d.Token()
		if err != nil {
			break
		}
		switch t := t.(type) {
		case xml.StartElement:
			fmt.Printf("%s%s", strings.Repeat("  ", depth), t.Name.Local)
			for _, a := range t.Attr {
				fmt.Printf(" %s=%q", a.Name.Local, a.Value)
			}
			fmt.Println()
			depth++
		case xml.EndElement:
			depth--
		}
	}
	e := xml.NewEncoder(os.Stdout)
	e.Indent("", "  ")
	e.EncodeToken(xml.StartElement{Name: xml.Name{Local: "root"}})
	e.EncodeToken(xml.StartElement{Name: xml.Name{Local: "element"}})
	e.EncodeToken(xml.CharData("Some text here"))
	e.EncodeToken(xml.EndElement{Name: xml.Name{Local: "element"}})
	e.EncodeToken(xml.EndElement{Name: xml.Name{Local: "root"}})
	e.Flush()
	fmt.Println()
}
