package main

import (
	"fmt"
	"iter"
	"strings"
)

type Token struct {
	Kind string
	Text string
}

// Tokenize is a hand-written lexer exposed as an iterator.
func Tokenize(src string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		i := 0
		for i < len(src) {
			c := src[i]
			switch {
			case c == ' ':
				i++
				continue
			case c >= '0' && c <= '9':
				j := i
				for j < len(src) && src[j] >= '0' && src[j] <= '9' {
					j++
				}
				if !yield(Token{"num", src[i:j]}) {
					return
				}
				i = j
			case strings.ContainsRune("+-*/()", rune(c)):
				if !yield(Token{"op", string(c)}) {
					return
				}
				i++
			default:
				j := i
				for j < len(src) && (src[j] >= 'a' && src[j] <= 'z') {
					j++
				}
				if j == i {
					yield(Token{"error", string(c)})
					return
				}
				if !yield(Token{"ident", src[i:j]}) {
					return
				}
				i = j
			}
		}
	}
}

// Parser pulls tokens with iter.Pull: a recursive-descent evaluator.
type parser struct {
	next func() (Token, bool)
	tok  Token
	ok   bool
	vars map[string]int
}

func (p *parser) advance() { p.tok, p.ok = p.next() }

func (p *parser) expr() int {
	v := p.term()
	for p.ok && (p.tok.Text == "+" || p.tok.Text == "-") {
		op := p.tok.Text
		p.advance()
		r := p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.ok && (p.tok.Text == "*" || p.tok.Text == "/") {
		op := p.tok.Text
		p.advance()
		r := p.factor()
		if op == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.tok
	p.advance()
	switch t.Kind {
	case "num":
		n := 0
		fmt.Sscan(t.Text, &n)
		return n
	case "ident":
		return p.vars[t.Text]
	case "op":
		if t.Text == "(" {
			v := p.expr()
			p.advance() // ')'
			return v
		}
		if t.Text == "-" {
			return -p.factor()
		}
	}
	panic("unexpected token " + t.Text)
}

func Eval(src string, vars map[string]int) (v int, err error) {
	next, stop := iter.Pull(Tokenize(src))
	defer stop()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", src, r)
		}
	}()
	p := &parser{next: next, vars: vars}
	p.advance()
	return p.expr(), nil
}

func main() {
	for t := range Tokenize("x1 + 23*(y-4)") {
		fmt.Printf("%s:%q ", t.Kind, t.Text)
	}
	fmt.Println()
	vars := map[string]int{"x": 10, "y": 7}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x * (y - 4) / 2", "-x + 100", "2 * $"} {
		fmt.Println(Eval(src, vars))
	}
}
