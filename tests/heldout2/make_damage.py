#!/usr/bin/env python3
"""Turn the clean heldout2 articles into PDF-extraction damaged text and gold.

Adapted from tests/heldout/make_damage.py (same widths, same Th damage, same
caption/byline/dateline/link/page-break layout), with one addition: a source
with "spacing": "single" is laid out single-spaced (consecutive body lines,
one blank line between paragraphs) instead of the sample's double spacing.

usage: make_damage.py [--check]      (run from anywhere)

Reads src/NAME.json (one clean article with its annotations) and writes
  corpus/NAME.txt   the article as text extracted from a printed PDF, damaged
                    the way the shared sample is (see README.md)
  gold/NAME.json    the gold annotations: the derived fields (title, authors,
                    published, paragraphs, captions, ocr_fixes) computed here,
                    the rest (quotes, non_quotes, entities, timexes, timeline)
                    copied from the source's "gold" object
  gold/VARIANT.json for each html/xml variant named in the source's
                    "variants": the same gold with that file as source and no
                    ocr_fixes (make_pages.py writes the pages themselves)

Everything is deterministic: the same sources give the same bytes.

Damage, as in /work/shared/corpus/000_37bea7fb096b4890.txt:
  * every word-initial "Th" becomes a straight double quote ("e, "is, “"e);
    all-capital TH is untouched;
  * lines are wrapped greedily at a proportional width (Times-Roman advance
    widths fitted to the sample's line breaks: body 29.0 em, headline 10.5, lead
    caption 31.5, inline captions 37.0); a word that does not fit may break
    after a hyphen of a compound (kept: "missile-" / "warning") or at a soft
    hyphen marked U+00AD in the source (dropped on repair: "govern-" / "ment");
  * the headline and captions are single-spaced; in the default ("double")
    spacing every body line is followed by a blank line, in "single" spacing
    the lines of a paragraph follow each other and a blank line separates
    paragraphs; the byline, its second line and the dateline sit between the
    lead caption and the body;
  * a page break is a line starting with a space with no blank line before it;
    the file starts with one (the headline) and ends with an empty one (" ");
    a link-card URL line is always followed by a page break;
  * captions end with " | CREDIT".
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOFT = "\u00ad"

# Advance widths (1/1000 em): Times-Roman's, adjusted until greedy wrapping at
# WIDTH["body"] reproduces all 92 mid-paragraph line breaks of the shared sample.
_W = {" ": 206, "!": 333, "\"": 422, "$": 500, "%": 833, "&": 778, "'": 166, "(": 333,
      ")": 333, ",": 236, "-": 345, ".": 222, "/": 278, "0": 500, "1": 500, "2": 500,
      "3": 500, "4": 500, "5": 500, "6": 500, "7": 500, "8": 500, "9": 500, ":": 278,
      ";": 278, "?": 444, "A": 740, "B": 667, "C": 729, "D": 724, "E": 611, "F": 546,
      "G": 722, "H": 734, "I": 299, "J": 359, "K": 790, "L": 611, "M": 929, "N": 828,
      "O": 696, "P": 578, "Q": 722, "R": 667, "S": 518, "T": 517, "U": 670, "V": 722,
      "W": 970, "X": 722, "Y": 722, "Z": 611, "a": 426, "b": 566, "c": 542, "d": 456,
      "e": 466, "f": 235, "g": 576, "h": 410, "i": 244, "j": 280, "k": 546, "l": 256,
      "m": 828, "n": 544, "o": 536, "p": 558, "q": 502, "r": 407, "s": 425, "t": 346,
      "u": 522, "v": 474, "w": 710, "x": 552, "y": 462, "z": 444, "–": 500, "—": 1004,
      "‘": 333, "’": 353, "“": 444, "”": 472,
      SOFT: 0}

WIDTH = {"headline": 10.5, "lead": 31.5, "caption": 37.0, "body": 29.0}


def width(s):
    return sum(_W.get(c, 500) for c in s) / 1000.0


def damage(s):
    """The Th ligature lost: word-initial capital T + small h -> straight quote."""
    return re.sub(r"(?<![A-Za-z])Th", '"', s)


def unsoft(s):
    return s.replace(SOFT, "")


def breaks_in(word):
    """Break opportunities inside a word: (index, kind); the piece before is
    word[:index] (+ "-" for a soft hyphen)."""
    out = []
    if word.startswith("http"):
        return out
    for i, c in enumerate(word):
        if c == "-" and i >= 2 and word[i - 1].isalpha() and i + 1 < len(word) and word[i + 1].isalpha() \
                and sum(ch.isalpha() for ch in word[i + 1:]) >= 2:
            out.append((i + 1, "hard"))
        elif c == SOFT:
            out.append((i, "soft"))
    return out


def wrap(text, limit):
    """Greedy wrap. Returns a list of (line, join) where join says how the line
    continues into the next: "space", "hard" (broke after a compound's hyphen)
    or "soft" (broke at a soft hyphen; the printed line ends with "-")."""
    words = text.split(" ")
    lines = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        trial = (cur + " " + w) if cur else w
        if width(unsoft(trial)) <= limit or not cur:
            if not cur and width(unsoft(w)) > limit:
                # a lone over-long word: break it if we can, else let it stick out
                for idx, kind in reversed(breaks_in(w)):
                    head = w[:idx] + ("-" if kind == "soft" else "")
                    if width(unsoft(head)) <= limit:
                        lines.append((unsoft(head), kind))
                        words[i] = w[idx + (1 if kind == "soft" else 0):]
                        break
                else:
                    cur = w
                    i += 1
                continue
            cur = trial
            i += 1
            continue
        # w does not fit on cur: try to break it
        done = False
        for idx, kind in reversed(breaks_in(w)):
            head = w[:idx] + ("-" if kind == "soft" else "")
            if width(unsoft(cur + " " + head)) <= limit:
                lines.append((unsoft(cur + " " + head), kind))
                words[i] = w[idx + (1 if kind == "soft" else 0):]
                cur = ""
                done = True
                break
        if not done:
            lines.append((unsoft(cur), "space"))
            cur = ""
    if cur:
        lines.append((unsoft(cur), "end"))
    return lines


def caption_lines(cap, limit):
    text = unsoft(cap["text"]) + " | " + cap["credit"]
    return [l for l, _ in wrap(text, limit)]


def build(src):
    """Lay the article out; returns (raw_text, pieces) where pieces[p] is the
    list of (clean, raw) pieces of paragraph p with their separators."""
    out = []          # physical lines: dict(text, kind, para, li)
    for l, _ in wrap(src["title"], WIDTH["headline"]):
        out.append({"text": l, "kind": "head"})
    out.append({"text": "", "kind": "blank"})
    lead = src.get("lead_caption")
    if lead:
        for l in caption_lines(lead, WIDTH["lead"]):
            out.append({"text": l, "kind": "cap"})
        out.append({"text": "", "kind": "blank"})
    for l in src["byline"]:
        out.append({"text": l, "kind": "byline"})
    out.append({"text": "", "kind": "blank"})
    out.append({"text": src["dateline"], "kind": "dateline"})
    out.append({"text": "", "kind": "blank"})
    caps_after = {}
    for c in src.get("captions", []):
        caps_after.setdefault(c["after"], []).append(c)
    links_after = {}
    for k in src.get("links", []):
        links_after.setdefault(k["after"], []).append(k["url"])
    single = src.get("spacing", "double") == "single"
    para_lines = []
    for p, para in enumerate(src["paragraphs"]):
        wl = wrap(para, WIDTH["body"])
        para_lines.append(wl)
        for li, (l, j) in enumerate(wl):
            out.append({"text": l, "kind": "body", "para": p, "li": li, "join": j})
            if not single or li == len(wl) - 1:
                out.append({"text": "", "kind": "blank"})
        for c in caps_after.get(p, []):
            for l in caption_lines(c, WIDTH["caption"]):
                out.append({"text": l, "kind": "cap"})
            out.append({"text": "", "kind": "blank"})
        for u in links_after.get(p, []):
            out.append({"text": u, "kind": "url"})
            out.append({"text": "", "kind": "blank"})
    n = len(out)

    def next_line(i):
        k = i + 1
        while k < n and out[k]["kind"] == "blank":
            k += 1
        return k

    # page breaks: after every URL line, and regular ones spread evenly
    forced = [i for i, e in enumerate(out) if e["kind"] == "url"]
    nreg = max(0, src["page_breaks"] - len(forced))
    body_idx = [i for i, e in enumerate(out) if e["kind"] == "body"]
    first, last = body_idx[0], body_idx[-1]
    span = 8 if not single else 4
    chosen = []
    for k in range(1, nreg + 1):
        target = int(n * k / (nreg + 1)) + src.get("page_shift", 0)
        best = None
        for i in body_idx:
            if i < first + span or i >= last:
                continue
            j = next_line(i)
            # a regular page break falls inside a paragraph, as all of the sample's do
            if j >= n or out[j]["kind"] != "body" or out[j]["para"] != out[i]["para"]:
                continue
            if any(abs(i - f) < (12 if not single else 6) for f in forced + chosen):
                continue
            if best is None or abs(i - target) < abs(best - target):
                best = i
        if best is not None:
            chosen.append(best)
    breaks = set(forced) | set(chosen)   # index of the line after which a page ends
    lines = []
    starts_page = {0}
    skip = set()
    for b in breaks:
        # drop the blank after line b (if any): the next line starts the page
        if out[b + 1]["kind"] == "blank":
            skip.add(b + 1)
        starts_page.add(next_line(b))
    joiner_after = {}    # (para, li) -> raw separator to the next line of that paragraph
    for i, e in enumerate(out):
        if i in skip:
            continue
        t = e["text"]
        if e["kind"] != "url":
            t = damage(t)
        if i in starts_page:
            t = " " + t
        lines.append(t)
        if e["kind"] == "body":
            if i in breaks:
                joiner_after[(e["para"], e["li"])] = "\n "
            else:
                joiner_after[(e["para"], e["li"])] = "\n" if single else "\n\n"
    raw = "\n".join(lines) + "\n "
    # pieces of each paragraph for the ocr_fixes
    pieces = []
    for p, wl in enumerate(para_lines):
        ps = []
        for li, (l, j) in enumerate(wl):
            ws = l.split(" ")
            for wi, w in enumerate(ws):
                lastw = wi == len(ws) - 1
                if not lastw:
                    ps.append({"clean": w, "sep": " ", "rsep": " ", "split": None})
                    continue
                rsep = joiner_after.get((p, li), "")
                if j == "space":
                    ps.append({"clean": w, "sep": " ", "rsep": rsep, "split": None})
                elif j == "hard":
                    ps.append({"clean": w, "sep": "", "rsep": rsep, "split": "hard"})
                elif j == "soft":
                    ps.append({"clean": w[:-1], "raw": w, "sep": "", "rsep": rsep, "split": "soft"})
                else:
                    ps.append({"clean": w, "sep": "", "rsep": "", "split": None})
        pieces.append(ps)
    return raw, pieces


def snippet(ps, a, b):
    clean = "".join(ps[k]["clean"] + (ps[k]["sep"] if k < b - 1 else "") for k in range(a, b))
    raw = "".join(damage(ps[k].get("raw", ps[k]["clean"])) + (ps[k]["rsep"] if k < b - 1 else "")
                  for k in range(a, b))
    return raw, clean


def ocr_fixes(pieces):
    """[raw, repaired] for every line-end hyphen and every lost Th of the body:
    the piece with some words of context; a Th already inside the context of
    an earlier pair gets no pair of its own."""
    out = []
    th = re.compile(r"(?<![A-Za-z])Th")
    for ps in pieces:
        fixes = []
        covered = set()
        for k, pc in enumerate(ps):
            if pc["split"]:
                a, b = max(0, k - 1), min(len(ps), k + 3)
                fixes.append((k, snippet(ps, a, b)))
            if th.search(pc["clean"]) and k not in covered:
                # the word and the next words: three words or ~20 characters
                b = k + 1
                while b < len(ps) and (b - k < 3 or len(snippet(ps, k, b)[1]) < 20) and b - k < 5:
                    b += 1
                a = k
                while b - a < 3 and a > 0 and not th.search(ps[a - 1]["clean"]) and not ps[a - 1]["split"]:
                    a -= 1
                covered.update(range(a, b))
                fixes.append((k, snippet(ps, a, b)))
        fixes.sort(key=lambda x: x[0])
        out.extend(list(f) for _, f in fixes)
    return out


def gold_for(src, raw, pieces):
    g = {
        "source": src["name"] + ".txt",
        "title": unsoft(src["title"]),
        "authors": src["authors"],
        "published": src["published"],
        "paragraphs": [unsoft(p) for p in src["paragraphs"]],
        "captions": [],
        "ocr_fixes": ocr_fixes(pieces),
    }
    if src.get("lead_caption"):
        g["captions"].append({"text": unsoft(src["lead_caption"]["text"]), "credit": src["lead_caption"]["credit"]})
    for c in src.get("captions", []):
        g["captions"].append({"text": unsoft(c["text"]), "credit": c["credit"]})
    for k in ("quotes", "non_quotes", "entities", "timexes", "timeline"):
        g[k] = src["gold"][k]
    return g


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    check = "--check" in argv
    srcdir = os.path.join(HERE, "src")
    stale = []
    for fn in sorted(os.listdir(srcdir)):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(srcdir, fn), encoding="utf-8") as f:
            src = json.load(f)
        raw, pieces = build(src)
        g = gold_for(src, raw, pieces)
        outs = {os.path.join(HERE, "corpus", src["name"] + ".txt"): raw,
                os.path.join(HERE, "gold", src["name"] + ".json"): dump(g)}
        for v in src.get("variants", []):
            gv = dict(g)
            gv["source"] = v
            gv["ocr_fixes"] = []
            outs[os.path.join(HERE, "gold", os.path.splitext(v)[0] + ".json")] = dump(gv)
        for path, text in outs.items():
            old = None
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    old = f.read()
            if old != text:
                stale.append(path)
                if not check:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
    if check and stale:
        print("stale: " + " ".join(os.path.relpath(p, HERE) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
