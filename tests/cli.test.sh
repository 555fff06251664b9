#!/bin/sh
# The command line as a user runs it: exit statuses, messages on stderr,
# stdin, re-ingesting, replacing, KIJI_DB, read-only sql, refused inputs.
. tests/lib.sh
SAMPLE=corpus/000_37bea7fb096b4890.txt
DB="$T/news.db"
count() { "$KIJI" sql --db "$1" --format csv "$2" | tail -n 1; }

# ---- usage ----
status 2 "no command" "$KIJI"
status 0 "help" "$KIJI" help
contains "help lists ingest" "$T/.out" "ingest"
status 0 "--help of a command" "$KIJI" ingest --help
status 2 "unknown command" "$KIJI" frobnicate
status 2 "ingest without paths" "$KIJI" ingest --db "$DB"
contains "usage error shows an example" "$T/.err" "e.g. kiji ingest"
status 2 "unknown option" "$KIJI" ingest --db "$DB" --bogus x
status 2 "bad -j" "$KIJI" ingest --db "$DB" -j zero x
status 2 "bad date" "$KIJI" quotes --db "$DB" --since yesterday
status 0 "version" "$KIJI" --version

# ---- ingest, re-ingest, export ----
status 0 "ingest the sample" "$KIJI" ingest --db "$DB" "$SAMPLE"
same "one document" "$(count "$DB" 'select count(*) from documents')" 1
same "title" "$(count "$DB" 'select title from documents')" \
    '"Japan, U.S. and South Korea to share missile-warning data from next month"' 
same "published" "$(count "$DB" 'select published from documents')" 2023-11-13
same "author" "$(count "$DB" 'select name from authors')" "Gabriel Dominguez"
check "raw bytes kept verbatim" python3 -c '
import sqlite3, sys
raw = sqlite3.connect(sys.argv[1]).execute("select raw from documents").fetchone()[0]
assert raw == open(sys.argv[2], "rb").read()
' "$DB" "$SAMPLE"
"$KIJI" sql --db "$DB" --format csv "select length(raw) from documents" | tail -n 1 >"$T/len"
same "raw length" "$(cat "$T/len")" "$(wc -c <"$SAMPLE" | tr -d ' ')"
same "repairs logged" "$(count "$DB" "select count(*) >= 10 from repairs where rule = 'glyph.th'")" 1
same "paragraph kinds" "$(count "$DB" "select group_concat(distinct kind) from (select kind from paragraphs order by kind)")" \
    '"body,byline,caption,credit,dateline,headline,link"' 
check "every repair leads back to its raw bytes and on to the clean text" python3 -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
raw, clean = db.execute("select raw, clean from documents").fetchone()
clean = clean.encode()
rows = db.execute("select offset, clean_offset, before, after from repairs").fetchall()
assert len(rows) > 10
for off, coff, before, after in rows:
    b, a = before.replace("\\n", "\n").encode(), after.replace("\\n", "\n").encode()
    assert raw[off:off + len(b)] == b, (off, before)
    assert clean[coff:coff + len(a)] == a, (coff, after)
' "$DB"
status 0 "re-ingest is a no-op" "$KIJI" ingest --db "$DB" "$SAMPLE"
same "still one document" "$(count "$DB" 'select count(*) from documents')" 1
same "still one id" "$(count "$DB" 'select max(id) from documents')" 1

status 0 "export" "$KIJI" export --db "$DB"
cp "$T/.out" "$T/export.jsonl"
check "export is JSON lines with the contract's fields" python3 -c '
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
d = docs[0]
assert len(docs) == 1
for k in ("source", "title", "authors", "published", "text", "captions", "quotes", "entities", "timexes"):
    assert k in d, k
assert d["authors"] == ["Gabriel Dominguez"], d["authors"]
assert d["text"].startswith("Japan, South Korea and the United States"), d["text"][:40]
assert "\n\n" in d["text"]
assert len(d["captions"]) == 3 and all(c["credit"] for c in d["captions"])
' "$T/export.jsonl"

# ---- a changed file under the same path replaces the old rows ----
mkdir -p "$T/in"
printf 'First headline here\n\nBy Ann Lee\n\nMay 2, 2024\n\nThe body of the zebra version is here.\n' >"$T/in/a.txt"
status 0 "ingest a file" "$KIJI" ingest --db "$DB" "$T/in/a.txt"
printf 'Second headline here\n\nBy Ann Lee\n\nMay 3, 2024\n\nThe body of the yak version is here.\n' >"$T/in/a.txt"
status 0 "ingest its new version" "$KIJI" ingest --db "$DB" "$T/in/a.txt"
same "replaced, not added" "$(count "$DB" "select count(*) from documents where source like '%a.txt'")" 1
same "new title" "$(count "$DB" "select title from documents where source like '%a.txt'")" "Second headline here"
same "no stale paragraphs" "$(count "$DB" "select count(*) from paragraphs where text like '%zebra version%'")" 0
same "full-text search finds the new version" "$(count "$DB" "select count(*) from paragraphs_fts where paragraphs_fts match 'yak'")" 1
same "and not the old one" "$(count "$DB" "select count(*) from paragraphs_fts where paragraphs_fts match 'zebra'")" 0
check "full-text indexes intact" python3 -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for t in ("paragraphs_fts", "quotes_fts"):
    db.execute("insert into %s(%s) values (\"integrity-check\")" % (t, t))
assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
' "$DB"

# ---- KIJI_DB and the default database ----
(cd "$T" && KIJI_DB="$T/env.db" "$KIJI" ingest "$OLDPWD/$SAMPLE" >/dev/null 2>&1)
check "KIJI_DB is used" test -f "$T/env.db"
mkdir -p "$T/cwd"
(cd "$T/cwd" && env -u KIJI_DB "$KIJI" ingest "$OLDPWD/$SAMPLE" >/dev/null 2>&1)
check "./kiji.db by default" test -f "$T/cwd/kiji.db"
status 0 "--db wins over KIJI_DB" env KIJI_DB="$T/other.db" "$KIJI" ingest --db "$T/win.db" "$SAMPLE"
check "--db file made" test -f "$T/win.db"
check "KIJI_DB file not made" test ! -f "$T/other.db"

# ---- stdin ----
status 0 "ingest from stdin" sh -c "cat '$T/in/a.txt' | '$KIJI' ingest --db '$T/stdin.db' -"
same "stdin document" "$(count "$T/stdin.db" 'select source from documents')" "-"
status 0 "clean as a filter" sh -c "'$KIJI' clean - <'$SAMPLE' >'$T/clean.txt'"
contains "clean repairs the glyph" "$T/clean.txt" "The meeting took place"
lacks "clean leaves no glyph" "$T/clean.txt" '"e meeting'
status 0 "clean a file" "$KIJI" clean --body "$SAMPLE"
lacks "clean --body has no caption" "$T/.out" "VIA REUTERS"

# ---- refused inputs: each named, the rest ingested, exit 1 ----
B="$T/bad"
mkdir -p "$B"
: >"$B/empty.txt"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' >"$B/image.png"
printf 'A caf\351 story in Latin-1 that is not UTF-8 at all.\n' >"$B/latin1.txt"
head -c 2000000 /dev/zero | tr '\0' 'a' >"$B/longline.txt"
ln -s "$B/nowhere.txt" "$B/dangling.txt"
mkfifo "$B/fifo.txt"
printf 'Good headline\n\nA good paragraph of text.\n' >"$B/good.txt"
: >"$B/new
line.txt"
status 1 "refused inputs make exit 1" "$KIJI" ingest --db "$T/bad.db" "$B"
contains "empty named" "$T/.err" "empty.txt: refused: empty file"
contains "PNG named" "$T/.err" "image.png: refused: not text: looks like a PNG image"
contains "long line named" "$T/.err" "longline.txt: refused: a line of more than"
contains "dangling link named" "$T/.err" "dangling.txt: refused:"
contains "fifo named" "$T/.err" "fifo.txt: refused: not a regular file"
contains "newline in a name escaped" "$T/.err" 'new\nline.txt: refused: empty file'
lacks "Latin-1 is not refused" "$T/.err" "latin1.txt"
same "the good ones stored" "$(count "$T/bad.db" 'select count(*) from documents')" 2
same "Latin-1 decoded" "$(count "$T/bad.db" "select count(*) from documents where clean like '%café%'")" 1
head -c 52428800 /dev/zero | tr '\0' 'x' >"$T/huge.txt"
status 1 "a 50 MB file with no newline" "$KIJI" ingest --db "$T/bad.db" "$T/huge.txt"
contains "too large named" "$T/.err" "huge.txt: refused: too large"
rm -f "$T/huge.txt"
status 1 "a missing path" "$KIJI" ingest --db "$T/bad.db" "$T/no/such/file.txt"
contains "missing path named" "$T/.err" "file.txt: refused: No such file or directory"

# ---- a directory of many files ----
mkdir -p "$T/many/sub"
i=0
while [ $i -lt 10000 ]; do
    printf 'Headline number %d\n\nParagraph %d of the many-files test.\n' $i $i >"$T/many/sub/f$i.txt"
    i=$((i + 1))
done
status 0 "a directory of 10,000 files" "$KIJI" ingest --db "$T/many.db" "$T/many"
same "all stored" "$(count "$T/many.db" 'select count(*) from documents')" 10000
status 0 "the same with two workers" "$KIJI" ingest -j 2 --db "$T/many2.db" "$T/many"
"$KIJI" export --db "$T/many.db" >"$T/many1.jsonl"
"$KIJI" export --db "$T/many2.db" >"$T/many2.jsonl"
check "-j 2 gives the same rows and ids as -j 1" cmp -s "$T/many1.jsonl" "$T/many2.jsonl"
status 1 "-j 2 with refused inputs" "$KIJI" ingest -j 2 --db "$T/bad2.db" "$B"
"$KIJI" ingest -j 1 --db "$T/bad1.db" "$B" 2>"$T/err1"
check "-j 2 names the same refused files, in the same order" cmp -s "$T/.err" "$T/err1"

# ---- kiji sql is read-only ----
for q in "insert into documents(hash, source, format, raw, clean) values ('x','x','text','x','x')" \
         "update documents set title = 'x'" "delete from documents" "drop table quotes" \
         "attach database '$T/x.db' as x" "pragma user_version = 7" \
         "select load_extension('/nonexistent')" "create table t(x)" \
         "select 1; delete from documents"; do
    status 2 "sql refuses: $q" "$KIJI" sql --db "$DB" "$q"
done
same "nothing changed" "$(count "$DB" 'select count(*) from documents')" 2
check "no attached file made" test ! -f "$T/x.db"
status 0 "sql select" "$KIJI" sql --db "$DB" "select title from documents order by id"
contains "table output" "$T/.out" "(2 rows)"
status 0 "sql csv" "$KIJI" sql --db "$DB" --format csv "select id, title from documents order by id"
contains "csv header" "$T/.out" "id,title"
status 0 "sql json" "$KIJI" sql --db "$DB" --format json "select id from documents order by id"
check "json parses" python3 -c 'import json,sys; assert json.load(open(sys.argv[1])) == [{"id": 1}, {"id": 3}]' "$T/.out"
same "a replaced document gets a new id, never an old one" "$(count "$DB" "select max(id) from documents")" 3
status 1 "sql on a missing database" "$KIJI" sql --db "$T/none.db" "select 1"
check "missing database not created" test ! -f "$T/none.db"

# ---- show ----
status 0 "show by id" "$KIJI" show --db "$DB" 1
contains "show has the title" "$T/.out" "title:     Japan, U.S. and South Korea"
status 1 "show a missing document" "$KIJI" show --db "$DB" 999

summary cli
