package main

type Node struct {
	val  int
	next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

func main() {
	var head *Node
	head.val = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in assignment"
	head = Node{1, nil} // ERROR "cannot use Node\{…\} \(value of type Node\) as \*Node value in assignment"
	head = &Node{1, nil, 3} // ERROR "too many values in struct literal of type Node"
	var n Node
	n.next = n // ERROR "cannot use n \(variable of type Node\) as \*Node value in assignment"
	_ = n.Len
	_ = head.Len() + head // ERROR "invalid operation: head\.Len\(\) \+ head \(mismatched types int and \*Node\)"
}
