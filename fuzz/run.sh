#!/bin/sh
# make fuzz: build each harness with clang's libFuzzer (+ASan/UBSan) and run it
# for $1 seconds (FUZZ_SECONDS), seeded from corpus/ and the test fixtures.
# Crashes land in fuzz/crashes/; each must become a regression case.
# FUZZ_ONLY="fuzz_timex fuzz_rows" runs only those; FUZZ_BUILD names the
# build directory (default build-fuzz).
set -eu
SECONDS_EACH=${1:-60}
OUT=${FUZZ_BUILD:-build-fuzz}
CC=${FUZZ_CC:-clang}
command -v "$CC" >/dev/null || { echo "fuzz: $CC not found (apt-get install clang libclang-rt-14-dev)"; exit 1; }
make --no-print-directory BUILD=$OUT CC="$CC" OPT=-O1 \
    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
    $OUT/libkiji.a >/dev/null
FLAGS="-std=c11 -O1 -g -fsanitize=fuzzer,address,undefined -Iinclude -I$OUT $(pkg-config --cflags libxml-2.0)"
LIBS="$(pkg-config --libs libxml-2.0 libpcre2-8 sqlite3 libutf8proc) -lm -lpthread"
mkdir -p fuzz/crashes
seeds=$OUT/seeds
rm -rf "$seeds"; mkdir -p "$seeds"
for f in corpus/* tests/fixtures/*/* ; do [ -f "$f" ] && cp "$f" "$seeds/" ; done 2>/dev/null || true
total=0
harnesses=fuzz/fuzz_*.c
[ -n "${FUZZ_ONLY:-}" ] && harnesses=$(for n in $FUZZ_ONLY; do printf 'fuzz/%s.c ' "$n"; done)
for h in $harnesses; do
    name=$(basename "$h" .c)
    $CC $FLAGS -o "$OUT/$name" "$h" "$OUT/libkiji.a" $LIBS
    work="$OUT/corpus-$name"; mkdir -p "$work"
    echo "fuzz: $name for ${SECONDS_EACH}s"
    "$OUT/$name" -max_total_time="$SECONDS_EACH" -max_len=16384 -timeout=10 -rss_limit_mb=1024 \
        -dict=fuzz/dict -artifact_prefix=fuzz/crashes/ -print_final_stats=1 "$work" "$seeds" \
        2>"$OUT/$name.log" || { echo "fuzz: $name FOUND A CRASH (see fuzz/crashes/, $OUT/$name.log)"; tail -n 30 "$OUT/$name.log"; exit 1; }
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$OUT/$name.log" | grep -o '[0-9]*$' || echo 0)
    echo "fuzz: $name: $runs executions, no crash"
    total=$((total + runs))
done
echo "fuzz: $total executions in all"
