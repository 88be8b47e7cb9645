package template

import (
	"fmt"
	"text/template/parse"
)

// Error describes a problem found while escaping a template.
type Error struct {
	ErrorCode   ErrorCode
	Node        parse.Node // the node at fault, if known
	Name        string     // the template's name
	Line        int        // the line in the template source, if known
	Description string
}

// ErrorCode classifies escaping errors.
type ErrorCode int

const (
	OK ErrorCode = iota
	ErrAmbigContext
	ErrBadHTML
	ErrBranchEnd
	ErrEndContext
	ErrNoSuchTemplate
	ErrOutputContext
	ErrPartialCharset
	ErrPartialEscape
	ErrRangeLoopReentry
	ErrSlashAmbig
	ErrPredefinedEscaper
	ErrJSTemplate
)

func (e *Error) Error() string {
	where := ""
	switch {
	case e.Node != nil:
		var none *parse.Tree
		loc, _ := none.ErrorContext(e.Node)
		where = ":" + loc
	case e.Line != 0:
		where = fmt.Sprintf(":%s:%d", e.Name, e.Line)
	case e.Name != "":
		where = ":" + e.Name
	}
	return "html/template" + where + ": " + e.Description
}

func errorContext(code ErrorCode, n parse.Node, line int, desc string) context {
	return context{state: stateError, err: &Error{ErrorCode: code, Node: n, Line: line, Description: desc}}
}
