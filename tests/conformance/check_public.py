#!/usr/bin/env python3
"""Front-end conformance: `minigo check` on every test of the public conformance list.

The list is ../shared/conformance/public.txt (paths relative to Go's test directory,
/usr/lib/go-1.23/test by default). Every listed test is a valid Go program that gc compiles, so:

  * a non-generic test passes when `minigo check FILE` exits 0 and prints nothing;
  * a generic test (classified as gotest.py does: the typeparam/ directory or a generic
    declaration in the source) passes when every line minigo prints mentions
    "not supported yet": the file parses and nothing but the unsupported generic
    declarations is reported.

Known failures (KNOWN below) are reported separately and do not fail the run. The script
exits 0 when every other test passes, 1 otherwise, and 0 with a message when Go's test
directory or the list is missing.

Usage:
  python3 tests/conformance/check_public.py [--minigo target/release/minigo] [-j 2] [-v]

Stdlib only, Python >= 3.8.
"""
import argparse
import concurrent.futures
import importlib.util
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_TESTDIR = os.environ.get("GO_TEST_DIR", "/usr/lib/go-1.23/test")
LIST_CANDIDATES = [
    os.path.join(ROOT, "..", "shared", "conformance", "public.txt"),
    "/work/shared/conformance/public.txt",
]

# Non-generic tests minigo is known not to accept yet: path -> reason.
KNOWN = {}

# ------------------------------------------------------------------ classification
# A copy of gotest.py's classifier, used only when gotest.py (beside public.txt) cannot be
# imported; gotest.py is the reference.

_TOKEN_RE = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])*\'', re.S)
_TPARAM = r"\[\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s+(?:~|\*?[A-Za-z_][\w.]*|interface\s*\{|\[|func\b|map\b|chan\b)"
_GENERIC_RES = [
    re.compile(r"\bfunc\s+[A-Za-z_]\w*\s*" + _TPARAM),
    re.compile(r"\btype\s+[A-Za-z_]\w*\s*" + _TPARAM),
    re.compile(r"^\s*[A-Za-z_]\w*\s*" + _TPARAM + r"[^\n=]*\]\s*(?:struct|interface|func|\[|map|chan|\*?[A-Za-z_])", re.M),
    re.compile(r"\bfunc\s*\(\s*\w*\s*\*?\s*[A-Za-z_]\w*\s*\[\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s*\]\s*\)"),
    re.compile(r"\binterface\s*\{[^{}]*~"),
]


def _fallback_is_generic(rel, src):
    def strip(m):
        s = m.group(0)
        if s.startswith("//"):
            return ""
        if s.startswith("/*"):
            return "\n" * s.count("\n") or " "
        return s

    def blank(m):
        s = m.group(0)
        return s[0] + s[0] if s[0] in "\"'`" else s

    code = _TOKEN_RE.sub(blank, _TOKEN_RE.sub(strip, src))
    return rel.split("/")[0] == "typeparam" or any(r.search(code) for r in _GENERIC_RES)


def load_classifier(list_path):
    """gotest.py's classification (typeparam/ or generic declarations), or the copy above."""
    gotest = os.path.join(os.path.dirname(list_path), "gotest.py")
    try:
        spec = importlib.util.spec_from_file_location("gotest", gotest)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)

        def is_generic(rel, src):
            code = mod.blank_strings(mod.strip_comments(src))
            return rel.split("/")[0] == "typeparam" or mod.uses_generics(code)
        return is_generic, gotest
    except Exception:
        return _fallback_is_generic, "built-in copy"


def read_list(path):
    with open(path) as f:
        items = [l.split("#", 1)[0].strip() for l in f]
    return [i for i in items if i]


# ------------------------------------------------------------------ running

def check_one(minigo, testdir, rel, generic, timeout):
    path = os.path.join(testdir, rel)
    t0 = time.time()
    try:
        p = subprocess.run([minigo, "check", path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout, env=dict(os.environ, NO_COLOR="1"))
        out = p.stdout.decode("utf-8", "replace")
        code = p.returncode
    except subprocess.TimeoutExpired:
        return {"path": rel, "generic": generic, "ok": False, "why": "timeout after %gs" % timeout,
                "time": time.time() - t0}
    lines = [l for l in out.splitlines() if l.strip()]
    if not generic:
        ok = code == 0 and not lines
        why = "" if ok else "exit %d: %s" % (code, " | ".join(lines[:3]) or "(no output)")
    else:
        # Parsing succeeded and only unsupported-generics diagnostics were printed.
        bad = [l for l in lines if "not supported yet" not in l]
        ok = not bad and code in (0, 1)
        why = "" if ok else "exit %d: %s" % (code, " | ".join(bad[:3]) or "(no output)")
    return {"path": rel, "generic": generic, "ok": ok, "why": why, "time": time.time() - t0}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minigo", default=os.path.join(ROOT, "target", "release", "minigo"),
                    help="the minigo binary (default: target/release/minigo)")
    ap.add_argument("--testdir", default=DEFAULT_TESTDIR, help="Go's test directory (default %(default)s)")
    ap.add_argument("--list", default=None, help="the list of tests (default: ../shared/conformance/public.txt)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel checks (default 2)")
    ap.add_argument("--timeout", type=float, default=30.0, help="per-file timeout in seconds (default 30)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list the known failures' output")
    args = ap.parse_args(argv)

    if not os.path.isdir(args.testdir):
        print("check_public: skipped: Go's test directory %s is missing (set --testdir or GO_TEST_DIR)" % args.testdir)
        return 0
    list_path = args.list or next((p for p in LIST_CANDIDATES if os.path.isfile(p)), None)
    if not list_path or not os.path.isfile(list_path):
        print("check_public: skipped: the list public.txt is missing (pass --list)")
        return 0
    if not os.access(args.minigo, os.X_OK):
        print("check_public: %s not found; build it with `cargo build --release`" % args.minigo, file=sys.stderr)
        return 2

    is_generic, source = load_classifier(list_path)
    tests = []
    missing = []
    for rel in read_list(list_path):
        path = os.path.join(args.testdir, rel)
        if not os.path.isfile(path):
            missing.append(rel)
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            tests.append((rel, is_generic(rel, f.read())))

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        results = list(ex.map(lambda t: check_one(args.minigo, args.testdir, t[0], t[1], args.timeout), tests))
    elapsed = time.time() - t0

    failed = [r for r in results if not r["ok"] and r["path"] not in KNOWN]
    known = [r for r in results if not r["ok"] and r["path"] in KNOWN]
    fixed = [r for r in results if r["ok"] and r["path"] in KNOWN]
    for r in failed:
        print("FAIL %s%s: %s" % (r["path"], " (generic)" if r["generic"] else "", r["why"][:400]))
    for r in known:
        print("known %s: %s%s" % (r["path"], KNOWN[r["path"]], (": " + r["why"][:300]) if args.verbose else ""))
    for r in fixed:
        print("note: known failure %s now passes; remove it from KNOWN" % r["path"])
    for rel in missing:
        print("missing %s" % rel)

    def count(gen):
        sel = [r for r in results if r["generic"] == gen]
        return sum(r["ok"] for r in sel), len(sel)

    ng_ok, ng = count(False)
    g_ok, g = count(True)
    slowest = max(results, key=lambda r: r["time"]) if results else None
    print("non-generic: %d / %d exit 0 with no output" % (ng_ok, ng))
    print("generic:     %d / %d parse, only \"not supported yet\" diagnostics" % (g_ok, g))
    print("failures: %d unexpected, %d known; %d listed files missing; classifier: %s" % (
        len(failed), len(known), len(missing), source))
    if slowest:
        print("elapsed %.1fs (slowest %s %.2fs)" % (elapsed, slowest["path"], slowest["time"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
