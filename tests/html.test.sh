#!/bin/sh
# The HTML reader on the real news pages in ../shared/html (issue 7): for
# each NAME.html with its NAME.json, every `with` string must be in the
# exported body, no `without` string may be, the title must equal `title`
# or one of `title_alt` (compared without case, quote style, dash style or
# spacing) and the published date must be within a day of `published`.
# Prints each page's failures, then "html: N passed, N failed" (one check
# per page); the title and date may fail on up to 5% of the pages, the
# body checks on none.
. tests/lib.sh
SHARED=${SHARED:-../shared}
DIR="$SHARED/html"
if [ ! -d "$DIR" ]; then
    echo "html: 0 passed, 1 failed (no $DIR)"
    exit 1
fi
for f in "$DIR"/*.html; do
    "$KIJI" ingest -q --db "$T/html.db" "$f" >>"$T/ingest.out" 2>&1
done
"$KIJI" export --db "$T/html.db" >"$T/export.jsonl" 2>>"$T/ingest.out"
python3 - "$DIR" "$T/export.jsonl" "$T/ingest.out" <<'PY'
import datetime, json, os, re, sys, unicodedata

d, export, log = sys.argv[1], sys.argv[2], sys.argv[3]
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
    docs[os.path.basename(o["source"])] = o

pages = sorted(f for f in os.listdir(d) if f.endswith(".html"))
body_fail = meta_fail = 0
for page in pages:
    g = json.load(open(os.path.join(d, page[:-5] + ".json"), encoding="utf-8"))
    o = docs.get(page)
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
    if problems or meta_problems:
        print("  %s:" % page)
        for p in problems + meta_problems:
            print("    " + p)
    body_fail += bool(problems)
    meta_fail += bool(meta_problems)
n = len(pages)
# title and date: right on at least 95% of the pages
meta_ok = n == 0 or (n - meta_fail) * 100 >= 95 * n
failed = body_fail + (0 if meta_ok else meta_fail)
print("  pages: %d; body right on %d, title and date right on %d" % (n, n - body_fail, n - meta_fail))
print("html: %d passed, %d failed" % (n - failed, failed))
sys.exit(1 if failed else 0)
PY
