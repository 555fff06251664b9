#!/bin/sh
# The HTML reader on real news pages (issue 7): ../shared/html holds pages
# of ten sites, each NAME.html with NAME.json; tests/fixtures/html holds
# pages of our own making in other markup styles (semantic HTML5, a table
# layout of the 2000s, metadata only in JSON-LD, text only in JSON-LD).
# For each page every `with` string must be in the exported body and no
# `without` string may be; the title must equal `title` or one of
# `title_alt` (compared without case, quote style, dash style or spacing)
# and the published date must be within a day of `published`.  On the
# shared pages title and date may be wrong on up to 5% of them; on our own
# pages nothing may be wrong, and `authors`, when given, must match.
# Prints each page's failures, then "html: N passed, N failed" (one check
# per page).
. tests/lib.sh
SHARED=${SHARED:-../shared}
if [ ! -d "$SHARED/html" ]; then
    echo "html: 0 passed, 1 failed (no $SHARED/html)"
    exit 1
fi
for f in "$SHARED"/html/*.html tests/fixtures/html/*.html; do
    "$KIJI" ingest -q --db "$T/html.db" "$f" >>"$T/ingest.out" 2>&1
done
"$KIJI" export --db "$T/html.db" >"$T/export.jsonl" 2>>"$T/ingest.out"
python3 - "$T/export.jsonl" "$T/ingest.out" "$SHARED/html" tests/fixtures/html <<'PY'
import datetime, json, os, re, sys, unicodedata

export, log, shared, own = sys.argv[1:5]
QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'",
          "\u00ab": '"', "\u00bb": '"', "\u2032": "'", "\u2033": '"'}

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = "".join(QUOTES.get(c, c) for c in s)
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()

docs = {}
for line in open(export, encoding="utf-8"):
    o = json.loads(line)
    docs[os.path.abspath(o["source"])] = o

def check(d, strict):
    """Check the pages of directory d; return (pages, body failures, meta failures)."""
    pages = sorted(f for f in os.listdir(d) if f.endswith(".html"))
    body_fail, meta_fail = set(), set()
    for page in pages:
        g = json.load(open(os.path.join(d, page[:-5] + ".json"), encoding="utf-8"))
        o = docs.get(os.path.abspath(os.path.join(d, page)))
        problems, meta_problems = [], []
        if o is None:
            problems.append("not ingested: " + " ".join(
                l.strip() for l in open(log, encoding="utf-8", errors="replace") if page in l))
        else:
            body = norm(o.get("text"))
            for w in g.get("with", []):
                if norm(w) not in body:
                    problems.append("body lacks: " + w[:70])
            for w in g.get("without", []):
                if norm(w) in body:
                    problems.append("body holds: " + w[:70])
            titles = [g.get("title")] + g.get("title_alt", [])
            if norm(o.get("title")) not in [norm(t) for t in titles if t]:
                meta_problems.append("title %r, want %r" % (o.get("title"), g.get("title")))
            try:
                got = datetime.date.fromisoformat(o.get("published") or "")
                want = datetime.date.fromisoformat(g["published"])
                if abs((got - want).days) > 1:
                    raise ValueError
            except (ValueError, TypeError):
                meta_problems.append("published %r, want %r" % (o.get("published"), g.get("published")))
            if strict and "authors" in g and o.get("authors") != g["authors"]:
                meta_problems.append("authors %r, want %r" % (o.get("authors"), g["authors"]))
        if problems or meta_problems:
            print("  %s:" % os.path.join(d, page))
            for p in problems + meta_problems:
                print("    " + p)
        if problems:
            body_fail.add(page)
        if meta_problems:
            meta_fail.add(page)
    return len(pages), body_fail, meta_fail

failed = total = 0
for d, strict in ((shared, False), (own, True)):
    n, body_fail, meta_fail = check(d, strict)
    # title and date: right on at least 95% of the shared pages, all of ours
    meta_ok = n == 0 or (not meta_fail if strict else (n - len(meta_fail)) * 100 >= 95 * n)
    failed += len(body_fail | (set() if meta_ok else meta_fail))
    total += n
    print("  %s: %d pages; body right on %d, title and date right on %d"
          % (d, n, n - len(body_fail), n - len(meta_fail)))
print("html: %d passed, %d failed" % (total - failed, failed))
sys.exit(1 if failed else 0)
PY
