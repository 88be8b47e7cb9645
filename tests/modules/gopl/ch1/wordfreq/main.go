// Wordfreq counts the words of a text and prints the most frequent ones: a main package
// of three files.
package main

import "fmt"

const text = `the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away over the hill
a quick end`

func main() {
	counts := countWords(text)
	for _, e := range top(counts, 4) {
		fmt.Println(format(e))
	}
	fmt.Println(summary(counts))
}
