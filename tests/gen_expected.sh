#!/usr/bin/env bash
# Generates tests/run/NAME.out (combined stdout+stderr) and NAME.exitcode (when non-zero)
# from real Go for every tests/run/*.go that has no .out yet (or all with -f).
# Expected outputs come from Go, never from minigo.
set -euo pipefail
GO=${GO:-/usr/lib/go-1.23/bin/go}
cd "$(dirname "$0")/run"
force=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in *.go */go.mod; do
  name=${f%.go}
  name=${name%/go.mod}
  if [ -f "$name.out" ] && [ "$force" != "-f" ]; then continue; fi
  # A directory holds a module whose main package is built with `go build .`.
  if [ -d "$name" ]; then src=.; dir=$name; else src=$f; dir=.; fi
  if ! (cd "$dir" && GOFLAGS= GOPROXY=off "$GO" build -o "$tmp/$name" "$src") 2>"$tmp/err"; then
    echo "skip $f: does not build with Go"; cat "$tmp/err"; continue
  fi
  set +e
  (cd "$tmp" && timeout 60 "./$name") > "$name.out" 2>&1
  code=$?
  set -e
  rm -f "$name.exitcode"
  if [ $code -ne 0 ]; then echo $code > "$name.exitcode"; fi
  echo "generated $name.out (exit $code)"
done

# tests/modules: command lines over sample modules (run, test, errors), recorded with go.
python3 ../modules/gen_expected.py ${force:+-f}

# tests/cli: programs that do not compile, recorded with `go run NAME.go` from that
# directory (header, errors, exit status 1).
cd ../cli
for f in *.go; do
  name=${f%.go}
  if [ -f "$name.out" ] && [ "$force" != "-f" ]; then continue; fi
  set +e
  "$GO" run "$f" > "$name.out" 2>&1
  echo $? > "$name.exitcode"
  set -e
  echo "generated cli/$name.out"
done
