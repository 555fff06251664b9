#!/bin/sh
# The scorer on ../shared/gold, with thresholds that only go up
# (tests/thresholds.txt: one "metric minimum" per line).
. tests/lib.sh
SHARED=${SHARED:-../shared}
if [ ! -d "$SHARED/gold" ] || [ ! -x "$SHARED/tools/score" ]; then
    echo "score: 0 passed, 1 failed (no $SHARED/gold or $SHARED/tools/score)"
    exit 1
fi
"$KIJI" ingest -q --db "$T/gold.db" "$SHARED"/corpus/* >"$T/ingest.out" 2>&1
"$KIJI" export --db "$T/gold.db" >"$T/export.jsonl"
"$KIJI" timeline --db "$T/gold.db" --format json >"$T/timeline.json"
python3 "$SHARED/tools/score" "$SHARED/gold" "$T/export.jsonl" "$T/timeline.json" >"$T/score.txt" 2>&1
while read -r metric min; do
    case "$metric" in ''|'#'*) continue ;; esac
    got=$(awk -v m="$metric" '$1 == m { print $2 }' "$T/score.txt")
    if [ -z "$got" ]; then fail "score: no metric $metric"; continue; fi
    if awk -v g="$got" -v m="$min" 'BEGIN { exit !(g + 0 >= m + 0) }'; then pass
    else fail "score: $metric $got < $min"; fi
done < tests/thresholds.txt
summary score
