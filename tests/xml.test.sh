#!/bin/sh
# The XML readers (issue 7).  The sample article as NITF, NewsML-G2, TimeML
# and a web page must ingest to what its text version gives: title, date, authors,
# body, captions, and the quotes, entities and dates found in them.  The
# hostile files must be refused (exit 1, a message naming the file) without
# reading a local file or growing memory; damaged and pathological inputs
# must never crash and must finish in bounded time and memory.
. tests/lib.sh
H=tests/fixtures/hostile
# Memory limits for the hostile runs.  A sanitizer build reserves terabytes
# of address space and cannot start under ulimit -v: it is held to its time
# limit only (the plain build is held to both).
if sh -c 'ulimit -v 262144 && "$0" --help' "$KIJI" >/dev/null 2>&1; then
    MEM_SMALL=262144 MEM_BIG=1048576
else
    MEM_SMALL= MEM_BIG=
fi
limit() { # KB COMMAND...: run with at most KB of address space (if limits work)
    kb=$1; shift
    ( if [ -n "$kb" ]; then ulimit -v "$kb"; fi; "$@" )
}
S=corpus/000_37bea7fb096b4890

# ---- the samples against the text version ----
status 0 "samples ingest" "$KIJI" ingest -q --db "$T/s.db" "$S.txt" "$S.nitf.xml" \
    "$S.newsml.xml" "$S.tml" "$S.html"
"$KIJI" export --db "$T/s.db" >"$T/s.jsonl" 2>"$T/s.err"
python3 - "$T/s.jsonl" >"$T/cmp.out" <<'PY'
import json, sys
docs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    docs[o["source"].rsplit("/", 1)[-1]] = o
base = docs.get("000_37bea7fb096b4890.txt")
fields = {
    "title": lambda o: o.get("title"),
    "published": lambda o: o.get("published"),
    "authors": lambda o: o.get("authors"),
    "body": lambda o: o.get("text"),
    "captions": lambda o: o.get("captions"),
    "quotes": lambda o: [(q.get("text"), q.get("kind"), q.get("speaker")) for q in o.get("quotes", [])],
    "entities": lambda o: sorted((e.get("name"), e.get("type")) for e in o.get("entities", [])),
    "timexes": lambda o: [(t.get("text"), t.get("value"), t.get("mod")) for t in o.get("timexes", [])],
}
for name in ("000_37bea7fb096b4890.nitf.xml", "000_37bea7fb096b4890.newsml.xml",
             "000_37bea7fb096b4890.tml", "000_37bea7fb096b4890.html"):
    o = docs.get(name)
    for f, get in fields.items():
        if base is None or o is None:
            print("FAIL %s: not ingested" % name)
        elif get(o) != get(base):
            print("FAIL %s: %s differs from the text version: %.200r / %.200r"
                  % (name, f, get(o), get(base)))
        else:
            print("ok")
PY
while read -r line; do
    case "$line" in ok) pass ;; *) fail "${line#FAIL }" ;; esac
done <"$T/cmp.out"
[ -s "$T/cmp.out" ] || fail "sample comparison printed nothing"
same "nitf format" "$("$KIJI" sql --db "$T/s.db" --format csv \
    "select format from documents where source like '%.nitf.xml'" | tail -n 1)" nitf
same "newsml format" "$("$KIJI" sql --db "$T/s.db" --format csv \
    "select format from documents where source like '%.newsml.xml'" | tail -n 1)" newsml
same "timeml format" "$("$KIJI" sql --db "$T/s.db" --format csv \
    "select format from documents where source like '%.tml'" | tail -n 1)" timeml

# ---- the TimeML export: one well-formed TimeML document per document, its
# DCT the publication date, one TIMEX3 per exported timex, the text intact ----
"$KIJI" export --db "$T/s.db" --format timeml >"$T/s.tml" 2>"$T/tml.err"
same "timeml export exit" "$?" 0
python3 - "$T/s.tml" "$T/s.jsonl" >"$T/tml.out" <<'PY'
import json, re, sys, xml.dom.minidom
docs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
parts = [p for p in re.split(r'(?m)^(?=<\?xml )', open(sys.argv[1], encoding="utf-8").read()) if p.strip()]
if len(parts) != len(docs):
    print("FAIL timeml: %d documents, want %d" % (len(parts), len(docs)))
for part, doc in zip(parts, docs):
    try:
        dom = xml.dom.minidom.parseString(part.encode("utf-8"))
    except Exception as e:
        print("FAIL timeml: %s is not well-formed: %s" % (doc["source"], e))
        continue
    root = dom.documentElement
    dct = root.getElementsByTagName("DCT")
    v = dct[0].getElementsByTagName("TIMEX3")[0].getAttribute("value") if dct else None
    print("ok" if v == doc.get("published") else "FAIL timeml: DCT %r, want %r" % (v, doc.get("published")))
    text = root.getElementsByTagName("TEXT")[0]
    tags = text.getElementsByTagName("TIMEX3")
    print("ok" if len(tags) == len(doc.get("timexes", [])) else
          "FAIL timeml: %s has %d TIMEX3, export %d" % (doc["source"], len(tags), len(doc.get("timexes", []))))
    got = "".join(n.data if n.nodeType == n.TEXT_NODE else n.firstChild.data if n.firstChild else ""
                  for n in text.childNodes)
    print("ok" if all(p in got for p in doc["text"].split("\n\n")) else
          "FAIL timeml: %s TEXT lacks body paragraphs" % doc["source"])
PY
while read -r line; do
    case "$line" in ok) pass ;; *) fail "${line#FAIL }" ;; esac
done <"$T/tml.out"

# ---- hostile files: refused, in little memory, nothing of /etc/passwd ----
for f in xxe.xml xxe_parameter.xml billion_laughs.xml quadratic_blowup.xml; do
    limit "$MEM_SMALL" timeout 10 "$KIJI" ingest --db "$T/h.db" "$H/$f" >"$T/out" 2>"$T/err"
    same "$f refused" "$?" 1
    contains "$f message" "$T/err" "$H/$f: refused: DTD with entity declarations (XXE / entity expansion)"
done
status 1 "rss refused" "$KIJI" ingest --db "$T/h.db" "$H/rss.xml"
contains "rss message" "$T/.err" "rss.xml: refused: root <rss> is not NITF, NewsML-G2 or TimeML"
for f in external_dtd.xml xinclude.xml xxe.html; do
    limit "$MEM_SMALL" timeout 10 "$KIJI" ingest --db "$T/h.db" "$H/$f" >"$T/out" 2>"$T/err"
    same "$f ingested" "$?" 0
done
same "hostile documents stored" "$("$KIJI" sql --db "$T/h.db" --format csv \
    'select count(*) from documents' | tail -n 1)" 3
# the first line of /etc/passwd is nowhere in the database
if [ -r /etc/passwd ]; then
    line1=$(head -n 1 /etc/passwd)
    if grep -qF -- "$line1" "$T/h.db"; then fail "/etc/passwd content in the database"; else pass; fi
fi

# ---- UTF-16 with a byte-order mark is read, not refused as binary ----
python3 -c "
open('$T/u16.xml', 'wb').write('\\ufeff<?xml version=\"1.0\" encoding=\"UTF-16\"?><nitf><body><body.head><hedline><hl1>Caf\\u00e9 reopens</hl1></hedline></body.head><body.content><p>The caf\\u00e9 reopened on Monday.</p></body.content></body></nitf>'.encode('utf-16-le'))
"
status 0 "utf-16 ingested" "$KIJI" ingest --db "$T/u16.db" "$T/u16.xml"
same "utf-16 title" "$("$KIJI" sql --db "$T/u16.db" --format csv 'select title from documents' | tail -n 1)" "Café reopens"

# ---- pathological inputs: no crash, bounded time and memory ----
python3 - "$T" <<'PY'
import sys
t = sys.argv[1]
def w(name, s):
    open(t + "/" + name, "w", encoding="utf-8").write(s)
w("deep.html", "<html><body>" + "<div>" * 100000 + "<p>Deep.</p>" + "</div>" * 100000)
w("deep.xml", "<?xml version='1.0'?><nitf><body><body.content>" + "<block>" * 100000 + "<p>x</p>")
w("unclosed.html", "<html><body>" + "<p><b><i><span>" * 30000 + "text.")
w("attribute.html", '<html><body><p title="' + "a" * 5000000 + '">A sentence of some length, for the page.</p>')
w("attribute.xml", '<?xml version="1.0"?><nitf a="' + "a" * 5000000 + '"><body><body.content><p>x</p></body.content></body></nitf>')
w("brs.html", "<html><body>" + "word <br>" * 100000)
w("links.html", "<ul>" + "".join('<li><a href="/%d">%d</a></li>' % (i, i) for i in range(50000)))
w("truncated.xml", "<?xml version='1.0'?><nitf><body><body.content><p>Cut off in the mid")
w("jsonld.html", '<script type="application/ld+json">' + "[" * 100000 + "</script><p>Text.</p>")
w("garbage.html", "<html>" + "".join(chr(0x20 + (i * 7919) % 90) for i in range(200000)))
PY
for f in deep.html deep.xml unclosed.html attribute.html attribute.xml brs.html links.html \
         truncated.xml jsonld.html garbage.html; do
    limit "$MEM_BIG" timeout 60 "$KIJI" ingest --db "$T/p.db" "$T/$f" >"$T/out" 2>"$T/err"
    rc=$?
    if [ "$rc" -le 1 ]; then pass; else fail "$f: exit $rc (crash or time-out)"; sed 's/^/    /' "$T/err" | head -n 3; fi
done
summary xml
