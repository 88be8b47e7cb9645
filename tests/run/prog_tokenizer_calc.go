package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{"num", string(rs[i:j])})
			i = j
		case r == '+' || r == '-' || r == '*' || r == '/' || r == '(' || r == ')':
			toks = append(toks, Token{"op", string(r)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

var ErrSyntax = errors.New("syntax error")

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].Text
	}
	return ""
}

func (p *Parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.toks[p.pos].Text
		p.pos++
		r := p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.toks[p.pos].Text
		p.pos++
		r := p.factor()
		if op == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *Parser) factor() float64 {
	if p.pos >= len(p.toks) {
		panic(fmt.Errorf("%w: unexpected end", ErrSyntax))
	}
	t := p.toks[p.pos]
	p.pos++
	switch {
	case t.Text == "(":
		v := p.expr()
		if p.peek() != ")" {
			panic(fmt.Errorf("%w: missing )", ErrSyntax))
		}
		p.pos++
		return v
	case t.Text == "-":
		return -p.factor()
	case t.Kind == "num":
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return f
	}
	panic(fmt.Errorf("%w: unexpected %q", ErrSyntax, t.Text))
}

func eval(s string) (res float64, err error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &Parser{toks: toks}
	res = p.expr()
	if p.pos != len(toks) {
		return 0, fmt.Errorf("%w: trailing %q", ErrSyntax, p.peek())
	}
	return res, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + 4) * 5 - 1.5", "1 / 0", "1 +", "(2", "3 $ 4", "1.2.3", "2 3"} {
		v, err := eval(s)
		fmt.Printf("%-24q %8.3f %v (syntax=%v)\n", s, v, err, errors.Is(err, ErrSyntax))
	}
}
