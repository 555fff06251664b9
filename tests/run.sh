#!/bin/sh
# Run every test suite against the build in $1 (default build/) and add up
# their "N passed, N failed" lines.  Suites: the C unit tests, the spec and
# regression examples, the CLI tests, the scorer on ../shared/gold, and any
# tests/*.test.sh a module adds.  Ends with the total line; exits 1 on any
# failure.
BUILD=${1:-build}
export KIJI="$PWD/$BUILD/kiji" BUILD
log=$(mktemp)
trap 'rm -f "$log"' EXIT INT TERM

run() { # NAME COMMAND...: run a suite, keep its summary line
    name=$1; shift
    out=$("$@" 2>&1); rc=$?
    printf '%s\n' "$out" | grep -v ': [0-9]* passed, [0-9]* failed$'
    summary=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
    if [ -z "$summary" ]; then
        echo "$name: 0 passed, 1 failed (no summary; exit $rc)" | tee -a "$log"
    else
        echo "$summary" | tee -a "$log"
        if [ "$rc" != 0 ] && printf '%s' "$summary" | grep -q ' 0 failed$'; then
            echo "$name: 0 passed, 1 failed (exit $rc with no failure counted)" | tee -a "$log"
        fi
    fi
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] && run "$(basename "$t")" "$t"
done
run spec "$BUILD/tests/spec" tests/spec/*.txt tests/regression.txt
for t in tests/*.test.sh; do
    [ -f "$t" ] && run "$(basename "$t" .test.sh)" sh "$t"
done

awk '{ for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "%d passed, %d failed\n", p, f; exit f > 0 }' "$log"
