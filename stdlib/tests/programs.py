#!/usr/bin/env python3
"""Runs whole Go programs under real Go twice, once with the real standard library and
once with minigo's (the packages of stdlib/go, imported as mg/... with real-Go shims
for the natives, as realgo.py does), and compares combined output and exit status.

usage: stdlib/tests/programs.py [-v] FILE.go|DIR|LIST.txt ...
  A DIR contributes its *.go files; a .txt file lists test paths relative to
  $GOROOT/test (the conformance list format). Programs importing packages minigo's
  library does not have are skipped.
"""
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realgo  # noqa: E402

GOROOT_TEST = "/usr/lib/go-1.23/test"
IMPORT = re.compile(r'^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"]+)"\s*$')


def imports(src):
    out = []
    in_block = False
    for line in src.split("\n"):
        s = line.strip()
        if s.startswith("import ("):
            in_block = True
            continue
        if in_block and s == ")":
            in_block = False
            continue
        if in_block or s.startswith("import "):
            m = IMPORT.match(s if in_block else s)
            if m:
                out.append(m.group(1))
    return out


def collect(args):
    files = []
    for a in args:
        if a.endswith(".txt"):
            for line in open(a):
                line = line.strip()
                if line and not line.startswith("#"):
                    files.append(os.path.join(GOROOT_TEST, line))
        elif os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".go"))
        else:
            files.append(a)
    return files


def run(go, cwd, target, env):
    try:
        r = subprocess.run([go, "run", target], cwd=cwd, env=env, capture_output=True, timeout=120)
        out = (r.stdout + r.stderr).decode("utf-8", "replace")
        return r.returncode, out
    except subprocess.TimeoutExpired:
        return -1, "TIMEOUT"


def normalize(out):
    # Goroutine dumps and addresses differ between runs; keep the first line of a panic.
    lines = []
    for line in out.split("\n"):
        if line.startswith("goroutine ") or line.startswith("\t") or line.startswith("exit status"):
            continue
        line = re.sub(r"/(progs|orig)/p(\d+)/", r"/prog/p\2/", line)
        lines.append(re.sub(r"0x[0-9a-f]{6,}", "0xADDR", line))
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    if verbose:
        args.remove("-v")
    go = realgo.find_go(args)
    if go is None:
        print("programs: SKIP: no Go toolchain found")
        return 0
    tmp = tempfile.mkdtemp(prefix="mgprog")
    env = dict(os.environ, GOFLAGS="-mod=mod", GOTOOLCHAIN="local", GO111MODULE="on")
    try:
        pkgs = realgo.build_module(tmp)
        jobs = []
        skipped = 0
        for i, f in enumerate(collect(args)):
            src = open(f, encoding="utf-8", errors="replace").read()
            imps = imports(src)
            if any(p not in pkgs and p != "unsafe" for p in imps) or "//go:build" in src[:200] or "// +build" in src[:200]:
                skipped += 1
                continue
            d = os.path.join(tmp, "progs", "p%04d" % i)
            os.makedirs(d)
            with open(os.path.join(d, "main.go"), "w") as out:
                out.write(realgo.transform(src, set(pkgs)))
            orig = os.path.join(tmp, "orig", "p%04d" % i)
            os.makedirs(orig)
            shutil.copy(f, os.path.join(orig, "main.go"))
            jobs.append((f, "./progs/p%04d" % i, orig))
        r = subprocess.run([go, "build", "./..."], cwd=tmp, env=env, capture_output=True, text=True)
        broken = set()
        if r.returncode != 0:
            for line in r.stderr.split("\n"):
                m = re.match(r"^(progs/p\d+)/", line)
                if m:
                    broken.add("./" + m.group(1))

        def one(job):
            f, target, orig = job
            if target in broken:
                return f, False, "does not build with mg packages"
            want = run(go, orig, ".", env)
            got = run(go, tmp, target, env)
            ok = got[0] == want[0] and normalize(got[1]) == normalize(want[1])
            return f, ok, "" if ok else "exit %d vs %d\n--- mg:\n%s\n--- go:\n%s" % (got[0], want[0], got[1][-1500:], want[1][-1500:])

        passed = failed = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
            for f, ok, why in ex.map(one, jobs):
                if ok:
                    passed += 1
                else:
                    failed += 1
                    print("FAIL", f)
                    if verbose:
                        print(why)
        print("programs: %d passed, %d failed, %d skipped (imports outside minigo's library)" % (passed, failed, skipped))
        return 1 if failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
