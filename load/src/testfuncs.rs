//! The tests of a package, as `go test` finds them in `_test.go` files: top-level functions
//! `TestXxx(*testing.T)`, `BenchmarkXxx(*testing.B)`, `FuzzXxx(*testing.F)`, `ExampleXxx()`
//! (with the `// Output:` or `// Unordered output:` comment that ends its body), and
//! `TestMain(*testing.M)`. Also the main package that runs them.

use lexer::Token;
use logos::Logos;

/// A function of a test file that `go test` runs.
#[derive(Clone, Debug, PartialEq)]
pub enum TestFunc {
    Test(String),
    Benchmark(String),
    Fuzz(String),
    /// Name, expected output (`None`: compiled, not run), unordered.
    Example(String, Option<String>, bool),
    Main,
}

/// Whether `name` is `prefix` followed by nothing or by a character that is not a
/// lower-case letter (`Test`, `TestX`, `Test_x`, not `Testify`).
fn is_test_name(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// The test functions of one file, in source order.
pub fn scan(src: &str) -> Vec<TestFunc> {
    let toks: Vec<(Token, std::ops::Range<usize>)> = Token::lexer(src).spanned().filter_map(|(t, s)| t.ok().map(|t| (t, s))).collect();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < toks.len() {
        let (t, _) = &toks[i];
        match t {
            Token::LParen | Token::LBrace | Token::LBrack => depth += 1,
            Token::RParen | Token::RBrace | Token::RBrack => depth -= 1,
            Token::Func if depth == 0 => {
                if let Some((Token::Ident, ns)) = toks.get(i + 1) {
                    if let Some((Token::LParen, _)) = toks.get(i + 2) {
                        let name = &src[ns.clone()];
                        // Parameters: up to the matching parenthesis.
                        let mut j = i + 3;
                        let mut d = 1;
                        while j < toks.len() && d > 0 {
                            match toks[j].0 {
                                Token::LParen | Token::LBrack | Token::LBrace => d += 1,
                                Token::RParen | Token::RBrack | Token::RBrace => d -= 1,
                                _ => {}
                            }
                            j += 1;
                        }
                        let params_end = toks.get(j - 1).map(|t| t.1.start).unwrap_or(src.len());
                        let params: String = src[toks[i + 2].1.end..params_end].split_whitespace().collect::<Vec<_>>().join(" ");
                        // Results or a body must follow; only `{` directly means no results.
                        let body_start = toks.get(j).filter(|t| t.0 == Token::LBrace).map(|_| j);
                        if let Some(f) = classify(name, &params, body_start.is_some(), || body_start.map(|b| body_text(src, &toks, b)).unwrap_or_default()) {
                            out.push(f);
                        }
                        i = j;
                        continue;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The single parameter's type (`t *testing.T` → `*testing.T`).
fn param_type(params: &str) -> Option<&str> {
    if params.contains(',') {
        return None;
    }
    let ty = params.rsplit(' ').next()?;
    Some(ty)
}

fn classify(name: &str, params: &str, no_results: bool, body: impl FnOnce() -> String) -> Option<TestFunc> {
    let ty = param_type(params).unwrap_or("");
    let ptr_to = |sel: &str| ty.starts_with('*') && ty.ends_with(sel) && ty[1..ty.len() - sel.len()].chars().all(|c| c.is_alphanumeric() || c == '_');
    if name == "TestMain" && ptr_to(".M") {
        return Some(TestFunc::Main);
    }
    if is_test_name(name, "Test") && ptr_to(".T") && no_results {
        return Some(TestFunc::Test(name.into()));
    }
    if is_test_name(name, "Benchmark") && ptr_to(".B") && no_results {
        return Some(TestFunc::Benchmark(name.into()));
    }
    if is_test_name(name, "Fuzz") && ptr_to(".F") && no_results {
        return Some(TestFunc::Fuzz(name.into()));
    }
    if is_test_name(name, "Example") && params.is_empty() && no_results {
        let (output, unordered) = example_output(&body());
        return Some(TestFunc::Example(name.into(), output, unordered));
    }
    None
}

/// The text between a body's braces.
fn body_text(src: &str, toks: &[(Token, std::ops::Range<usize>)], open: usize) -> String {
    let mut d = 0;
    for (t, s) in &toks[open..] {
        match t {
            Token::LBrace | Token::LParen | Token::LBrack => d += 1,
            Token::RBrace | Token::RParen | Token::RBrack => {
                d -= 1;
                if d == 0 {
                    return src[toks[open].1.end..s.start].to_string();
                }
            }
            _ => {}
        }
    }
    String::new()
}

/// The expected output of an example: its body's last comment group, when that starts
/// with `Output:` or `Unordered output:` (any case).
fn example_output(body: &str) -> (Option<String>, bool) {
    let lines: Vec<&str> = body.lines().collect();
    let mut end = lines.len();
    while end > 0 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && lines[start - 1].trim_start().starts_with("//") {
        start -= 1;
    }
    if start == end {
        return (None, false);
    }
    let text: Vec<&str> = lines[start..end]
        .iter()
        .map(|l| {
            let c = &l.trim_start()[2..];
            c.strip_prefix(' ').unwrap_or(c)
        })
        .collect();
    let first = text[0].trim_start();
    let lower = first.to_lowercase();
    let (rest, unordered) = if lower.starts_with("output:") {
        (&first["output:".len()..], false)
    } else if lower.starts_with("unordered output:") {
        (&first["unordered output:".len()..], true)
    } else {
        return (None, false);
    };
    let mut out = vec![rest.trim()];
    out.extend(text[1..].iter().map(|l| l.trim_end()));
    (Some(out.join("\n").trim().to_string()), unordered)
}

/// A Go string literal of `s`.
fn quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            c if (c as u32) < 0x20 => q.push_str(&format!("\\x{:02x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// The source of the main package of a test program: `test` and `xtest` are the functions
/// of the in-package and external test files (imported as `_test` and `_xtest`).
pub fn test_main(import_path: &str, test: &[TestFunc], xtest: &[TestFunc], has_test_files: bool) -> String {
    let mut s = String::from("package main\n\nimport (\n\t\"os\"\n\t\"testing\"\n");
    let uses_test = test.iter().any(|f| !matches!(f, TestFunc::Example(_, None, _)));
    let uses_xtest = xtest.iter().any(|f| !matches!(f, TestFunc::Example(_, None, _)));
    if uses_test {
        s.push_str(&format!("\t_test {}\n", quote(import_path)));
    } else if has_test_files {
        s.push_str(&format!("\t_ {}\n", quote(import_path)));
    }
    if uses_xtest {
        s.push_str(&format!("\t_xtest {}\n", quote(&format!("{}_test", import_path))));
    } else if !xtest.is_empty() {
        s.push_str(&format!("\t_ {}\n", quote(&format!("{}_test", import_path))));
    }
    s.push_str(")\n\n");
    let all = || test.iter().map(|f| ("_test", f)).chain(xtest.iter().map(|f| ("_xtest", f)));
    s.push_str("var tests = []testing.InternalTest{\n");
    for (p, f) in all() {
        if let TestFunc::Test(n) = f {
            s.push_str(&format!("\t{{{}, {}.{}}},\n", quote(n), p, n));
        }
    }
    s.push_str("}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
    for (p, f) in all() {
        if let TestFunc::Benchmark(n) = f {
            s.push_str(&format!("\t{{{}, {}.{}}},\n", quote(n), p, n));
        }
    }
    s.push_str("}\n\nvar fuzzTargets = []testing.InternalFuzzTarget{\n");
    for (p, f) in all() {
        if let TestFunc::Fuzz(n) = f {
            s.push_str(&format!("\t{{{}, {}.{}}},\n", quote(n), p, n));
        }
    }
    s.push_str("}\n\nvar examples = []testing.InternalExample{\n");
    for (p, f) in all() {
        if let TestFunc::Example(n, Some(out), unordered) = f {
            s.push_str(&format!("\t{{{}, {}.{}, {}, {}}},\n", quote(n), p, n, quote(out), unordered));
        }
    }
    // MainStart's first argument receives the exit code of m.Run (0 if TestMain never
    // calls it), for the os.Exit after TestMain returns.
    s.push_str("}\n\nfunc main() {\n\tcode := new(int)\n\tm := testing.MainStart(code, tests, benchmarks, fuzzTargets, examples)\n");
    let main_in = all().find(|(_, f)| **f == TestFunc::Main).map(|(p, _)| p);
    match main_in {
        Some(p) => s.push_str(&format!("\t{}.TestMain(m)\n\tos.Exit(*code)\n", p)),
        None => s.push_str("\tos.Exit(m.Run())\n"),
    }
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tests_and_example_outputs() {
        let src = "package p\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {}\nfunc Testify(t *testing.T) {}\nfunc helper(t *testing.T) {}\nfunc (s S) TestM(t *testing.T) {}\nfunc BenchmarkB(b *testing.B) { for i := 0; i < b.N; i++ {} }\nfunc FuzzF(f *testing.F) {}\nfunc TestMain(m *testing.M) {}\nfunc ExampleE() {\n\tprintln(1)\n\t// Output:\n\t// a\n\t//   b\n}\nfunc ExampleU() {\n\t// Unordered output: x\n\t// y\n}\nfunc ExampleNone() {\n\tf()\n}\n";
        assert_eq!(
            scan(src),
            vec![
                TestFunc::Test("TestA".into()),
                TestFunc::Benchmark("BenchmarkB".into()),
                TestFunc::Fuzz("FuzzF".into()),
                TestFunc::Main,
                TestFunc::Example("ExampleE".into(), Some("a\n  b".into()), false),
                TestFunc::Example("ExampleU".into(), Some("x\ny".into()), true),
                TestFunc::Example("ExampleNone".into(), None, false),
            ]
        );
    }
}
