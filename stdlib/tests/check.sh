#!/bin/sh
# Type-checks every standard library package with minigo's own checker (through the
# mgcheck tool, which reads stdlib/go from disk) by checking a program that imports
# them all (minus the packages matching $SKIP_PKGS). Builds mgcheck on first use.
set -e
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/mgcheck/target/release/mgcheck"
if [ ! -x "$bin" ] || [ -n "$REBUILD" ]; then
	(cd "$here/mgcheck" && cargo build --release --quiet)
fi
prog=$(mktemp --suffix=.go)
trap 'rm -f "$prog"' EXIT
{
	echo "package main"
	echo
	echo "import ("
	(cd "$here/../go" && find . -name '*.go' -printf '%h\n' | sort -u | sed 's|^\./||' | grep -v "^internal/" | grep -v "${SKIP_PKGS:-^$}" | sed 's|.*|\t_ "&"|')
	echo ")"
	echo
	echo "func main() {}"
} >"$prog"
"$bin" "$prog" && echo "check: all packages type-check with minigo's checker"
