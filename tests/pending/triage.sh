#!/usr/bin/env bash
# Runs every tests/run/*.go and tests/pending/*.go under minigo, compares with the
# Go-generated .out/.exitcode (same normalization as tests/golden.rs), and moves
# programs between tests/run (passing) and tests/pending (failing) with -move.
# Usage: tests/pending/triage.sh [-move] [names...]
set -u
cd "$(dirname "$0")/.."
MINIGO=${MINIGO:-$(cd .. && pwd)/target/release/minigo}
move=0; if [ "${1:-}" = "-move" ]; then move=1; shift; fi
norm() { awk 'BEGIN{t=0} /^goroutine .*\]:$/{t=1;print;next} t&&/^$/{t=0;print;next} t{next} /^exit status /{next} {print}'; }
res=$(mktemp -d); trap 'rm -rf "$res"' EXIT
files=("$@"); [ ${#files[@]} -eq 0 ] && files=(run/*.go pending/*.go)
for f in "${files[@]}"; do
  case $f in *.go) ;; *) f=$(ls run/$f.go pending/$f.go 2>/dev/null | head -1);; esac
  [ -f "$f" ] || continue
  d=$(dirname "$f"); n=$(basename "$f" .go)
  want_code=0; [ -f "$d/$n.exitcode" ] && want_code=$(cat "$d/$n.exitcode")
  (cd "$d" && timeout 20 "$MINIGO" run "$n.go" > "$res/$n.got" 2>&1); code=$?
  if [ "$code" = "$want_code" ] && diff <(norm < "$res/$n.got") <(norm < "$d/$n.out") > "$res/$n.diff"; then
    echo "PASS $n"
    if [ $move = 1 ] && [ "$d" = pending ]; then git mv -k pending/$n.* run/ 2>/dev/null || mv pending/$n.* run/; fi
  else
    echo "FAIL $n (exit $code, want $want_code)"
    head -c 600 "$res/$n.got" | head -8 | sed 's/^/    got: /'
    head -6 "$res/$n.diff" | sed 's/^/    diff: /'
    if [ $move = 1 ] && [ "$d" = run ]; then git mv -k run/$n.* pending/ 2>/dev/null || mv run/$n.* pending/; fi
  fi
done
