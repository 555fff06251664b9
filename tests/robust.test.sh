#!/bin/sh
# Crashes, full disks and concurrent use lose nothing: SIGKILL at random
# points of an ingest, a file-size limit, two writers and a reader at once.
. tests/lib.sh
SAMPLE=corpus/000_37bea7fb096b4890.txt

# a corpus of distinct documents in the sample's shape
mkdir -p "$T/c"
i=0
while [ $i -lt 250 ]; do
    { sed "s/Nov 13, 2023/Nov $((i % 28 + 1)), 2023/" "$SAMPLE"; echo "Document $i ends here."; } >"$T/c/d$i.txt"
    i=$((i + 1))
done

integrity() { # DB: integrity_check ok, every document whole
    python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
for t in ("paragraphs_fts", "quotes_fts"):
    db.execute("insert into %s(%s) values ('integrity-check')" % (t, t))
# a whole document has its paragraphs, its body and its repairs
for doc, n in db.execute("select d.id, (select count(*) from paragraphs p where p.doc_id = d.id and p.kind = 'body') from documents d"):
    assert n > 20, ("half a document", doc, n)
PY
}

# ---- SIGKILL at random points, then the same ingest again ----
for round in 1 2 3; do
    rm -f "$T/k.db" "$T/k.db-wal" "$T/k.db-shm"
    "$KIJI" ingest -q --db "$T/k.db" "$T/c" 2>/dev/null &
    pid=$!
    sleep "0.$(( (round * 37) % 9 + 1 ))"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    check "round $round: the database is whole after SIGKILL" integrity "$T/k.db"
    status 0 "round $round: the same ingest again completes" "$KIJI" ingest -q --db "$T/k.db" "$T/c"
    same "round $round: every document once" \
        "$("$KIJI" sql --db "$T/k.db" --format csv 'select count(*), count(distinct hash) from documents' | tail -n 1)" "250,250"
done

# ---- a full disk: writes fail, the message says so, the database stays whole ----
rm -f "$T/f.db" "$T/f.db-wal" "$T/f.db-shm"
"$KIJI" ingest -q --db "$T/f.db" "$SAMPLE" >/dev/null 2>&1
( ulimit -f 2048; "$KIJI" ingest -q --db "$T/f.db" "$T/c" ) >"$T/.out" 2>"$T/.err"
rc=$?
same "a full disk is an error" "$rc" 1
contains "and says why" "$T/.err" "kiji: database:"
check "the database is whole after the disk filled" integrity "$T/f.db"
status 0 "with room again the ingest completes" "$KIJI" ingest -q --db "$T/f.db" "$T/c"

# ---- two writers and a reader at once ----
rm -f "$T/w.db" "$T/w.db-wal" "$T/w.db-shm"
mkdir -p "$T/c1" "$T/c2"
for f in "$T"/c/d[0-1]*.txt; do cp "$f" "$T/c1/"; done
for f in "$T"/c/d[2-9]*.txt; do cp "$f" "$T/c2/"; done
"$KIJI" ingest -q --db "$T/w.db" "$SAMPLE" >/dev/null 2>&1
"$KIJI" ingest -q --db "$T/w.db" "$T/c1" 2>"$T/e1" & p1=$!
"$KIJI" ingest -q -j 2 --db "$T/w.db" "$T/c2" 2>"$T/e2" & p2=$!
ok=0 reads=0
while kill -0 $p1 2>/dev/null || kill -0 $p2 2>/dev/null; do
    "$KIJI" quotes --db "$T/w.db" --format csv >/dev/null 2>>"$T/e3" && reads=$((reads + 1))
done
wait $p1; r1=$?
wait $p2; r2=$?
same "first writer succeeds" "$r1" 0
same "second writer succeeds" "$r2" 0
check "readers were never refused" test ! -s "$T/e3"
check "readers ran during the ingest" test "$reads" -gt 0
same "no lost or doubled document" \
    "$("$KIJI" sql --db "$T/w.db" --format csv 'select count(*), count(distinct source) from documents' | tail -n 1)" "251,251"
check "the database is whole after concurrent writers" integrity "$T/w.db"

summary robust
