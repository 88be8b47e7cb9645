#!/usr/bin/env python3
"""Tests minigo's Go standard library sources against real Go.

Copies every hand-written package of stdlib/go into a temporary module `mg` (so
`strconv` becomes `mg/strconv`, `internal/reflectlite` becomes
`mg/internal/reflectlite`), rewrites imports between them, replaces the body-less
native declarations by the shims in stdlib/tests/shims/<package>/ (implemented with the
real library; copied as they are, so they import real packages, or mg/... explicitly), then builds and runs each comparison program stdlib/tests/cases/<name>/
main.go, which prints its failures and a final line `PASS n/m`.

usage: stdlib/tests/realgo.py [-keep] [-go GO] [case...]
Skips (exit 0) with a message when no Go toolchain is found.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GO_SRC = os.path.join(HERE, "..", "go")
SHIMS = os.path.join(HERE, "shims")
CASES = os.path.join(HERE, "cases")


def find_go(args):
    if "-go" in args:
        i = args.index("-go")
        go = args[i + 1]
        del args[i:i + 2]
        return go
    for go in ("/usr/lib/go-1.23/bin/go", shutil.which("go") or ""):
        if go and os.path.exists(go):
            return go
    return None


def packages():
    """Import paths of the packages that have hand-written files."""
    out = []
    for root, _, files in os.walk(GO_SRC):
        if any(f.endswith(".go") and f != "zz_api.go" for f in files):
            out.append(os.path.relpath(root, GO_SRC).replace(os.sep, "/"))
    return sorted(out)


NATIVE = re.compile(r"^func [^{]*$")


def transform(src, pkgs):
    def imp(m):
        path = m.group(2)
        return m.group(1) + '"' + ("mg/" + path if path in pkgs else path) + '"'
    lines = []
    in_import = False
    for line in src.split("\n"):
        s = line.strip()
        if s.startswith("import ("):
            in_import = True
        elif in_import and s == ")":
            in_import = False
        if in_import or s.startswith("import "):
            line = re.sub(r'^(\s*(?:import\s+)?(?:\w+\s+)?)"([^"]+)"', imp, line)
        if NATIVE.match(line):
            continue  # a native: the shim provides it
        lines.append(line)
    return "\n".join(lines)


def build_module(tmp):
    pkgs = packages()
    with open(os.path.join(tmp, "go.mod"), "w") as f:
        f.write("module mg\n\ngo 1.23\n")
    for p in pkgs:
        dst = os.path.join(tmp, p)
        os.makedirs(dst, exist_ok=True)
        src = os.path.join(GO_SRC, p)
        for name in os.listdir(src):
            if not name.endswith(".go") or name == "zz_api.go":
                continue
            with open(os.path.join(src, name)) as f:
                text = transform(f.read(), pkgs)
            with open(os.path.join(dst, name), "w") as f:
                f.write(text)
        shim = os.path.join(SHIMS, p)
        if os.path.isdir(shim):
            for name in os.listdir(shim):
                if name.endswith(".go"):
                    shutil.copy(os.path.join(shim, name), os.path.join(dst, name))
    for name in sorted(os.listdir(CASES)):
        d = os.path.join(CASES, name)
        if os.path.isdir(d):
            shutil.copytree(d, os.path.join(tmp, "cases", name))
    return pkgs


def main():
    args = sys.argv[1:]
    keep = "-keep" in args
    if keep:
        args.remove("-keep")
    go = find_go(args)
    if go is None:
        print("realgo: SKIP: no Go toolchain found (install Go 1.23 or pass -go PATH)")
        return 0
    tmp = tempfile.mkdtemp(prefix="mgreal")
    env = dict(os.environ, GOFLAGS="-mod=mod", GOTOOLCHAIN="local", GO111MODULE="on")
    try:
        pkgs = build_module(tmp)
        # With named cases, only what they import is built (by `go run` below).
        r = subprocess.run([go, "build", "./..."], cwd=tmp, env=env, capture_output=True, text=True) if not args else None
        if r is not None and r.returncode != 0:
            print("realgo: build failed:\n" + r.stdout + r.stderr)
            return 1
        cases = args or sorted(n for n in os.listdir(os.path.join(tmp, "cases")))
        failed = 0
        total_pass = total = 0
        for c in cases:
            r = subprocess.run([go, "run", "./cases/" + c], cwd=tmp, env=env, capture_output=True, text=True)
            out = (r.stdout + r.stderr).rstrip("\n").split("\n")
            last = out[-1] if out else ""
            m = re.match(r"PASS (\d+)/(\d+)", last)
            if m:
                total_pass += int(m.group(1))
                total += int(m.group(2))
            ok = r.returncode == 0 and m and m.group(1) == m.group(2)
            if not ok:
                failed += 1
                print("\n".join(out[-60:]))
            print("%-12s %s" % (c, last if m else "FAILED (exit %d)" % r.returncode))
        print("realgo: %d/%d checks passed in %d cases (%d failing); packages: %s" % (
            total_pass, total, len(cases), failed, " ".join(pkgs)))
        return 1 if failed else 0
    finally:
        if keep:
            print("realgo: module kept in", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
