#!/usr/bin/env python3
"""Triage of the end-to-end corpus.

Runs every tests/run/*.go and tests/pending/*.go under minigo, compares with the
Go-generated NAME.out / NAME.exitcode (same normalization as tests/golden.rs),
classifies each failure and writes tests/pending/TRIAGE.md.

  tests/pending/triage.py            # report only
  tests/pending/triage.py -move      # also move passing programs to tests/run and
                                     # failing ones to tests/pending (git mv)
  tests/pending/triage.py NAME...    # only these programs (no TRIAGE.md rewrite)

MINIGO=path overrides the binary (default: target/release/minigo).
"""
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(TESTS)
MINIGO = os.environ.get("MINIGO", os.path.join(ROOT, "target/release/minigo"))
TIMEOUT = 20

# Programs whose Go output is itself not reproducible; they live in pending/ for the record.
HARNESS_NOTES = {
    "panic_in_goroutine": "Go's own goroutine id in the `goroutine N [running]:` header varies run to run (3, 5, ...)",
    "deadlock_all_blocked": "Go's own id of the second blocked goroutine varies run to run (18, 20, ...)",
}


# Hand-written minimal reproductions of root causes, appended to the generated line while the
# program still fails (check they still apply when the failure description changes).
NOTES = {
    "prog_concurrent_pipeline_errors": "repro: `errors.Is(errors.Join(errors.New(\"a\"), e), e)` segfaults",
    "errors_wrap": "see prog_concurrent_pipeline_errors: errors.Is through Join/multi-%w",
    "value_semantics_copies": "repro: `v := S{Tag: \"before\"}; f := func() string { return v.Tag }; v.Tag = \"after\"; println(f())` prints before",
    "func_values": "repro: `var n Node; n.visit = func(d int) int { ... n.visit(d-1) }` -- closure capturing a struct var whose field is assigned later sees nil",
    "goexit_goroutine": "repro: `go func() { runtime.Goexit() }()` -> Rust panic index out of bounds at vm/src/exec/call.rs:25 (SIGSEGV when the goroutine has defers)",
    "goexit_main": "see goexit_goroutine: runtime.Goexit crashes",
    "context_cancel": "repro: `p, pc := context.WithCancel(bg); c, _ := context.WithCancel(p); pc(); <-c.Done()` deadlocks: parent cancel does not propagate",
    "context_deadline_chain": "parent deadline/cancel does not reach a child context (see context_cancel)",
    "builtins_min_max_clear": "min(0.0, -0.0) with runtime values must return -0 (math.Signbit true)",
}


def normalize(s):
    out, in_trace = [], False
    lines = s.split("\n")
    if s.endswith("\n"):
        lines.pop()  # like Rust's str::lines
    for line in (l[:-1] if l.endswith("\r") else l for l in lines):
        if line.startswith("goroutine ") and line.endswith("]:"):
            in_trace = True
            out.append(line)
            continue
        if in_trace:
            if line == "":
                in_trace = False
                out.append("")
            continue
        if line.startswith("exit status "):
            continue
        if line.startswith("[signal "):
            out.append(line.split(" addr=")[0])
            continue
        out.append(line)
    return "\n".join(out)


def run(path):
    d, f = os.path.split(path)
    name = f[:-3]
    try:
        want = open(os.path.join(d, name + ".out"), encoding="utf-8").read()
    except UnicodeDecodeError:
        want = "<.out is not valid UTF-8: golden.rs cannot read it>"
    except FileNotFoundError:
        want = "<no .out: run tests/gen_expected.sh>"
    try:
        want_code = int(open(os.path.join(d, name + ".exitcode")).read().strip())
    except FileNotFoundError:
        want_code = 0
    try:
        p = subprocess.run([MINIGO, "run", f], cwd=d, capture_output=True, timeout=TIMEOUT)
        got = p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace")
        code = p.returncode
    except subprocess.TimeoutExpired as e:
        got = (e.stdout or b"").decode("utf-8", "replace") + (e.stderr or b"").decode("utf-8", "replace")
        code = 124
    ok = code == want_code and normalize(want) == normalize(got)
    return name, d, ok, want, want_code, got, code


def pair(w, g, n=60):
    """`want` and `got` excerpts, starting near their first difference."""
    cp = 0
    while cp < min(len(w), len(g)) and w[cp] == g[cp]:
        cp += 1
    start = max(0, cp - 25) if max(len(w), len(g)) > n else 0
    pre = "..." if start else ""
    return f"want `{pre}{short(w[start:], n)}` got `{pre}{short(g[start:], n)}`"


def short(s, n=90):
    s = s.replace("\t", "\\t")
    return s if len(s) <= n else s[: n - 3] + "..."


HINTS = [
    (r"comparing uncomparable type \[\]", "likely root cause: comparing a slice with nil panics"),
    (r"-> not an error|^string runtime\.Error=false|interface conversion: string is not error", "likely root cause: recovered runtime errors are plain strings, not runtime.Error values"),
]


def classify(name, want, want_code, got, code):
    cat, desc, focus = classify1(name, want, want_code, got, code)
    for pat, hint in HINTS:
        if re.search(pat, focus, re.M):
            desc += f" ({hint})"
            break
    return cat, desc


def classify1(name, want, want_code, got, code):
    if name in HARNESS_NOTES:
        return "harness: nondeterministic in Go", HARNESS_NOTES[name], got
    if code == 124:
        lines = [l for l in got.split("\n") if l]
        return "hang/timeout", f"no exit within {TIMEOUT}s" + (f"; last output `{short(lines[-1], 50)}`" if lines else "; no output"), got
    if code < 0 or code in (132, 134, 135, 136, 137, 139):
        sig = -code if code < 0 else code - 128
        names = {4: "SIGILL", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV"}
        return "crash (signal)", f"minigo killed by {names.get(sig, 'signal %d' % sig)}", got
    m = re.search(r"thread '[^']*' panicked at ([^\n]*)\n([^\n]*)", got)
    if m or code == 101:
        return "Rust panic", short((m.group(2) + " at " + m.group(1)) if m else got.strip().split("\n")[-1]), got
    m = re.search(r"^\./[\w.]+\.go:\d+:\d+: (.*)$", got, re.M)
    if m:
        msg = m.group(1)
        if "generic" in msg:
            return "compile: generics unsupported", short(msg), got
        if "not supported yet" in msg:
            return "compile: unsupported language feature", short(msg[msg.rfind(": ") + 2:] if "): " in msg else msg), got
        mu = re.match(r"undefined: (\w+\.\w+)", msg)
        if mu:
            return "compile: missing stdlib API", mu.group(1) + " undefined", got
        return "compile: type-check/compile error", short(msg), got
    m = re.search(r"panic: (\S+) is not supported by minigo yet", got)
    if m:
        return "missing stdlib function", m.group(1), got
    wn, gn = normalize(want).split("\n"), normalize(got).split("\n")
    for i in range(max(len(wn), len(gn))):
        w = wn[i] if i < len(wn) else "<EOF>"
        g = gn[i] if i < len(gn) else "<EOF>"
        if w != g:
            break
    else:
        return "wrong exit code", f"exit {code}, want {want_code}", got
    panicky = lambda s: s.startswith(("panic: ", "fatal error: ", "\tpanic: ", "[signal ")) or s.startswith("goroutine ")
    if w.startswith("[signal SIGSEGV") and g != w:
        return "wrong panic text", "no `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]` line after the panic message (pc varies: golden.rs should normalize it)", got
    if w == "" and i + 1 < len(wn) and wn[i + 1].startswith("goroutine ") and g in ("<EOF>", ""):
        return "wrong panic text", f"line {i+1}: missing `{wn[i+1]}` traceback after the message", g
    if panicky(g) and not panicky(w):
        ps = [l for l in gn[i:] if l.startswith(("panic: ", "fatal error: ", "\tpanic: "))]
        return "unexpected runtime panic", f"line {i+1}: want `{short(w, 40)}` got `{short(' / '.join(ps) or g, 110)}`", "\n".join(ps) or g
    if panicky(w) or panicky(g) or any(l.startswith(("panic: ", "fatal error: ")) for l in wn[:i]):
        return "wrong panic text", f"line {i+1}: {pair(w, g)}", g
    return "wrong output", f"line {i+1}: {pair(w, g)}", g


def main():
    args = sys.argv[1:]
    move = "-move" in args
    names = [a for a in args if a != "-move"]
    files = []
    for sub in ("run", "pending"):
        dd = os.path.join(TESTS, sub)
        files += [os.path.join(dd, f) for f in sorted(os.listdir(dd)) if f.endswith(".go")]
    if names:
        files = [f for f in files if os.path.basename(f)[:-3] in names]
    with ThreadPoolExecutor(2) as ex:
        results = list(ex.map(run, files))
    fails = []
    for name, d, ok, want, want_code, got, code in sorted(results):
        sub = os.path.basename(d)
        if ok:
            print("PASS", name)
        else:
            cat, desc = classify(name, want, want_code, got, code)
            if name in NOTES:
                desc += "; " + NOTES[name]
            fails.append((name, cat, desc))
            print(f"FAIL {name}: [{cat}] {desc}")
        dest = None
        if move and ok and sub == "pending" and name not in HARNESS_NOTES:
            dest = "run"
        if move and not ok and sub == "run":
            dest = "pending"
        if dest:
            for ext in (".go", ".out", ".exitcode"):
                src = os.path.join(d, name + ext)
                if os.path.exists(src):
                    dst = os.path.join(TESTS, dest, name + ext)
                    if subprocess.run(["git", "mv", "-f", src, dst], cwd=ROOT, capture_output=True).returncode != 0:
                        os.replace(src, dst)  # untracked file
    npass = len(results) - len(fails)
    print(f"{npass} passed, {len(fails)} failed")
    if names:
        return
    cats = {}
    for _, c, _ in fails:
        cats[c] = cats.get(c, 0) + 1
    sub = {}
    for _, c, dsc in fails:
        if c == "missing stdlib function":
            sub[dsc] = sub.get(dsc, 0) + 1
    with open(os.path.join(TESTS, "pending", "TRIAGE.md"), "w") as f:
        f.write("# Triage of tests/pending\n\n")
        f.write("Programs whose expected output (from Go 1.23) minigo does not reproduce yet.\n")
        f.write("Regenerate with `tests/pending/triage.py -move` after `cargo build --release`\n")
        f.write("(it moves newly passing programs to tests/run and rewrites this file).\n\n")
        f.write(f"Total: {len(results)} programs, {npass} passing (tests/run), {len(fails)} pending.\n\n")
        f.write("## Failure categories\n\n")
        for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
            f.write(f"- {c}: {n}\n")
        if sub:
            f.write("\nMissing stdlib functions (first one hit by each program):\n\n")
            for s, n in sorted(sub.items(), key=lambda x: (-x[1], x[0])):
                f.write(f"- {s}: {n}\n")
        f.write("\n## Programs\n\n")
        for name, c, dsc in fails:
            f.write(f"- {name}: {c} -- {dsc}\n")


if __name__ == "__main__":
    main()
