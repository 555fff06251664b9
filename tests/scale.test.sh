#!/bin/sh
# Beyond one machine: kiji extract (files or JSON lines on stdin) as a map
# step, ingest --from-jsonl to load its output, merge to join shards; the
# README's GNU parallel recipe, tested: two shards merged equal one ingest.
. tests/lib.sh
find corpus -type f | sort >"$T/files"
"$KIJI" ingest -q --db "$T/single.db" $(cat "$T/files")
"$KIJI" export --db "$T/single.db" >"$T/single.jsonl"

# extract = the pipeline without a database
status 0 "extract files" "$KIJI" extract $(cat "$T/files")
cp "$T/.out" "$T/ex.jsonl"
same "one line per document" "$(wc -l <"$T/ex.jsonl" | tr -d ' ')" "$(wc -l <"$T/files" | tr -d ' ')"
check "extract holds the export contract" python3 -c '
import json, sys
for l in open(sys.argv[1]):
    d = json.loads(l)
    for k in ("source", "title", "authors", "published", "text", "captions", "quotes", "entities", "timexes"):
        assert k in d, k
' "$T/ex.jsonl"
status 0 "extract with two workers" "$KIJI" extract -j 2 $(cat "$T/files")
check "same lines with -j 2" cmp -s "$T/.out" "$T/ex.jsonl"
python3 -c '
import json, sys
for p in sys.argv[1:]:
    print(json.dumps({"source": p, "content": open(p, encoding="utf-8", errors="surrogateescape").read()}))
' corpus/000_37bea7fb096b4890.txt >"$T/in.jsonl"
status 0 "extract JSON lines from stdin" sh -c "'$KIJI' extract <'$T/in.jsonl'"
check "stdin lines give the same document" python3 -c '
import json, sys
a = [json.loads(l) for l in open(sys.argv[1])]
b = [json.loads(l) for l in open(sys.argv[2]) if json.loads(l)["source"].endswith(".txt")]
assert len(a) == 1 and a[0]["quotes"] == b[0]["quotes"] and a[0]["text"] == b[0]["text"]
' "$T/.out" "$T/ex.jsonl"
printf '{"source": "x"}\nnot json\n' >"$T/bad.jsonl"
status 1 "lines without content are refused" sh -c "'$KIJI' extract <'$T/bad.jsonl'"
contains "named by line" "$T/.err" "-:1: refused:"

# from-jsonl loads what extract wrote, without extracting again
status 0 "ingest --from-jsonl" "$KIJI" ingest --db "$T/fromj.db" --from-jsonl "$T/ex.jsonl"
"$KIJI" export --db "$T/fromj.db" >"$T/fromj.jsonl"
check "the same rows as a direct ingest" cmp -s "$T/fromj.jsonl" "$T/single.jsonl"
status 0 "loading it again is a no-op" "$KIJI" ingest --db "$T/fromj.db" --from-jsonl "$T/ex.jsonl"
same "no duplicates" "$("$KIJI" sql --db "$T/fromj.db" --format csv 'select count(*) from documents' | tail -n 1)" \
    "$(wc -l <"$T/files" | tr -d ' ')"
python3 - "$T/ex.jsonl" "$T/evil.jsonl" <<'PY'
import json, sys
d = json.loads(open(sys.argv[1]).readline())
out = open(sys.argv[2], "w")
e = dict(d); e["hash"] = "0" * 64; print(json.dumps(e), file=out)                   # wrong hash
e = dict(d); e["paragraphs"] = [["body", 0, 10 ** 9, 0]]; print(json.dumps(e), file=out)  # span past the text
e = dict(d); e["mentions"] = [[0, 3, 99999, 1]]; print(json.dumps(e), file=out)     # no such entity
e = dict(d); e["raw"] = "!!!"; print(json.dumps(e), file=out)                       # not base64
print('{"raw": ', file=out)                                                         # truncated
PY
status 1 "damaged extract lines are refused" "$KIJI" ingest --db "$T/evil.db" --from-jsonl "$T/evil.jsonl"
same "each one named" "$(grep -c 'evil.jsonl:[0-9]*: refused' "$T/.err")" 5
same "none stored" "$("$KIJI" sql --db "$T/evil.db" --format csv 'select count(*) from documents' | tail -n 1)" 0

# shards in parallel, merged: equal to a single ingest
if command -v parallel >/dev/null; then
    split -n l/2 -d "$T/files" "$T/part"
    status 0 "GNU parallel: extract two shards" parallel --will-cite \
        "xargs '$KIJI' extract < {} > {}.jsonl" ::: "$T/part00" "$T/part01"
    status 0 "GNU parallel: load the shards" parallel --will-cite \
        "'$KIJI' ingest -q --from-jsonl --db {}.db {}.jsonl" ::: "$T/part00" "$T/part01"
    status 0 "merge the shards" "$KIJI" merge "$T/all.db" "$T/part00.db" "$T/part01.db"
    "$KIJI" export --db "$T/all.db" >"$T/all.jsonl"
    check "merged shards equal a single ingest" cmp -s "$T/all.jsonl" "$T/single.jsonl"
    status 0 "merging again is a no-op" "$KIJI" merge "$T/all.db" "$T/part00.db" "$T/part01.db"
    contains "nothing new" "$T/.err" "merged 0 documents"
else
    fail "GNU parallel is not installed (apt-get install parallel)"
fi
status 2 "merge needs shards" "$KIJI" merge "$T/all.db"
status 1 "merge refuses a missing shard" "$KIJI" merge "$T/all.db" "$T/nope.db"
summary scale
