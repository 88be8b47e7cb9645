#!/usr/bin/env python3
"""Generates body-less declarations for the parts of the standard library minigo has not
implemented yet, from Go's own API listing ($GOROOT/api/go1*.txt: facts about exported
names and signatures, not source code).

For each package in PACKAGES, writes stdlib/go/<path>/zz_api.go declaring every exported
name that the package's hand-written files (the other .go files in that folder) do not
declare. Functions get no body: the compiler maps them to natives, and calling one that
has no native implementation fails with a clear "not supported yet" panic.

usage: stdlib/gen_api.py [GOROOT]    (default /usr/lib/go-1.23)
"""
import os
import re
import sys

GOROOT = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/go-1.23"
HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGES = [
    "errors", "fmt", "io", "strings", "strconv", "sync", "sync/atomic", "time", "os",
    "math", "math/bits", "sort", "unicode", "unicode/utf8", "unicode/utf16", "runtime", "io/fs", "bufio",
    "bytes", "math/rand", "context", "math/cmplx", "path", "net/url", "net/textproto", "mime", "log",
    "mime/multipart", "net/http", "net/http/httptest", "math/big", "net",
    "container/heap", "container/list", "container/ring", "encoding/hex", "encoding/base64",
    "encoding/base32", "encoding/binary", "hash", "hash/crc32", "hash/crc64", "hash/adler32",
    "hash/fnv", "path/filepath", "io/ioutil", "flag", "text/tabwriter", "text/template",
    "text/template/parse", "html/template",
    "embed", "compress/flate", "compress/gzip", "compress/zlib", "image", "image/color", "image/draw", "image/png",
    "regexp", "regexp/syntax", "runtime/debug", "text/scanner", "os/exec", "os/signal",
    "crypto", "crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha512", "crypto/hmac", "crypto/subtle",
    "crypto/rand", "hash/maphash", "math/rand/v2", "image/color/palette", "compress/lzw", "image/gif", "log/slog",
]
LINE = re.compile(r"^pkg ([^ ,]+)( \([^)]*\))?, (.*?)(?:\s+#\d+)?$")


def read_api():
    entries = {}
    # except.txt lists API entries Go changed incompatibly (an old signature).
    try:
        removed = {line.strip() for line in open(os.path.join(GOROOT, "api", "except.txt"))}
    except OSError:
        removed = set()
    for name in sorted(os.listdir(os.path.join(GOROOT, "api"))):
        if not (name.startswith("go1") and name.endswith(".txt")):
            continue
        for line in open(os.path.join(GOROOT, "api", name)):
            m = LINE.match(line.strip())
            if not m or line.strip() in removed:
                continue
            pkg, platform, rest = m.group(1), m.group(2), m.group(3)
            if pkg not in PACKAGES or platform and platform.strip() not in ("(linux-amd64)", "(linux-amd64-cgo)"):
                continue
            if rest not in entries.setdefault(pkg, []):
                entries[pkg].append(rest)
    return entries


def declared_names(pkg):
    """Names (and Type.Method pairs) already declared by hand-written files."""
    names = set()
    d = os.path.join(HERE, "go", pkg)
    if not os.path.isdir(d):
        return names
    for f in os.listdir(d):
        if not f.endswith(".go") or f == "zz_api.go":
            continue
        src = open(os.path.join(d, f)).read()
        for m in re.finditer(r"^func \((?:\w+ )?\*?(\w+)\) (\w+)", src, re.M):
            names.add(m.group(1) + "." + m.group(2))
        for m in re.finditer(r"^func (\w+)", src, re.M):
            names.add(m.group(1))
        for m in re.finditer(r"^(?:type|var|const) (\w+)", src, re.M):
            names.add(m.group(1))
        for block in re.finditer(r"^(?:type|var|const) \((.*?)^\)", src, re.M | re.S):
            for m in re.finditer(r"^\s*(\w+)", block.group(1), re.M):
                names.add(m.group(1))
        # Embedded fields of hand-written structs (net.TCPConn embeds the unexported conn):
        # the methods they promote are implemented.
        for m in re.finditer(r"^type (\w+) struct \{\n(.*?)^\}", src, re.M | re.S):
            for e in re.finditer(r"^\s*\*?(\w+)\s*$", m.group(2), re.M):
                names.add("embed:%s:%s" % (m.group(1), e.group(1)))
            # An embedded type of another package (exec.ExitError embeds
            # *os.ProcessState) promotes methods implemented there.
            for e in re.finditer(r"^\s*\*?\w+\.(\w+)\s*$", m.group(2), re.M):
                names.add("embedpkg:%s" % m.group(1))
        # Aliases (type T = pkg.T) get their methods from the aliased type.
        for m in re.finditer(r"^type (\w+) = ", src, re.M):
            names.add("alias:" + m.group(1))
    return names


def uses_generics(s):
    return "$" in s or "[" in s and re.search(r"\w\[\w", s.split("(")[0]) is not None


def build(pkg, lines, have):
    types, ifaces, fields, funcs, methods, consts, vars_ = {}, {}, {}, [], [], {}, []
    for rest in lines:
        if uses_generics(rest) or "$" in rest:
            continue
        if rest.startswith("type "):
            m = re.match(r"type (\w+) interface, (\w+)(\(.*)$", rest)
            if m:
                ifaces.setdefault(m.group(1), {})[m.group(2)] = m.group(3)
                continue
            m = re.match(r"type (\w+) interface \{.*\}$", rest)
            if m:
                types[m.group(1)] = "interface"
                ifaces.setdefault(m.group(1), {})
                continue
            m = re.match(r"type (\w+) struct, embedded (.*)$", rest)
            if m:
                fields.setdefault(m.group(1), []).append(("", m.group(2)))
                continue
            m = re.match(r"type (\w+) struct, (\w+) (.*)$", rest)
            if m:
                fields.setdefault(m.group(1), []).append((m.group(2), m.group(3)))
                continue
            m = re.match(r"type (\w+) (.*)$", rest)
            if m:
                types[m.group(1)] = m.group(2)
            continue
        m = re.match(r"func (\w+)(\(.*)$", rest)
        if m:
            funcs.append((m.group(1), m.group(2)))
            continue
        m = re.match(r"method \((\*?)(\w+)\) (\w+)(\(.*)$", rest)
        if m:
            methods.append((m.group(1), m.group(2), m.group(3), m.group(4)))
            continue
        m = re.match(r"const (\w+) = (.*)$", rest)
        if m:
            val = m.group(2)
            if "//" in val:
                exact = val.split("//", 1)[1].strip()
                if "/" in exact:
                    num, den = exact.split("/")
                    val = "%s.0 / %s" % (num.strip(), den.strip())
                else:
                    val = exact
            consts.setdefault(m.group(1), {})["value"] = val
            continue
        m = re.match(r"const (\w+) (.*)$", rest)
        if m:
            consts.setdefault(m.group(1), {})["type"] = m.group(2)
            continue
        m = re.match(r"var (\w+) (.*)$", rest)
        if m:
            vars_.append((m.group(1), m.group(2)))
    out = []
    imports = set()

    builtin = {"bool", "byte", "rune", "string", "error", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
               "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
               "struct", "func", "map", "chan", "interface", "any"}

    def valid_type(t):
        """Rejects types naming unexported or anonymous-struct parts of the real package."""
        if re.search(r"struct(?!\s*\{)", t):
            return False
        for m in re.finditer(r"(?<![\w.])([a-z]\w*)(?![\w.])", t):
            if m.group(1) not in builtin:
                return False
        return True

    known = set(types) | have

    def qual(s):
        if not valid_type(s):
            return None
        for m in re.finditer(r"(?<![\w.])([A-Z]\w*)(?![\w.])", s):
            if m.group(1) not in known:
                return None
        for q in re.findall(r"\b([a-z][a-z0-9]*)\.[A-Z]", s):
            path = {"utf8": "unicode/utf8", "atomic": "sync/atomic", "rand": "math/rand", "bits": "math/bits", "fs": "io/fs", "url": "net/url", "textproto": "net/textproto", "multipart": "mime/multipart", "http": "net/http"}.get(q, q)
            if path not in PACKAGES:
                return None
            imports.add(path)
        return s

    for name, kind in sorted(types.items()):
        if name in have:
            continue
        if kind == "interface":
            ms = sorted(ifaces.get(name, {}).items())
            if any(qual(sig) is None for _, sig in ms):
                known.discard(name)
                continue
            body = "".join("\t%s%s\n" % (mn, sig) for mn, sig in ms)
            t = "interface {\n%s}" % body
        elif kind == "struct":
            fl = [(fn, {"d": "[3]rune"}.get(ft, ft)) for fn, ft in fields.get(name, [])]
            body = "".join("\t%s %s\n" % (fn, ft) if fn else "\t%s\n" % ft for fn, ft in fl if qual(ft) is not None)
            t = "struct {\n%s}" % body if body else "struct{}"
        else:
            t = kind
        if kind not in ("struct", "interface") and qual(t) is None:
            known.discard(name)
            continue
        out.append("type %s %s\n" % (name, t))
    for name, c in sorted(consts.items()):
        if name in have or "value" not in c:
            continue
        typ = c.get("type", "")
        if typ.startswith("ideal-") or typ == "":
            out.append("const %s = %s\n" % (name, c["value"]))
        else:
            if qual(typ) is None:
                continue
            out.append("const %s %s = %s\n" % (name, typ, c["value"]))
    for name, typ in vars_:
        if name in have or qual(typ) is None:
            continue
        out.append("var %s %s\n" % (name, typ))
    for name, sig in funcs:
        if name in have or qual(sig) is None:
            continue
        out.append("func %s%s\n" % (name, sig))
    for star, typ, name, sig in methods:
        # Go's listing repeats methods promoted from embedded fields (textproto.Conn
        # embeds Reader): declaring them would shadow the embedded ones.
        # Promotion can go through several levels (parse.IfNode embeds BranchNode, which
        # embeds Pos).
        def promoted(t, depth=0):
            embedded = [ft.lstrip("*") for fn, ft in fields.get(t, []) if fn == ""]
            embedded += [h.split(":")[2] for h in have if h.startswith("embed:%s:" % t)]
            return depth < 4 and any(e + "." + name in have or promoted(e, depth + 1) for e in embedded)
        if promoted(typ) or "embedpkg:" + typ in have:
            continue
        if typ + "." + name in have or qual(sig) is None or typ not in types and typ not in have:
            continue
        if "alias:" + typ in have:
            continue
        out.append("func (%s%s) %s%s\n" % (star, typ, name, sig))
    imports.discard(pkg)
    head = "// Code generated by stdlib/gen_api.py from Go's API listing. DO NOT EDIT.\n"
    head += "// Declarations minigo does not implement yet; see the other files of this package.\n\n"
    name = pkg.split("/")[-1]
    if re.fullmatch(r"v[0-9]+", name):  # math/rand/v2 is package rand
        name = pkg.split("/")[-2]
    head += "package %s\n\n" % name
    if imports:
        head += "import (\n" + "".join('\t"%s"\n' % i for i in sorted(imports)) + ")\n\n"
    return head + "".join(out)


def main():
    api = read_api()
    for pkg in PACKAGES:
        have = declared_names(pkg)
        src = build(pkg, api.get(pkg, []), have)
        d = os.path.join(HERE, "go", pkg)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "zz_api.go"), "w") as f:
            f.write(src)
    print("generated %d packages" % len(PACKAGES))


if __name__ == "__main__":
    main()
