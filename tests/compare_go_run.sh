#!/usr/bin/env bash
# Compares the first lines (default 6) and the exit status of `minigo run` and `go run` for
# the runtime-failure programs of tests/run (those whose .exitcode is 2): panic text,
# goroutine header, and the first frames with FILE:LINE. Pc offsets, argument words and
# fault addresses are masked (they are the binary's). Needs Go 1.23
# (../shared/tools/install-go.sh); prints MATCH/DIFF per program and a count.
set -uo pipefail
GO=${GO:-/usr/lib/go-1.23/bin/go}
LINES=${LINES_COMPARED:-6}
cd "$(dirname "$0")/run"
minigo=../../target/release/minigo
mask() { head -"$LINES" | sed -E 's/ \+0x[0-9a-f]+$//; s/\(0x[0-9a-f, .]*\)/(...)/; s/addr=0x[0-9a-f]+ pc=0x[0-9a-f]+/addr pc/'; }
match=0; total=0
for code in $(grep -l '^2$' *.exitcode); do
  f=${code%.exitcode}.go
  g=$(timeout 30 "$GO" run "$f" 2>&1 | grep -v '^exit status'); gc=$(cat "$code")
  m=$(timeout 30 "$minigo" run "$f" 2>&1); mc=$?
  total=$((total+1))
  if [ "$(echo "$g" | mask)" == "$(echo "$m" | mask)" ] && [ "$mc" == "$gc" ]; then
    match=$((match+1)); echo "MATCH $f"
  else
    echo "DIFF  $f"
  fi
done
echo "$match of $total runtime-failure programs match go run's first $LINES lines and exit status"
