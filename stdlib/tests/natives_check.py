#!/usr/bin/env python3
"""Checks that stdlib/NATIVES.md documents every native (body-less function or method
in a hand-written file of stdlib/go) and that a real-Go shim in stdlib/tests/shims
implements it. Prints the natives per package; exit status 1 on a missing entry."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GO = os.path.join(HERE, "..", "go")
DOC = open(os.path.join(HERE, "..", "NATIVES.md")).read()
NATIVE = re.compile(r"^func (\([^)]*\) )?(\w+)\([^{]*$")


def main():
    missing = []
    total = 0
    for root, _, files in sorted(os.walk(GO)):
        pkg = os.path.relpath(root, GO)
        names = []
        for f in sorted(files):
            if not f.endswith(".go") or f == "zz_api.go":
                continue
            for line in open(os.path.join(root, f)):
                m = NATIVE.match(line.rstrip("\n"))
                if not m:
                    continue
                recv = m.group(1) or ""
                name = m.group(2)
                rt = re.search(r"\*?(\w+)\)", recv)
                label = "(*%s).%s" % (rt.group(1), name) if recv else name
                names.append(label)
                if label not in DOC and name not in DOC:
                    missing.append("%s: %s not in NATIVES.md" % (pkg, label))
                shim_dir = os.path.join(HERE, "shims", pkg)
                shim = ""
                if os.path.isdir(shim_dir):
                    shim = "".join(open(os.path.join(shim_dir, s)).read() for s in os.listdir(shim_dir) if s.endswith(".go"))
                pat = r"func \([^)]*\*?%s\) %s\(" % (rt.group(1), name) if recv else r"func %s\(" % name
                if not re.search(pat, shim):
                    missing.append("%s: %s has no shim" % (pkg, label))
        if names:
            total += len(names)
            print("%-22s %3d  %s" % (pkg, len(names), " ".join(names)))
    print("natives: %d" % total)
    for m in missing:
        print("MISSING", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
