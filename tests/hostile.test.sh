#!/bin/sh
# Hostile inputs (issue 9's list), all in one directory with good documents:
# each bad one is refused with a line naming it and the reason, or read with
# its damage repaired and logged; none crashes or hangs kiji, memory stays
# bounded, the good documents are stored and the exit status is 1.
. tests/lib.sh
H="$T/in"
mkdir -p "$H"
LIMIT=${HOSTILE_SECONDS:-120}
gen() { python3 -c "$1" >"$2"; }

cp corpus/000_37bea7fb096b4890.txt "$H/good1.txt"
printf 'A fine headline\n\nA fine paragraph that is good text.\n' >"$H/good2.txt"
printf 'Headline with bad bytes\n\nThe caf\351 and the \377\376 bytes \200 here.\n' >"$H/invalid_utf8.txt"
printf 'Headline with NULs\n\nSome\000 text\000 with a few NUL bytes in a long enough paragraph of words.\n' >"$H/nul.txt"
head -c 3000 /dev/urandom >"$H/binary.bin"
: >"$H/empty.txt"
gen 'import sys; sys.stdout.write("x" * (100 * 1024 * 1024))' "$H/huge.txt"
gen 'import sys; sys.stdout.write("word " * (2 * 1024 * 1024) + "\n")' "$H/longline.txt"
gen 'import sys; sys.stdout.write("Quote marks\n\n" + "\"" * 100000 + "\n")' "$H/quotes.txt"
gen 'import sys; sys.stdout.write("<html><body>" + "<div>" * 100000 + "deep text" + "</div>" * 100000 + "</body></html>")' "$H/nested.html"
printf '<html><head><title>Unclosed<body><p>Text with <b>unterminated tags <i>and <!-- an unterminated comment' >"$H/unterminated.html"
printf '<html><head><meta charset="utf-16"><title>Wrong charset</title></head><body><article><p>Caf\303\251 text that says UTF-16 but is UTF-8, long enough to be a paragraph.</p></article></body></html>' >"$H/wrong_charset.html"
for f in xxe.xml billion_laughs.xml xxe_parameter.xml quadratic_blowup.xml; do
    [ -f "tests/fixtures/hostile/$f" ] && cp "tests/fixtures/hostile/$f" "$H/"
done
ln -s "$H" "$H/loop"
ln -s "$H/nowhere" "$H/dangling.txt"
printf 'Newline name\n\n' >"$H/new
line.txt"
: >"$H/new
line.txt"

# memory: 1 GiB of address space is plenty (ASan builds reserve far more)
case "$KIJI" in *san*) ULIMIT=unlimited ;; *) ULIMIT=1048576 ;; esac
(ulimit -v $ULIMIT; timeout "$LIMIT" "$KIJI" ingest --db "$T/h.db" "$H") >"$T/.out" 2>"$T/.err"
rc=$?
same "exit status 1 (some refused, none crashed or timed out)" "$rc" 1
contains "binary" "$T/.err" "binary.bin: refused: not text"
contains "empty" "$T/.err" "empty.txt: refused: empty file"
contains "100 MB" "$T/.err" "huge.txt: refused: too large"
contains "10 MB line" "$T/.err" "longline.txt: refused: a line of more than"
contains "symlink loop" "$T/.err" "loop: refused: directory loop"
contains "dangling link" "$T/.err" "dangling.txt: refused:"
contains "path with a newline" "$T/.err" 'new\nline.txt: refused: empty file'
for f in xxe.xml billion_laughs.xml xxe_parameter.xml quadratic_blowup.xml; do
    [ -f "$H/$f" ] && contains "$f" "$T/.err" "$f: refused:"
done
lacks "no crash reported" "$T/.err" "Segmentation"
count() { "$KIJI" sql --db "$T/h.db" --format csv "$1" | tail -n 1; }
for f in good1.txt good2.txt invalid_utf8.txt nul.txt quotes.txt wrong_charset.html; do
    same "$f stored" "$(count "select count(*) from documents where source like '%/$f'")" 1
done
# pages whose text is lost in their damage: stored, or refused by name
for f in nested.html unterminated.html; do
    if [ "$(count "select count(*) from documents where source like '%/$f'")" = 1 ] ||
        grep -q "$f: refused: " "$T/.err"; then pass; else fail "$f neither stored nor refused"; fi
done
same "invalid UTF-8 repaired and logged" \
    "$(count "select count(*) > 0 from repairs r join documents d on d.id = r.doc_id where d.source like '%invalid_utf8.txt' and r.rule = 'encoding.cp1252'")" 1
same "NULs dropped and logged" \
    "$(count "select count(*) from repairs r join documents d on d.id = r.doc_id where d.source like '%nul.txt' and r.rule = 'control.drop'")" 2
same "a wrong declared charset read right" \
    "$(count "select count(*) from documents where source like '%wrong_charset.html' and clean like '%Café text%'")" 1
check "nothing read from /etc/passwd" sh -c "! '$KIJI' sql --db '$T/h.db' --format csv \"select clean from documents\" | grep -q 'root:x:0'"
summary hostile
