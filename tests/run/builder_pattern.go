package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
	order  string
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(c string) *Query {
	q.wheres = append(q.wheres, c)
	return q
}

func (q *Query) Limit(n int) *Query {
	q.limit = n
	return q
}

func (q *Query) OrderBy(o string) *Query {
	q.order = o
	return q
}

func (q *Query) String() string {
	var b strings.Builder
	b.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		b.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String()
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) String() string      { return fmt.Sprintf("(%g, %g)", v.X, v.Y) }

func main() {
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q)
	fmt.Println(From("t"))
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v)
	fmt.Printf("%v %s\n", v, Vec{-1, 0.25})
}
