#!/bin/sh
# Worst-case inputs under time limits (cmark's pathological tests): each must
# finish in bounded time without a crash, ingested or refused with a message.
. tests/lib.sh
LIMIT=${PATHO_SECONDS:-20}

# run NAME FILE: kiji ingest must end within the limit with status 0 or 1
run() {
    name=$1 file=$2
    timeout "$LIMIT" "$KIJI" ingest -q --db "$T/p.db" "$file" >"$T/.out" 2>"$T/.err"
    rc=$?
    case $rc in
        0|1) pass ;;
        124) fail "$name: did not finish in ${LIMIT}s" ;;
        *) fail "$name: exit $rc"; head -n 5 "$T/.err" | sed 's/^/    /' ;;
    esac
}

gen() { python3 -c "$1" >"$2"; }

gen 'import sys; sys.stdout.write("word " * 180000 + "\n")' "$T/line.txt"
run "a 900 KB line" "$T/line.txt"
gen 'import sys; sys.stdout.write("\"" * 50000 + "\n")' "$T/quotes.txt"
run "50,000 straight quote marks" "$T/quotes.txt"
gen 'import sys; sys.stdout.write(("\"e \"is \"at " * 20 + "\n\n") * 2000)' "$T/glyphs.txt"
run "120,000 Th-glyph candidates" "$T/glyphs.txt"
gen 'import sys; sys.stdout.write("\u201c" * 30000 + "said Smith" + "\u201d" * 30000 + "\n")' "$T/curly.txt"
run "60,000 unbalanced curly quotes" "$T/curly.txt"
gen 'import sys; sys.stdout.write(("-" * 70 + "\n") * 5000)' "$T/hyphens.txt"
run "a page of hyphens" "$T/hyphens.txt"
gen 'import sys; sys.stdout.write(("word-\n\n") * 50000)' "$T/dehyph.txt"
run "50,000 line-end hyphens" "$T/dehyph.txt"
gen 'import sys; sys.stdout.write(("\u00e2\u20ac" * 10 + "\n") * 20000)' "$T/moji.txt"
run "200,000 broken mojibake leads" "$T/moji.txt"
gen 'import sys; sys.stdout.write("\n" * 3000000)' "$T/blank.txt"
run "three million blank lines" "$T/blank.txt"
gen 'import sys; sys.stdout.write(("A | B\n") * 100000)' "$T/bars.txt"
run "100,000 caption bars" "$T/bars.txt"
gen 'import sys; sys.stdout.write(("Mr. A. B. C. D. U.S. E. " * 20 + "\n\n") * 3000)' "$T/abbrev.txt"
run "60,000 abbreviations" "$T/abbrev.txt"
gen 'import sys; sys.stdout.write(("Nov 13, 2023 Monday next month last year 1990s 2024 \n\n") * 20000)' "$T/dates.txt"
run "140,000 date expressions" "$T/dates.txt"
gen 'import sys; sys.stdout.write(("\"Yes,\" said John Smith, adding that \"no\" was wrong. " * 10 + "\n\n") * 2000)' "$T/said.txt"
run "40,000 attributions" "$T/said.txt"
gen 'import sys; sys.stdout.write(("Alpha Beta Gamma Delta Epsilon Zeta " * 30 + "\n\n") * 2000)' "$T/caps.txt"
run "360,000 capitalised words" "$T/caps.txt"
summary pathological
