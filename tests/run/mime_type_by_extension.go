// mime's built-in extension table (which the system databases do not override),
// case-insensitive lookup, AddExtensionType and ExtensionsByType.
package main

import (
	"fmt"
	"mime"
)

func main() {
	for _, e := range []string{".html", ".HTML", ".Htm", ".css", ".js", ".mjs", ".json", ".png", ".svg", ".wasm", ".webp", ".avif", ".pdf", ".xml", ".gif", ".jpg", ".jpeg", ".minigo-unknown", "", "html"} {
		fmt.Printf("%q -> %q\n", e, mime.TypeByExtension(e))
	}
	fmt.Println(mime.AddExtensionType(".mgx", "text/x-minigo"))
	fmt.Println(mime.AddExtensionType(".MGY", "application/x-minigo; q=1"))
	fmt.Println(mime.AddExtensionType("mgz", "text/x-minigo"))
	fmt.Println(mime.AddExtensionType(".mgw", "bad type"))
	fmt.Println(mime.TypeByExtension(".mgx"), mime.TypeByExtension(".MGX"), mime.TypeByExtension(".mgy"))
	fmt.Println(mime.ExtensionsByType("text/x-minigo"))
	fmt.Println(mime.ExtensionsByType("application/x-minigo"))
	fmt.Println(mime.ExtensionsByType("application/x-nothing-here"))
	fmt.Println(mime.ExtensionsByType("bad type"))
}
