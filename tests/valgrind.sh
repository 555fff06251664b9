#!/bin/sh
# make valgrind: the end-to-end commands under valgrind's memcheck: no error,
# no definite leak.  Prints "valgrind: N passed, N failed".
. tests/lib.sh
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --track-origins=yes"
command -v valgrind >/dev/null || { echo "valgrind: 0 passed, 1 failed (valgrind not installed)"; exit 1; }
vg() { # NAME ARGS...: kiji under memcheck must not report (exit 99)
    name=$1; shift
    $VG "$KIJI" "$@" >"$T/.out" 2>"$T/.err"
    if [ $? = 99 ]; then fail "$name"; head -n 30 "$T/.err" | sed 's/^/    /'; else pass; fi
}
inputs="corpus"
[ -d tests/fixtures ] && inputs="$inputs tests/fixtures"
[ -d ../shared/html ] && inputs="$inputs ../shared/html"
vg "ingest" ingest -q --db "$T/v.db" $inputs
vg "ingest -j 2" ingest -q -j 2 --db "$T/v2.db" $inputs
vg "export" export --db "$T/v.db"
vg "export timeml" export --db "$T/v.db" --format timeml
vg "quotes" quotes --db "$T/v.db" --speaker a --search missile --format json
vg "timeline" timeline --db "$T/v.db" --format html
vg "sql" sql --db "$T/v.db" "select * from quote_view"
vg "show" show --db "$T/v.db" 1
vg "clean" clean corpus/000_37bea7fb096b4890.txt
summary valgrind
