#!/bin/sh
# make bench: build a corpus of BENCH_MB megabytes from corpus/ (bench/gen.py),
# ingest it with -j 1 and -j N, and print MB/s, documents/s, peak memory, the
# time per stage and the database size.  A benchmark, never a test.
set -eu
KIJI=${1:-build/kiji}
MB=${2:-200}
JOBS=${BENCH_JOBS:-$(nproc)}
DIR=build/bench
mkdir -p "$DIR"
if [ ! -f "$DIR/corpus-$MB/.done" ]; then
    rm -rf "$DIR/corpus-$MB"
    python3 bench/gen.py "$DIR/corpus-$MB" "$MB" 1
    touch "$DIR/corpus-$MB/.done"
fi
bytes=$(du -sb "$DIR/corpus-$MB" | cut -f1)
docs=$(find "$DIR/corpus-$MB" -type f ! -name .done | wc -l)
for j in 1 "$JOBS"; do
    db="$DIR/bench-j$j.db"
    rm -f "$db" "$db-wal" "$db-shm"
    start=$(date +%s.%N)
    "$KIJI" ingest -q --stats -j "$j" --db "$db" "$DIR/corpus-$MB" 2>"$DIR/stats-j$j.txt" || true
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v b="$bytes" -v d="$docs" -v j="$j" \
        'BEGIN { t = e - s; printf "-j %s: %d documents, %.1f MB in %.2f s: %.1f MB/s, %.0f documents/s\n", j, d, b / 1048576, t, b / 1048576 / t, d / t }'
    sed 's/^kiji: /  /' "$DIR/stats-j$j.txt"
    printf '  database: %s MB\n' "$(du -m "$db" | cut -f1)"
done
