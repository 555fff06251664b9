#!/usr/bin/env python3
"""Turn the clean heldout3 articles into PDF-extraction damaged text and gold.

The layout and the damage are those of tests/heldout2/make_damage.py (itself
from tests/heldout): same Times-Roman widths fitted to the shared sample, same
lost-"Th" damage, same caption / byline / dateline / link-card / page-break
layout. Added here:

  * a second print template ("template": "alt"), standing for another
    outlet's PDF: mixed-case byline ("By Haruka Kitamura") with a role line
    ("Kyodo"), a dateline with a time ("Dec 19, 2023 at 5:04 p.m.") or an
    "Updated" prefix, a wider headline measure, no link cards, and
    single-spaced body lines with a blank line between paragraphs;
  * compact annotations in the sources, expanded into the gold format of
    /work/shared/gold/FORMAT.md (see README.md, "Sources").

usage: make_damage.py [--check]      (run from anywhere)

Reads src/NAME.json and writes
  corpus/NAME.txt     the damaged document
  gold/NAME.json      its gold (derived fields computed, annotations expanded)
  gold/VARIANT.json   the same gold for each html/xml variant, with that file
                      as source and no ocr_fixes (make_pages.py writes the pages)
Deterministic: the same sources give the same bytes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOFT = "\u00ad"

# Advance widths (1/1000 em), as in tests/heldout2/make_damage.py.
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

WIDTH = {"jt": {"headline": 10.5, "lead": 31.5, "caption": 37.0, "body": 29.0},
         "alt": {"headline": 15.5, "lead": 33.0, "caption": 33.0, "body": 30.5}}

KINDS = {"d": "direct", "p": "partial", "i": "indirect"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}


def width(s):
    return sum(_W.get(c, 500) for c in s) / 1000.0


def damage(s):
    """The Th ligature lost: word-initial capital T + small h -> straight quote."""
    return re.sub(r"(?<![A-Za-z])Th", '"', s)


def unsoft(s):
    return s.replace(SOFT, "")


def breaks_in(word):
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
    """Greedy wrap -> [(line, join)], join in space / hard / soft / end."""
    words = text.split(" ")
    lines = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        trial = (cur + " " + w) if cur else w
        if width(unsoft(trial)) <= limit or not cur:
            if not cur and width(unsoft(w)) > limit:
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
    """Lay the article out; returns (raw_text, pieces)."""
    W = WIDTH[src.get("template", "jt")]
    out = []
    for l, _ in wrap(src["title"], W["headline"]):
        out.append({"text": l, "kind": "head"})
    out.append({"text": "", "kind": "blank"})
    lead = src.get("lead_caption")
    if lead:
        for l in caption_lines(lead, W["lead"]):
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
        wl = wrap(para, W["body"])
        para_lines.append(wl)
        for li, (l, j) in enumerate(wl):
            out.append({"text": l, "kind": "body", "para": p, "li": li, "join": j})
            if not single or li == len(wl) - 1:
                out.append({"text": "", "kind": "blank"})
        for c in caps_after.get(p, []):
            for l in caption_lines(c, W["caption"]):
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
            if j >= n or out[j]["kind"] != "body" or out[j]["para"] != out[i]["para"]:
                continue
            if any(abs(i - f) < (12 if not single else 6) for f in forced + chosen):
                continue
            if best is None or abs(i - target) < abs(best - target):
                best = i
        if best is not None:
            chosen.append(best)
    breaks = set(forced) | set(chosen)
    lines = []
    starts_page = {0}
    skip = set()
    for b in breaks:
        if out[b + 1]["kind"] == "blank":
            skip.add(b + 1)
        starts_page.add(next_line(b))
    joiner_after = {}
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
    """[raw, repaired] for every line-end hyphen and every lost Th of the body."""
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


# ------------------------------------------------------------ compact annotations
def expand_quotes(src):
    spk = src["gold"].get("speakers", {})
    out = []
    for q in src["gold"]["quotes"]:
        kind, text, speaker = q[0], q[1], q[2]
        opt = kind.endswith("?")
        d = {"text": text, "kind": KINDS[kind.rstrip("?")], "speaker": speaker}
        acc = list(q[3]) if len(q) > 3 else list(spk.get(speaker, []))
        if acc:
            d["accept"] = acc
        if opt:
            d["optional"] = True
        out.append(d)
    return out


def expand_entities(src):
    out = []
    for e in src["gold"]["entities"]:
        name, typ = e[0], e[1]
        d = {"name": name, "type": typ.rstrip("?")}
        if len(e) > 2:
            d["aliases"] = list(e[2:])
        if typ.endswith("?"):
            d["optional"] = True
        out.append(d)
    return out


def expand_timexes(src):
    out = []
    for t in src["gold"]["timexes"]:
        parts = [p.strip() for p in t.split("|")]
        d = {"text": parts[0], "value": parts[1], "type": parts[2]}
        for p in parts[3:]:
            if p == "?":
                d["optional"] = True
            elif p.startswith("@"):
                d["where"] = p[1:]
            elif p in MODS:
                d["mod"] = p
            else:
                raise ValueError(f"{src['name']}: bad timex field {p!r} in {t!r}")
        out.append(d)
    return out


def expand_timeline(src):
    return [{"value": t[0], "keywords": list(t[1:])} for t in src["gold"]["timeline"]]


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
    g["quotes"] = expand_quotes(src)
    g["non_quotes"] = list(src["gold"].get("non_quotes", []))
    g["entities"] = expand_entities(src)
    g["timexes"] = expand_timexes(src)
    g["timeline"] = expand_timeline(src)
    return g


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def load_sources():
    srcdir = os.path.join(HERE, "src")
    out = []
    for fn in sorted(os.listdir(srcdir)):
        if fn.endswith(".json"):
            with open(os.path.join(srcdir, fn), encoding="utf-8") as f:
                out.append(json.load(f))
    return out


def main(argv):
    check = "--check" in argv
    stale = []
    for src in load_sources():
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
