#!/usr/bin/env python3
"""Regenerates the `.golden` files of the error corpus from real Go and checks the
`// ERROR "regexp"` annotations against Go's messages.

    python3 tests/errors/regen.py [--annotate] [--go PATH] [FILE.go ...]

Without file arguments every `tests/errors/*.go` is processed. For each program:
  1. it is copied to a temporary directory and built there with `go build NAME.go`;
  2. Go's diagnostics (`./NAME.go:LINE:COL: message` plus tab-indented continuation
     lines, the `# command-line-arguments` header dropped) are written to `NAME.golden`;
  3. the annotations are checked against them: every regexp must match a message reported
     on its line and every message must be matched by a regexp of its line.
With --annotate, lines with errors that have no annotation get one (the first line of
Go's message, regexp-quoted) before the check; existing annotations are kept.
Exit status 1 when any program fails the check, produces no error, or has 10 errors or more
(gc stops there; keep each program under 10).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANNOT_RX = re.compile(r'//\s*ERROR\s+(.*)$')
QUOTED_RX = re.compile(r'"((?:[^"\\]|\\.)*)"')
DIAG_RX = re.compile(r'^\./([^:]+):(\d+):(\d+): (.*)$')


def go_errors(go, path):
    """Runs `go build` on a copy of `path`; returns (raw golden text, [(line, col, msg)])."""
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, os.path.join(tmp, name))
        env = dict(os.environ, GO111MODULE="off", GOTOOLCHAIN="local", GOFLAGS="")
        p = subprocess.run([go, "build", "-o", os.devnull, name], cwd=tmp, env=env,
                           capture_output=True, text=True)
    lines = [l for l in p.stderr.splitlines() if not l.startswith("#")]
    diags = []
    for l in lines:
        m = DIAG_RX.match(l)
        if m:
            diags.append([int(m.group(2)), int(m.group(3)), m.group(4)])
        elif l.startswith("\t") and diags:
            diags[-1][2] += "\n" + l
        elif l.strip():
            diags.append([0, 0, l])
    golden = "".join(l + "\n" for l in lines)
    return golden, diags


def quote(msg):
    """The first line of a message as a regexp (metacharacters and quotes escaped)."""
    first = msg.split("\n")[0]
    return re.sub(r'([\\.+*?()|\[\]{}^$"])', r'\\\1', first)


def annotations(src_lines):
    out = {}
    for i, l in enumerate(src_lines, 1):
        m = ANNOT_RX.search(l)
        if m:
            out[i] = [q.group(1) for q in QUOTED_RX.finditer(m.group(1))]
    return out


def check(annots, diags):
    """Go test-suite matching; returns a list of problems."""
    problems = []
    by_line = {}
    for line, col, msg in diags:
        by_line.setdefault(line, []).append(msg)
    for line in sorted(set(annots) | set(by_line)):
        msgs = list(by_line.get(line, []))
        for rx in annots.get(line, []):
            # Annotations are unquoted the way the Rust harness does it: \" is a quote.
            r = re.compile(rx.replace('\\"', '"'))
            hit = [m for m in msgs if r.search(m)]
            if not hit:
                problems.append(f"line {line}: no error matches {rx!r} (got {msgs})")
            msgs = [m for m in msgs if m not in hit]
        for m in msgs:
            problems.append(f"line {line}: unannotated error {m!r}")
    return problems


def main():
    args = sys.argv[1:]
    annotate = "--annotate" in args
    args = [a for a in args if a != "--annotate"]
    go = "/usr/lib/go-1.23/bin/go"
    if "--go" in args:
        i = args.index("--go")
        go = args[i + 1]
        del args[i:i + 2]
    files = args or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".go"))
    failed = 0
    for path in files:
        golden, diags = go_errors(go, path)
        with open(path) as f:
            src = f.read().split("\n")
        if annotate:
            want = {}
            for line, col, msg in diags:
                want.setdefault(line, []).append(quote(msg))
            have = annotations(src)
            changed = False
            for line, rxs in want.items():
                if line in have or line == 0:
                    continue
                uniq = []
                for r in rxs:
                    if r not in uniq:
                        uniq.append(r)
                src[line - 1] += " // ERROR " + " ".join(f'"{r}"' for r in uniq)
                changed = True
            if changed:
                with open(path, "w") as f:
                    f.write("\n".join(src))
                golden, diags = go_errors(go, path)
        problems = check(annotations(src), diags)
        if not diags:
            problems.append("go reports no error")
        if any(m == "too many errors" for _, _, m in diags) or len(diags) >= 10:
            problems.append("10 errors or more: gc stops at 10; split the program")
        with open(path[:-3] + ".golden", "w") as f:
            f.write(golden)
        if problems:
            failed += 1
            print(f"FAIL {os.path.basename(path)}")
            for p in problems:
                print("   ", p)
    print(f"{len(files) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
