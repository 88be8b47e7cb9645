//! The input generator shared by the fuzz tests of the front end (`types/tests/fuzz.rs`)
//! and of the compile stage (`tests/compile_fuzz.rs`): a corpus of Go programs and the
//! deterministic mutations described in `fuzz.rs`.
#![allow(dead_code, unused_imports)]

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------- PRNG

/// SplitMix64: tiny, fast, good enough to drive mutations.
pub struct Rng(pub u64);

impl Rng {
    pub fn new(seed: u64, index: u64) -> Rng {
        let mut r = Rng(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `num / den`.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.next() % den < num
    }

    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }

    /// Mostly small, sometimes large: 1..=max with a roughly logarithmic distribution.
    pub fn size(&mut self, max: usize) -> usize {
        let bits = usize::BITS - max.leading_zeros();
        let b = self.below(bits as usize + 1) as u32;
        let cap = (1usize << b).min(max).max(1);
        1 + self.below(cap)
    }
}

// ---------------------------------------------------------------- corpus

pub const SNIPPETS: &[&str] = &[
    "package main\n\nfunc main() {}\n",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n",
    r#"package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

var ErrNeg = errors.New("negative")

pub const (
	A = iota * 10
	B
	C
	Big = 1 << 100
	F   = 1e300 * 1e300 / 1e300
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if b < 0 {
		return 0, ErrNeg
	}
	q = a / b
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for i, s := range shapes {
		switch v := s.(type) {
		case Rect:
			total += v.Area() * float64(i)
		case *Circle:
			total -= v.R
		default:
			panic("unreachable")
		}
	}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			m["a"] = append(m["a"], v)
		}
	}()
	for i := range 3 {
		select {
		case ch <- i:
		default:
		}
	}
	close(ch)
	<-done
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(total, len(m), A, B, C))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	var arr [4]int
	p := &arr[1]
	*p = 5
	x := arr[1:3:4]
	_ = x
	if q, err := div(1, 0); err != nil {
		fmt.Println(q, err)
		goto end
	}
end:
	s := "héllo, 世界"
	for i, r := range s {
		_ = i + int(r)
	}
	b := []byte(s)
	_ = string(b[:2]) + string(rune(65))
	c := complex(1, 2)
	_ = real(c) * imag(c)
	f := func(xs ...int) int { return len(xs) }
	_ = f(1, 2, 3) + f([]int{1}...)
	var iface any = 3
	if n, ok := iface.(int); ok && n > 2 {
		os.Exit(0)
	}
	fmt.Println(sb.String(), Big>>98, F)
}
"#,
    "package main\n\ntype T struct {\n\ta int\n\tb string\n\tT2\n}\n\ntype T2 struct{ c []map[string]*T }\n\nfunc (t *T) M() int { return t.a }\n\nvar x = T{a: 1, b: \"x\"}\nvar y = x.M\nvar z = (*T).M\n\nfunc main() { _ = y() + z(&x) }\n",
    "package main\n\nconst c = len([3]int{})\nvar a [c]int\n\nfunc f() (int, string) { return 1, \"a\" }\n\nfunc main() {\n\tn, s := f()\n\t_, _ = n, s\n\tvar u8 uint8 = 255\n\tu8++\n\tconst big = 1e646456992\n\t_ = big / 1e646456991\n\t_ = copy(a[:], []int{1})\n}\n",
    "package main\n\nimport \"sync\"\n\nvar mu sync.Mutex\nvar wg sync.WaitGroup\n\nfunc main() {\n\tfor i := 0; i < 4; i++ {\n\t\twg.Add(1)\n\t\tgo func(i int) {\n\t\t\tdefer wg.Done()\n\t\t\tmu.Lock()\n\t\t\tmu.Unlock()\n\t\t}(i)\n\t}\n\twg.Wait()\n}\n",
    // Parser test inputs (parser/tests/syntax_errors.rs).
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
    "package main\n\nfunc main() {\n\tx := 1 2\n}\n",
    "package main\n\nx := 1\n\nfunc main() {}\n",
    "package main\n\nfunc main() {\n\tif x := 1; x == 1 \n\t{\n\t}\n}\n",
    "package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n\t_ = x\n}\n",
    "package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
    "package main\n\nfunc f(a int b int) {}\nfunc main() {}\n",
    "package main\n\nfunc main() {\n\ta[1 = 2\n}\n",
    "package main\n\ntype T struct {\n\ta int,\n\tb int\n}\nfunc main() {}\n",
    "package main\nfunc main() { if x == (T{}) { } }\n",
    "package main\nfunc main() { switch x := y.(type) { case []int, *[4]byte, func(), chan<- int: } }\n",
    "package main\nfunc main() { c1 := (<-chan int)(c); f := func(x int) int(f); p := (*[8]byte)(s) }\n",
    "package main\ntype L[T any] []T\ntype A [N]int\nfunc F[K comparable, V any](m map[K]V) {}\nfunc main() { F[int, string](nil); _ = L[int]{} }\n",
    "package main\ntype S struct { a, b int; T; *U; pkg.V \"tag\"; arr [4]int; G[int] }\nfunc main() {}\n",
    "package main\nfunc f(a, b int, c ...string) (x int, err error) { return }\nfunc g(int, []string, ...any) {}\nfunc h(a [3]int, b L[int]) {}\nfunc k(L[int], [3]int) {}\n",
    "package main\ntype Number interface { ~int | ~float64 }\nfunc Sum[T Number](xs ...T) (s T) { for _, x := range xs { s += x }; return }\nfunc main() { _ = Sum(1, 2) }\n",
];

/// Small stand-ins for standard packages (the real ones take ~80 ms each to check).
pub fn fake_packages() -> HashMap<&'static str, &'static str> {
    let mut m = HashMap::new();
    m.insert(
        "fmt",
        "package fmt\n\ntype Stringer interface{ String() string }\n\nfunc Println(a ...any) (n int, err error)\nfunc Printf(format string, a ...any) (n int, err error)\nfunc Print(a ...any) (n int, err error)\nfunc Sprintf(format string, a ...any) string\nfunc Sprint(a ...any) string\nfunc Sprintln(a ...any) string\nfunc Errorf(format string, a ...any) error\n",
    );
    m.insert(
        "strings",
        "package strings\n\ntype Builder struct{ buf []byte }\n\nfunc (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }\nfunc (b *Builder) WriteByte(c byte) error { b.buf = append(b.buf, c); return nil }\nfunc (b *Builder) String() string { return string(b.buf) }\nfunc (b *Builder) Len() int { return len(b.buf) }\n\nfunc Contains(s, sub string) bool\nfunc HasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }\nfunc Index(s, sub string) int\nfunc Split(s, sep string) []string\nfunc Join(a []string, sep string) string\nfunc Repeat(s string, n int) string\nfunc ToUpper(s string) string\nfunc TrimSpace(s string) string\nfunc Fields(s string) []string\n",
    );
    m.insert("errors", "package errors\n\ntype e struct{ s string }\n\nfunc (x *e) Error() string { return x.s }\n\nfunc New(s string) error { return &e{s} }\nfunc Is(err, target error) bool { return err == target }\n");
    m.insert("os", "package os\n\nvar Args []string\n\nfunc Exit(code int)\nfunc Getenv(k string) string\n");
    m.insert("strconv", "package strconv\n\nfunc Itoa(i int) string\nfunc Atoi(s string) (int, error)\nfunc Quote(s string) string\n");
    m.insert("sort", "package sort\n\nfunc Ints(x []int)\nfunc Strings(x []string)\nfunc Slice(x any, less func(i, j int) bool)\n");
    m.insert("sync", "package sync\n\ntype Mutex struct{ state int32 }\n\nfunc (m *Mutex) Lock()\nfunc (m *Mutex) Unlock()\n\ntype WaitGroup struct{ n int64 }\n\nfunc (wg *WaitGroup) Add(d int)\nfunc (wg *WaitGroup) Done() { wg.Add(-1) }\nfunc (wg *WaitGroup) Wait()\n\ntype Once struct{ done bool }\n\nfunc (o *Once) Do(f func()) { if !o.done { o.done = true; f() } }\n");
    m.insert("time", "package time\n\ntype Duration int64\n\nconst (\n\tNanosecond Duration = 1\n\tMillisecond = 1000000 * Nanosecond\n\tSecond = 1000 * Millisecond\n)\n\nfunc Sleep(d Duration)\nfunc (d Duration) Seconds() float64 { return float64(d) / 1e9 }\n");
    m.insert("math", "package math\n\nconst Pi = 3.14159265358979323846264338327950288419716939937510582097494459\nconst MaxInt64 = 1<<63 - 1\n\nfunc Sqrt(x float64) float64\nfunc Inf(sign int) float64\nfunc Abs(x float64) float64 { if x < 0 { return -x }; return x }\n");
    m.insert("unicode/utf8", "package utf8\n\nconst RuneError = '\\uFFFD'\nconst UTFMax = 4\n\nfunc RuneLen(r rune) int\nfunc DecodeRuneInString(s string) (rune, int)\nfunc ValidString(s string) bool\n");
    m
}

pub struct FakeImporter(pub HashMap<&'static str, &'static str>);

impl types::Importer for FakeImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        self.0.get(path).map(|src| vec![(format!("{}/fake.go", path), src.to_string())])
    }
}

pub fn go_files(dir: &Path, max_len: u64, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            go_files(&p, max_len, out);
        } else if p.extension().is_some_and(|e| e == "go") && std::fs::metadata(&p).is_ok_and(|m| m.len() <= max_len) {
            if let Ok(b) = std::fs::read(&p) {
                out.push(String::from_utf8_lossy(&b).into_owned());
            }
        }
    }
}

pub fn corpus() -> Vec<String> {
    // The workspace root, from the `types` package or from the root package.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = if manifest.join("types").is_dir() { manifest.to_path_buf() } else { manifest.join("..") };
    let mut files: Vec<String> = SNIPPETS.iter().map(|s| s.to_string()).collect();
    go_files(&root.join("tests/run"), 16 << 10, &mut files);
    // Programs with compile errors reach the checker's error paths.
    go_files(&root.join("tests/errors"), 16 << 10, &mut files);
    go_files(&root.join("tests/cli"), 16 << 10, &mut files);
    go_files(&root.join("examples"), 16 << 10, &mut files);
    go_files(&root.join("stdlib/go"), 12 << 10, &mut files);
    if let Ok(extra) = std::env::var("MINIGO_FUZZ_CORPUS") {
        for d in extra.split(':').filter(|d| !d.is_empty()) {
            go_files(Path::new(d), 12 << 10, &mut files);
        }
    }
    files
}

// ---------------------------------------------------------------- mutations

/// Byte spans of the tokens of a source (the lexer's, so semicolons inserted at newlines
/// span the newline).
pub fn token_spans(src: &[u8]) -> Vec<(usize, usize)> {
    let text = String::from_utf8_lossy(src);
    if text.len() != src.len() {
        // Lossy decoding changed offsets: fall back to whitespace-separated words.
        let mut spans = Vec::new();
        let mut start = None;
        for (i, &b) in src.iter().enumerate() {
            let ws = b.is_ascii_whitespace();
            match (start, ws) {
                (None, false) => start = Some(i),
                (Some(s), true) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push((s, src.len()));
        }
        return spans;
    }
    lexer::lex(&text).tokens.iter().map(|&(l, _, r)| (l, r.max(l))).filter(|&(l, r)| r <= src.len() && l < r).collect()
}

/// Tokens of one class, for replacements that mostly keep the program parsable (so the
/// type checker, not only the parser, sees the mutant).
pub fn same_class_replacement(rng: &mut Rng, tok: lexer::Token) -> Option<&'static str> {
    use lexer::Token as T;
    const NAMES: &[&str] = &[
        "x", "y", "T", "main", "nil", "true", "false", "iota", "int", "int8", "uint", "uint64", "uintptr", "float32", "float64",
        "complex64", "string", "byte", "rune", "bool", "error", "any", "comparable", "len", "cap", "append", "copy", "delete",
        "make", "new", "panic", "recover", "print", "println", "complex", "real", "imag", "min", "max", "clear", "close", "_",
        "fmt", "init", "String", "Error", "s", "i", "n", "err", "ok", "v", "m", "p", "f", "ch",
    ];
    const NUMBERS: &[&str] = &[
        "0", "1", "-1", "2", "255", "256", "1<<62", "1<<63", "1<<64", "0x7fffffffffffffff", "0xffffffffffffffff",
        "99999999999999999999999999999", "1.5", "0.1", "1e308", "1e309", "1e-400", "1e646456992", "1e-779137", "0x1p-1074",
        "0x1p1024", "2i", "1.5i", "0i", "'a'", r"'\xff'", r"'\U0010ffff'", "1 << 1000", "-0.0", "1e1000000",
    ];
    const STRINGS: &[&str] = &[r#""""#, r#""a""#, r#""\xff\x00""#, r"`raw\n`", r#""日本""#, "'x'", "1", "nil"];
    const BINOPS: &[&str] = &["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "&&", "||", "==", "!=", "<", "<=", ">", ">="];
    const ASSIGNOPS: &[&str] = &["=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="];
    const KEYWORDS: &[&str] = &["break", "continue", "fallthrough", "return", "goto", "defer", "go", "func", "var", "const", "type"];
    Some(match tok {
        T::Ident => *rng.pick(NAMES),
        T::Number(_) | T::Char => *rng.pick(NUMBERS),
        T::Str | T::RawStr => *rng.pick(STRINGS),
        T::Add | T::Sub | T::Mul | T::Quo | T::Rem | T::And | T::Or | T::Xor | T::Shl | T::Shr | T::AndNot | T::LAnd | T::LOr | T::Eql
        | T::Neq | T::Lss | T::Leq | T::Gtr | T::Geq => *rng.pick(BINOPS),
        T::Assign | T::Define | T::AddAssign | T::SubAssign | T::MulAssign | T::QuoAssign | T::RemAssign | T::AndAssign | T::OrAssign
        | T::XorAssign | T::ShlAssign | T::ShrAssign | T::AndNotAssign => *rng.pick(ASSIGNOPS),
        T::Break | T::Continue | T::Fallthrough | T::Return | T::Goto => *rng.pick(KEYWORDS),
        T::Struct | T::Interface | T::Map | T::Chan => *rng.pick(&["struct", "interface", "map", "chan"]),
        _ => return None,
    })
}

/// Tokens with their kinds (empty when lossy decoding changed the offsets).
pub fn tokens(src: &[u8]) -> Vec<(usize, lexer::Token, usize)> {
    let text = String::from_utf8_lossy(src);
    if text.len() != src.len() {
        return Vec::new();
    }
    lexer::lex(&text).tokens.into_iter().filter(|&(l, _, r)| l < r && r <= src.len()).collect()
}

pub const VOCAB: &[&str] = &[
    "package", "import", "func", "var", "const", "type", "struct", "interface", "map", "chan", "<-chan", "chan<-", "go", "defer",
    "return", "if", "else", "for", "range", "switch", "case", "default", "select", "break", "continue", "goto", "fallthrough",
    "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "...", "=", ":=", "+=", "<<=", "&^=", "++", "--", "+", "-", "*", "/", "%",
    "&", "|", "^", "&^", "<<", ">>", "&&", "||", "!", "==", "!=", "<", "<=", ">", ">=", "~", "\n",
    "_", "x", "T", "main", "nil", "true", "false", "iota", "int", "int8", "uint64", "uintptr", "float32", "complex128",
    "string", "byte", "rune", "bool", "error", "any", "comparable", "len", "cap", "append", "copy", "delete", "make", "new",
    "panic", "recover", "print", "println", "complex", "real", "imag", "min", "max", "clear", "close", "unsafe", "init",
    "0", "1", "-1", "0x7fffffffffffffff", "1<<63", "1 << 1000", "99999999999999999999999999999", "0b102", "0o8", "09", "0x",
    "1e646456992", "1e-779137", "0x1p-99999", "1e999999999999", "1.5e", "0x1.8p1", "1_000", "1__0", "3i", "0x1Fi", "'a'",
    "'ab'", "'\\x80'", "'\\U0010ffff'", "'\\U00110000'", "'\\400'", "''", "\"\\xff\"", "\"\\z\"", "\"unterminated", "`raw`",
    "`", "\"\\u00e9\"", "/*", "*/", "//", "[]int", "[...]int{1}", "map[string]int{}", "struct{}{}", "func() {}", "[1<<62]byte",
    "[-1]int", "x.(type)", "x.(int)", "<-ch", "&x", "*p", "T{}", "f()", "f(g())", "a[1:2:3]", "s[:]", "[T any]", "[T ~int]",
    "interface{ ~int | string }", "interface{ M() }", "any(nil)", "float64(1<<1000)", "int8(200)", "string(rune(-1))",
];

pub const NEST: &[(&str, &str, &str)] = &[
    ("(", "x", ")"),
    ("[", "0", "]"),
    ("{", "", "}"),
    ("*", "p", ""),
    ("-", "1", ""),
    ("!", "true", ""),
    ("^", "1", ""),
    ("<-", "ch", ""),
    ("&", "x", ""),
    ("[]", "int", ""),
    ("*", "int", ""),
    ("[1]", "int", ""),
    ("map[int]", "int", ""),
    ("chan ", "int", ""),
    ("func() ", "int", ""),
    ("struct{ f ", "int", "}"),
    ("interface{ ", "any", "}"),
    ("f(", "0", ")"),
    ("x[", "0", "]"),
    ("x.", "y", ""),
    ("if true {", "", "}"),
    ("for {", "", "}"),
    ("switch {\ncase true:\n", "", "}"),
    ("func() {", "", "}()"),
    ("T{", "", "}"),
    ("[]any{", "1", "}"),
    ("1 + ", "1", ""),
    ("x, ", "y", ""),
    ("/*", "", "*/"),
    ("\"", "", "\""),
    ("type T", "[P any] int", ""),
];

pub const UNICODE: &[&[u8]] = &[
    b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80",
    b"\x00", "\u{feff}".as_bytes(), "\u{2028}".as_bytes(), "\u{200b}".as_bytes(), "\u{202e}".as_bytes(),
    "é".as_bytes(), "世界".as_bytes(), "ǅ".as_bytes(), "١٢".as_bytes(), "😀".as_bytes(), "\u{fffd}".as_bytes(), "Ω".as_bytes(),
    "\u{301}".as_bytes(), "ℵ".as_bytes(), b"\r", b"\r\n", b"\t", b"\x0b", b"\x0c",
];

pub const INTERESTING: &[u8] = b"(){}[];,.:=+-*/&|^<>!~\"'`\n\t \\0123456789xXeEpPiabzT_";

pub fn mutate(rng: &mut Rng, src: &mut Vec<u8>, corpus: &[String]) {
    let op = rng.below(20);
    let len = src.len();
    match op {
        // Same-class token replacements (names, literals, operators): mostly still parses.
        15..=18 => {
            let toks = tokens(src);
            if !toks.is_empty() {
                for _ in 0..rng.size(3) {
                    let (l, t, r) = *rng.pick(&toks);
                    if let Some(text) = same_class_replacement(rng, t) {
                        src.splice(l..r, text.bytes());
                        break;
                    }
                }
            }
        }
        // Swap two tokens of the same class.
        19 => {
            let toks = tokens(src);
            if toks.len() >= 2 {
                let a = rng.below(toks.len());
                let kind = std::mem::discriminant(&toks[a].1);
                let same: Vec<usize> = (0..toks.len()).filter(|&i| i != a && std::mem::discriminant(&toks[i].1) == kind).collect();
                if !same.is_empty() {
                    let b = *rng.pick(&same);
                    let (x, y) = if a < b { (toks[a], toks[b]) } else { (toks[b], toks[a]) };
                    let (tx, ty) = (src[x.0..x.2].to_vec(), src[y.0..y.2].to_vec());
                    src.splice(y.0..y.2, tx);
                    src.splice(x.0..x.2, ty);
                }
            }
        }
        // Bit flips.
        0 => {
            if len > 0 {
                for _ in 0..rng.size(8) {
                    let i = rng.below(len);
                    src[i] ^= 1 << rng.below(8);
                }
            }
        }
        // Interesting bytes.
        1 => {
            if len > 0 {
                for _ in 0..rng.size(4) {
                    let i = rng.below(len);
                    src[i] = *rng.pick(INTERESTING);
                }
            }
        }
        // Token deletion.
        2 => {
            let toks = token_spans(src);
            if !toks.is_empty() {
                let i = rng.below(toks.len());
                let n = rng.size(4).min(toks.len() - i);
                let (l, r) = (toks[i].0, toks[i + n - 1].1);
                src.drain(l..r);
            }
        }
        // Token duplication (in place or elsewhere).
        3 => {
            let toks = token_spans(src);
            if !toks.is_empty() {
                let (l, r) = *rng.pick(&toks);
                let text = src[l..r].to_vec();
                let at = if rng.chance(1, 2) { r } else { rng.pick(&toks).0 };
                for _ in 0..rng.size(3) {
                    src.splice(at..at, text.iter().copied());
                }
            }
        }
        // Token swap.
        4 => {
            let toks = token_spans(src);
            if toks.len() >= 2 {
                let mut a = rng.below(toks.len());
                let mut b = rng.below(toks.len());
                if a > b {
                    std::mem::swap(&mut a, &mut b);
                }
                let ((al, ar), (bl, br)) = (toks[a], toks[b]);
                if a != b && ar <= bl {
                    let ta = src[al..ar].to_vec();
                    let tb = src[bl..br].to_vec();
                    src.splice(bl..br, ta);
                    src.splice(al..ar, tb);
                }
            }
        }
        // Token replacement by vocabulary or by another token of the file.
        5 | 6 => {
            let toks = token_spans(src);
            if !toks.is_empty() {
                let (l, r) = *rng.pick(&toks);
                let text: Vec<u8> = if rng.chance(1, 2) {
                    rng.pick(VOCAB).as_bytes().to_vec()
                } else {
                    let (a, b) = *rng.pick(&toks);
                    src[a..b].to_vec()
                };
                src.splice(l..r, text);
            }
        }
        // Splice a run of tokens from another file.
        7 | 8 => {
            let other = rng.pick(corpus).as_bytes();
            let otoks = token_spans(other);
            let toks = token_spans(src);
            if !otoks.is_empty() {
                let i = rng.below(otoks.len());
                let n = rng.size(60).min(otoks.len() - i);
                let piece = &other[otoks[i].0..otoks[i + n - 1].1];
                let at = if toks.is_empty() { 0 } else { rng.pick(&toks).0 };
                if rng.chance(1, 3) && !toks.is_empty() {
                    // Replace a run instead of inserting.
                    let j = rng.below(toks.len());
                    let m = rng.size(20).min(toks.len() - j);
                    src.splice(toks[j].0..toks[j + m - 1].1, piece.iter().copied());
                } else {
                    src.splice(at..at, piece.iter().copied());
                }
            }
        }
        // Deep nesting, sometimes unbalanced.
        9 | 10 => {
            let (open, inner, close) = *rng.pick(NEST);
            let depth = if rng.chance(1, 8) { 1000 + rng.below(20_000) } else { rng.size(300) };
            let mut text = Vec::with_capacity(depth * (open.len() + close.len()) + inner.len());
            for _ in 0..depth {
                text.extend_from_slice(open.as_bytes());
            }
            text.extend_from_slice(inner.as_bytes());
            let closes = if rng.chance(1, 5) { rng.below(depth + 2) } else { depth };
            for _ in 0..closes {
                text.extend_from_slice(close.as_bytes());
            }
            let toks = token_spans(src);
            let at = if toks.is_empty() { len } else { rng.pick(&toks).0 };
            src.splice(at..at, text);
        }
        // Truncation.
        11 => {
            if len > 0 {
                src.truncate(rng.below(len));
            }
        }
        // Binary junk.
        12 => {
            let n = rng.size(64);
            let at = if len > 0 { rng.below(len + 1) } else { 0 };
            let junk: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            src.splice(at..at, junk);
        }
        // Invalid UTF-8 and unusual Unicode.
        13 => {
            for _ in 0..rng.size(4) {
                let at = if src.is_empty() { 0 } else { rng.below(src.len() + 1) };
                let s = *rng.pick(UNICODE);
                src.splice(at..at, s.iter().copied());
            }
        }
        // Line operations: delete, duplicate or swap lines.
        _ => {
            let lines: Vec<(usize, usize)> = {
                let mut v = Vec::new();
                let mut start = 0;
                for (i, &b) in src.iter().enumerate() {
                    if b == b'\n' {
                        v.push((start, i + 1));
                        start = i + 1;
                    }
                }
                if start < src.len() {
                    v.push((start, src.len()));
                }
                v
            };
            if lines.len() >= 2 {
                let (l, r) = *rng.pick(&lines);
                match rng.below(3) {
                    0 => {
                        src.drain(l..r);
                    }
                    1 => {
                        let t = src[l..r].to_vec();
                        let (at, _) = *rng.pick(&lines);
                        src.splice(at..at, t);
                    }
                    _ => {
                        let (l2, r2) = *rng.pick(&lines);
                        if r <= l2 {
                            let (a, b) = (src[l..r].to_vec(), src[l2..r2].to_vec());
                            src.splice(l2..r2, a);
                            src.splice(l..r, b);
                        }
                    }
                }
            }
        }
    }
}

/// The input with this index.
pub fn make_input(seed: u64, index: u64, corpus: &[String]) -> String {
    let mut rng = Rng::new(seed, index);
    let mut src: Vec<u8> = if rng.chance(1, 20) { b"package main\n".to_vec() } else { rng.pick(corpus).as_bytes().to_vec() };
    if !rng.chance(1, 50) {
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &mut src, corpus);
        }
    }
    String::from_utf8_lossy(&src).into_owned()
}

// ---------------------------------------------------------------- driver

/// Lexical errors (they carry no `syntax error:` prefix).
pub fn is_lex_error(msg: &str) -> bool {
    ["invalid character", "invalid NUL", "invalid BOM", "invalid digit", "invalid radix", "not terminated", "unknown escape", "escape sequence", "invalid UTF-8", "rune literal", "exponent has no digits", "hexadecimal mantissa", "' must separate"]
        .iter()
        .any(|p| msg.contains(p))
}

pub fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok())
}

