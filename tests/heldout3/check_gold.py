#!/usr/bin/env python3
"""Consistency checks of the heldout3 gold against its sources and documents
(adapted from tests/heldout2/check_gold.py).

usage: check_gold.py            (exit 1 on any problem)

For every gold/NAME.json: it parses and has every field; a text article has
500 to 1000 body words; every quote, non-quote, entity name and alias is in
the article, every speaker and accepted speaker is an entity or in the text;
quotes are in the body in document order per kind; timexes are in document
order within their zone and weekday timexes resolve to that weekday; timeline
keywords occur in one sentence that also holds a gold timex of that value;
the damaged text keeps no word-initial "Th" and the ocr_fixes cover every Th
of the body; each html/xml page holds the whole gold body, title and authors;
and a perfect export built from the gold scores 1.000 on every metric.
"""
import datetime
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
QUOTE_CHARS = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
VALUE = re.compile(r"^(\d{4}(-(\d\d(-\d\d(T(\d\d:\d\d|MO|AF|EV|NI))?)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?|\d{3}|P[\d.]+[YMWDH]|PT[\d.]+[HMS]|P[\d.]+[YMWD]T?|XXXX-\d\d-\d\d|FY\d{4}|PRESENT_REF|PAST_REF|FUTURE_REF|PXY|PXM|PXD)$")


def norm(s):
    s = "".join(QUOTE_CHARS.get(c, c) for c in s)
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    problems = []
    gdir = os.path.join(HERE, "gold")
    golds = {}
    for fn in sorted(os.listdir(gdir)):
        if not fn.endswith(".json"):
            continue
        try:
            with open(os.path.join(gdir, fn), encoding="utf-8") as f:
                g = json.load(f)
        except ValueError as e:
            problems.append(f"{fn}: not JSON: {e}")
            continue
        golds[fn] = g
        P = lambda m: problems.append(f"{fn}: {m}")  # noqa: E731
        src = g["source"]
        ext = os.path.splitext(src)[1]
        sub = {".txt": "corpus", ".html": "html", ".xml": "xml"}[ext]
        path = os.path.join(HERE, sub, src)
        if not os.path.exists(path):
            P(f"no document {sub}/{src}")
        for k in ("source", "title", "authors", "published", "paragraphs", "captions", "ocr_fixes",
                  "quotes", "non_quotes", "entities", "timexes", "timeline"):
            if k not in g:
                P(f"missing field {k}")
        body = "\n".join(g["paragraphs"])
        caps = "\n".join(c["text"] for c in g["captions"])
        every = "\n".join([g["title"], body, caps] + g["authors"] + [c["credit"] for c in g["captions"]])
        nb, ne = norm(body), norm(every)
        words = len(re.findall(r"\S+", body))
        if not 500 <= words <= 1000 and ext == ".txt":
            P(f"{words} words")
        last = {}
        for q in g["quotes"]:
            if q["kind"] not in ("direct", "partial", "indirect"):
                P(f"quote kind {q['kind']}")
            i = nb.find(norm(q["text"]))
            if i < 0 and q["kind"] == "indirect" and all(w in nb for w in norm(q["text"]).split()):
                # an indirect quote may drop an inserted "he added"; its words are there
                i = nb.find(norm(q["text"]).split()[0])
            if i < 0:
                P(f"quote not in body: {q['text'][:60]!r}")
            elif not q.get("optional"):
                kk = q["kind"] == "indirect"
                if i < last.get(kk, -1):
                    P(f"quote out of order: {q['text'][:60]!r}")
                last[kk] = i
        for t in g["non_quotes"]:
            if norm(t) not in nb:
                P(f"non-quote not in body: {t!r}")
        names = set()
        for e in g["entities"]:
            if e["type"] not in ("PERSON", "ORG", "GPE", "LOC", "MISC"):
                P(f"entity type {e['type']}")
            for n in [e["name"]] + e.get("aliases", []):
                if norm(n) not in ne and n == e["name"]:
                    P(f"entity name not in text: {n!r}")
            if e["name"] in names:
                P(f"entity twice: {e['name']!r}")
            names.add(e["name"])
            if e["name"] in g["authors"] and e.get("optional"):
                P(f"author optional: {e['name']!r}")
        for a in g["authors"]:
            if a not in names:
                P(f"author not an entity: {a!r}")
        ent_keys = {norm(e["name"]) for e in g["entities"]} | {norm(a) for e in g["entities"] for a in e.get("aliases", [])}
        for q in g["quotes"]:
            for sp in [q["speaker"]] + q.get("accept", []):
                if norm(sp) not in ent_keys and norm(sp) not in ne:
                    P(f"speaker neither entity nor in text: {sp!r}")
        pos = {"title": 0, "caption": 0, "dateline": 0, "body": 0}
        zone_text = {"title": norm(g["title"]), "caption": norm(caps), "body": nb}
        for x in g["timexes"]:
            w = x.get("where", "body")
            if not VALUE.match(x["value"]):
                P(f"timex value {x['value']!r}")
            if x["type"] not in ("DATE", "TIME", "DURATION", "SET"):
                P(f"timex type {x['type']}")
            if w == "dateline":
                continue
            i = zone_text[w].find(norm(x["text"]), pos[w])
            if i < 0:
                P(f"timex out of order or absent ({w}): {x['text']!r}")
            else:
                pos[w] = i + 1
        for x in g["timexes"]:
            for wd, name in enumerate(WEEKDAYS):
                if re.search(r"\b" + name + r"\b", x["text"]) and re.match(r"\d{4}-\d\d-\d\d", x["value"]):
                    if datetime.date.fromisoformat(x["value"][:10]).weekday() != wd:
                        P(f"timex {x['text']!r} = {x['value']} is not a {name}")
        if ext in (".html", ".xml") and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                page = norm(html.unescape(re.sub(r"<[^>]+>", " ", f.read())))
            for para in g["paragraphs"] + [g["title"]] + g["authors"]:
                if norm(para) not in page:
                    P(f"not in the page: {para[:60]!r}")
        sentences = re.split(r"(?<=[.?!”\"])\s+(?=[“\"A-Z])", body + "\n" + caps)
        tvals = {}
        for x in g["timexes"]:
            tvals.setdefault(x["value"].split("T")[0] if "T" in x["value"] and x["value"][4] == "-" else x["value"], []).append(norm(x["text"]))
        for ev in g["timeline"]:
            ok = False
            for s in sentences:
                ns = norm(s)
                if all(norm(k) in ns for k in ev["keywords"]) and any(t in ns for t in tvals.get(ev["value"], [])):
                    ok = True
            if not ok:
                P(f"timeline keywords not in one sentence with a {ev['value']} timex: {ev['keywords']}")
        if ext == ".txt" and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                raw = f.read()
            if re.search(r"(?<![A-Za-z])Th", raw):
                P("damaged text still holds a word-initial Th")
            n_th = len(re.findall(r"(?<![A-Za-z])Th", body))
            n_fix_th = sum(len(re.findall(r"(?<![A-Za-z])Th", fx)) for r, fx in g["ocr_fixes"])
            if n_th != n_fix_th:
                P(f"{n_th} Th in body, ocr_fixes repair {n_fix_th}")
            if not 5 <= len(g["ocr_fixes"]) <= 45:
                P(f"{len(g['ocr_fixes'])} ocr_fixes")
            for r, fx in g["ocr_fixes"]:
                if r not in raw:
                    P(f"ocr raw not in document: {r!r}")
                if norm(fx) not in nb:
                    P(f"ocr fix not in body: {fx!r}")
                if norm(fx) == norm(r):
                    P(f"ocr fix changes nothing: {fx!r}")
    with tempfile.TemporaryDirectory() as tmp:
        exp = os.path.join(tmp, "x.jsonl")
        tl = os.path.join(tmp, "tl.json")
        events = []
        with open(exp, "w", encoding="utf-8") as f:
            for fn, g in golds.items():
                d = {"source": g["source"], "title": g["title"], "authors": g["authors"],
                     "published": g["published"], "text": "\n\n".join(g["paragraphs"]),
                     "quotes": [{"text": q["text"], "kind": q["kind"], "speaker": q["speaker"]} for q in g["quotes"]],
                     "entities": [{"name": e["name"], "type": e["type"]} for e in g["entities"]],
                     "timexes": [{"text": x["text"], "value": x["value"], "mod": x.get("mod")} for x in g["timexes"]]}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
                for ev in g["timeline"]:
                    events.append({"date": ev["value"], "text": " ".join(ev["keywords"]), "source": g["source"]})
        with open(tl, "w", encoding="utf-8") as f:
            json.dump(events, f)
        r = subprocess.run([sys.executable, SCORE, gdir, exp, tl], capture_output=True, text=True)
        for line in r.stdout.splitlines():
            parts = line.split()
            if len(parts) >= 2 and re.fullmatch(r"\d\.\d{3}", parts[1]) and parts[0] not in ("metric",):
                if parts[1] != "1.000":
                    problems.append(f"perfect export: {line}")
    for p in problems:
        print(p)
    print(f"{len(golds)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
