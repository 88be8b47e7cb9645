#!/usr/bin/env python3
"""Records what real Go prints for each command line of cases.txt into expect/NAME.out.

Go runs on a copy of tests/modules (go may write go.sum files) with no network
(GOPROXY=off), a fresh build cache, CGO_ENABLED=0 (minigo cannot call C) and, for cases
using the module cache, a copy of modcache/ completed with the download files the go
command wants (zip, .mod, .info). `check` command lines run `go build -o /dev/null` on the Go side.
Usage: gen_expected.py [-f] [NAME...]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")


def parse_cases(path):
    cases = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("|")]
            name, d, args = cols[0], cols[1], cols[2]
            env = cols[3].split() if len(cols) > 3 and cols[3] else []
            cases.append((name, d, split_args(args), env))
    return cases


def split_args(s):
    """Splits on spaces; double quotes group words."""
    out, cur, quoted, has = [], "", False, False
    for ch in s:
        if ch == '"':
            quoted = not quoted
            has = True
        elif ch == " " and not quoted:
            if has:
                out.append(cur)
            cur, has = "", False
        else:
            cur += ch
            has = True
    if has:
        out.append(cur)
    return out


def go_mod_cache(src, dst):
    """A module cache the go command accepts offline: the extracted modules of `src` plus
    cache/download/MODULE/@v/VERSION.{mod,info,zip}."""
    shutil.copytree(src, dst)
    for root, dirs, _ in os.walk(src):
        for d in dirs:
            if "@" not in d:
                continue
            full = os.path.join(root, d)
            rel = os.path.relpath(full, src)
            mod, version = rel.rsplit("@", 1)
            dl = os.path.join(dst, "cache", "download", mod, "@v")
            os.makedirs(dl, exist_ok=True)
            shutil.copy(os.path.join(full, "go.mod"), os.path.join(dl, version + ".mod"))
            with open(os.path.join(dl, version + ".info"), "w") as f:
                f.write('{"Version":"%s"}\n' % version)
            with zipfile.ZipFile(os.path.join(dl, version + ".zip"), "w") as z:
                for r, _, files in os.walk(full):
                    for fn in files:
                        p = os.path.join(r, fn)
                        z.write(p, os.path.join(rel, os.path.relpath(p, full)))
        dirs[:] = [d for d in dirs if "@" not in d]


def main():
    force = "-f" in sys.argv[1:]
    only = [a for a in sys.argv[1:] if a != "-f"]
    os.makedirs(os.path.join(HERE, "expect"), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "modules")
        shutil.copytree(HERE, work, ignore=shutil.ignore_patterns("expect"))
        cache = os.path.join(tmp, "modcache")
        go_mod_cache(os.path.join(HERE, "modcache"), cache)
        for name, d, args, env_list in parse_cases(os.path.join(HERE, "cases.txt")):
            out_path = os.path.join(HERE, "expect", name + ".out")
            if only and name not in only:
                continue
            if os.path.exists(out_path) and not force and not only:
                continue
            env = dict(os.environ)
            env.update(GOPROXY="off", GOTOOLCHAIN="local", GOSUMDB="off", GOFLAGS="", CGO_ENABLED="0", GOCACHE=os.path.join(tmp, "gocache"), GOMODCACHE=os.path.join(tmp, "empty-modcache"))
            for kv in env_list:
                k, v = kv.split("=", 1)
                env[k] = cache if v == "@/modcache" else v.replace("@", work)
            # `minigo check` type-checks as `go build` does (without keeping a binary).
            go_args = ["build", "-o", os.devnull] + args[1:] if args[0] == "check" else args
            p = subprocess.run([GO] + go_args, cwd=os.path.join(work, d), env=env, capture_output=True, text=True, timeout=600)
            stdout = p.stdout.replace(work, "$MODULES")
            stderr = p.stderr.replace(work, "$MODULES").replace(cache, "$MODCACHE")
            with open(out_path, "w") as f:
                f.write("--- stdout\n" + stdout + "--- stderr\n" + stderr + "--- exit %d\n" % p.returncode)
            print("generated expect/%s.out (exit %d)" % (name, p.returncode))


if __name__ == "__main__":
    main()
