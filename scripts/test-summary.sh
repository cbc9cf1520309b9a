#!/usr/bin/env bash
# Runs one test command, shows its output, and adds its passed/failed counts to the tally in
# $TEST_TALLY (cargo's "test result:" lines, Playwright's closing lines and the summary of
# Node's test runner, "# pass N" / "# fail N" / "# cancelled N" in TAP or "ℹ pass N" … with the
# spec reporter), so that `make test` can end on one line for every layer:
# "tests: N passed, N failed".
#   scripts/test-summary.sh run <command…>    run and count
#   scripts/test-summary.sh report            print the tally
set -euo pipefail
tally="${TEST_TALLY:?TEST_TALLY must name a file}"
case "${1:-}" in
  run)
    shift
    log="$(mktemp)"
    status=0
    "$@" 2>&1 | tee "$log" || status=$?
    # Colour codes would split the patterns below.
    sed -i 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log"
    # Sums the first number of every match (awk, unlike grep, never fails on no input).
    count() {
      { grep -oE "$1" "$log" || true; } |
        awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) { s += $i; break } } END { print s + 0 }'
    }
    passed=$(count '(test result: (ok|FAILED)\. [0-9]+ passed|^ +[0-9]+ passed|^(#|ℹ) pass [0-9]+$)')
    # A Node test cancelled (its file crashed, a hook failed, a timeout) did not pass either.
    failed=$(count '([0-9]+ failed|^(#|ℹ) (fail|cancelled) [0-9]+$)')
    rm -f "$log"
    echo "$passed $failed" >> "$tally"
    exit "$status"
    ;;
  report)
    awk '{p+=$1; f+=$2} END {printf "tests: %d passed, %d failed\n", p, f}' "$tally"
    ;;
  *)
    echo "usage: $0 run <command…> | report" >&2
    exit 2
    ;;
esac
