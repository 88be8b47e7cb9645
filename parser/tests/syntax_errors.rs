//! Syntax errors: position and wording as gc reports them (expected texts taken from
//! `go build` of Go 1.23 on each program).

fn first_error(src: &str) -> String {
    let (_, errors) = parser::parse_file(src);
    let e = errors.first().expect("expected a syntax error");
    let (l, c) = lexer::LineIndex::new(src).line_col(e.offset as u32);
    format!("{l}:{c}: {}", e.message)
}

#[test]
fn gc_wording_and_positions() {
    let cases: &[(&str, &str)] = &[
        ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n", "6:17: syntax error: unexpected newline in argument list; possibly missing comma or )"),
        ("package main\n\nfunc main() {\n\tx := 1 2\n}\n", "4:9: syntax error: unexpected literal 2 at end of statement"),
        ("package main\n\nx := 1\n\nfunc main() {}\n", "3:1: syntax error: non-declaration statement outside function body"),
        ("package main\n\nfunc main() {\n\tif x := 1; x == 1 \n\t{\n\t}\n}\n", "4:20: syntax error: unexpected newline, expected { after if clause"),
        ("package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ \n\t{\n\t}\n}\n", "4:25: syntax error: unexpected newline, expected { after for clause"),
        ("package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n\t_ = x\n}\n", "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
        ("package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n", "6:2: syntax error: unexpected else, expected }"),
        ("package main\n\nfunc main() {\n\tvar x int = \n}\n", "5:1: syntax error: unexpected }, expected expression"),
        ("package main\n\nfunc main() {\n\tfunc f() {}\n}\n", "4:7: syntax error: unexpected name f, expected ("),
        ("package main\n\nfunc f(a int b int) {}\nfunc main() {}\n", "3:14: syntax error: unexpected name b in parameter list; possibly missing comma or )"),
        ("package main\n\nfunc main() {\n\tx := (1 + 2\n}\n", "4:13: syntax error: unexpected newline, expected )"),
        ("package main\n\nfunc main() {\n", "4:1: syntax error: unexpected EOF, expected }"),
        ("package main\n\nfunc main() {\n\ta[1 = 2\n}\n", "4:6: syntax error: unexpected =, expected comma, : or ]"),
        ("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hi\")\n}\nfunc g() int { return 1 }}\n", "6:26: syntax error: unexpected } after top level declaration"),
        ("package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1 \"b\": 2}\n}\n", "4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }"),
        ("package main\n\ntype T struct {\n\ta int,\n\tb int\n}\nfunc main() {}\n", "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
        ("package main\n\nfunc main() {\n\tvar x = 08\n\t_ = x\n}\n", "4:11: invalid digit '8' in octal literal"),
    ];
    for (src, want) in cases {
        assert_eq!(&first_error(src), want, "source:\n{src}");
    }
}

#[test]
fn composite_literal_vs_block_in_headers() {
    let ok = [
        "package main\nfunc main() { if x == (T{}) { } }\n",
        "package main\nfunc main() { for _, v := range []int{1, 2} { _ = v } }\n",
        "package main\nfunc main() { if f := func() bool { return true }; f() { } }\n",
        "package main\nfunc main() { switch x := y.(type) { case []int, *[4]byte, func(), chan<- int: } }\n",
        "package main\nfunc main() { c1 := (<-chan int)(c); f := func(x int) int(f); p := (*[8]byte)(s) }\n",
        "package main\ntype L[T any] []T\ntype A [N]int\nfunc F[K comparable, V any](m map[K]V) {}\nfunc main() { F[int, string](nil); _ = L[int]{} }\n",
        "package main\ntype S struct { a, b int; T; *U; pkg.V \"tag\"; arr [4]int; G[int] }\nfunc main() {}\n",
        "package main\nfunc f(a, b int, c ...string) (x int, err error) { return }\nfunc g(int, []string, ...any) {}\nfunc h(a [3]int, b L[int]) {}\nfunc k(L[int], [3]int) {}\n",
    ];
    for src in ok {
        let (file, errors) = parser::parse_file(src);
        assert!(file.is_some() && errors.is_empty(), "{src}: {errors:?}");
    }
    let (_, errors) = parser::parse_file("package main\nfunc main() { if x == T{} { } }\n");
    assert!(!errors.is_empty(), "T{{}} in an if header must not parse as a literal");
}
