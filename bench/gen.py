#!/usr/bin/env python3
"""Make a benchmark corpus from corpus/: OUT_DIR MEGABYTES [SEED].

Each document is a variant of a corpus document, damaged as the sample is:
names swapped for others from the same pool, numbers and years changed, and
the order of the body's sentences-ending chunks shuffled, so that content
hashes differ while the shape (Th glyphs, hard wraps, captions) stays.
Deterministic for a seed."""
import os
import random
import re
import sys

out, mb = sys.argv[1], float(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
src = [os.path.join("corpus", f) for f in sorted(os.listdir("corpus"))
       if os.path.isfile(os.path.join("corpus", f))]
docs = [open(p, encoding="utf-8", errors="surrogateescape").read() for p in src]
names = sorted({w for d in docs for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]{3,}", d)})
os.makedirs(out, exist_ok=True)
total, i, limit = 0, 0, int(mb * 1024 * 1024)
while total < limit:
    k = i % len(docs)
    text = docs[k]
    swap = dict(zip(names, rng.sample(names, len(names))))
    text = re.sub(r"(?<=[a-z,] )[A-Z][a-z]{3,}", lambda m: swap.get(m.group(0), m.group(0)), text)
    text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.randint(1990, 2030)), text)
    text = re.sub(r"\b\d{1,2}\b", lambda m: str(rng.randint(1, 28)), text)
    if src[k].endswith(".txt"):
        lines = text.split("\n")
        head, body = lines[:14], lines[14:]
        chunks, cur = [], []
        for ln in body:
            cur.append(ln)
            if re.search(r"[.?!][”\"’]?$", ln):
                chunks.append(cur)
                cur = []
        chunks.append(cur)
        rng.shuffle(chunks)
        text = "\n".join(head + [ln for c in chunks for ln in c])
    ext = os.path.splitext(src[k])[1] or ".txt"
    name = os.path.join(out, "%02d" % (i % 100), "doc%07d%s" % (i, ext))
    os.makedirs(os.path.dirname(name), exist_ok=True)
    data = text.encode("utf-8", errors="surrogateescape")
    with open(name, "wb") as f:
        f.write(data)
    total += len(data)
    i += 1
print("%d documents, %.1f MB" % (i, total / 1048576))
