#!/bin/sh
# The timeline's HTML page in headless Chromium: it renders with the network
# shut (the page's Content-Security-Policy allows no load), every event is on
# the page in date order, the script ran, and screenshots (desktop, phone)
# and a PDF print are kept in $BUILD as artefacts:
#   $BUILD/timeline.html  $BUILD/timeline.png  $BUILD/timeline-phone.png
#   $BUILD/timeline.pdf
# Without Chromium (Debian's `chromium`) the suite fails and says so.
. tests/lib.sh
BUILD=${BUILD:-build}
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
    echo "  FAIL: chromium is not installed: apt-get install chromium (or make deps-check)"
    echo "timeline_html: 0 passed, 1 failed"
    exit 1
fi

# Three stories: two tell one meeting (merged), one is two years later.
cat >"$T/a.txt" <<'EOF'
Rail talks resume in Seoul

Jan 10, 2024

Transport ministers from the two countries met in Seoul on Monday to restart rail talks.

"We are ready to build this line as soon as possible," Transport Minister Park Ji-hoon said on Tuesday.

The first proposal for the line dates back to 1998, and talks collapsed in March 2019.
EOF
cat >"$T/b.txt" <<'EOF'
Ministers revive rail plan

Jan 10, 2024

Transport ministers from the two countries met in Seoul on Monday to restart the rail talks.

Construction could begin in the second half of next year, officials said.
EOF
cat >"$T/c.txt" <<'EOF'
Rail line opens after decades of <delays> & cost overruns

Jun 3, 2026

The line opened on Saturday, nearly three decades after it was first proposed.
EOF
set -- "$T"/a.txt "$T"/b.txt "$T"/c.txt
SHARED=${SHARED:-../shared}
[ -d "$SHARED/corpus" ] && set -- "$@" "$SHARED"/corpus/*
"$KIJI" ingest -q --db "$T/t.db" "$@" >"$T/ingest.out" 2>&1
check "timeline html" sh -c '"$0" timeline --db "$1" --format html >"$2"' "$KIJI" "$T/t.db" "$T/page.html"
"$KIJI" timeline --db "$T/t.db" --format json >"$T/t.json"
mkdir -p "$BUILD"
cp "$T/page.html" "$BUILD/timeline.html"

# nothing on the page loads from elsewhere
lacks "no external script" "$T/page.html" "<script src"
lacks "no stylesheet link" "$T/page.html" "<link"
lacks "no images" "$T/page.html" "<img"
contains "a policy forbidding loads" "$T/page.html" "default-src 'none'"
contains "titles escaped" "$T/page.html" "decades of &lt;delays&gt; &amp; cost"

run_chromium() { # ARGS...: headless, no network, a fresh profile, 120 s at most
    prof=$(mktemp -d)
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --disable-dev-shm-usage --user-data-dir="$prof" \
        --proxy-server=127.0.0.1:9 --hide-scrollbars "$@" 2>>"$T/chromium.err"
    rc=$?
    rm -rf "$prof"
    return $rc
}

run_chromium --dump-dom "file://$T/page.html" >"$T/dom.html"
if [ ! -s "$T/dom.html" ]; then
    fail "chromium rendered nothing"; sed 's/^/    /' "$T/chromium.err" | tail -n 5
else
    pass
    # the rendered events: their count, their order, the script having run
    out=$(python3 - "$T/dom.html" "$T/t.json" <<'PY'
import html.parser, json, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.events = []; self.filter_hidden = None; self.years = []
        self.in_h2 = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "li" and a.get("class") == "event":
            self.events.append((int(a["data-key"]), a["data-date"]))
        if tag == "input" and a.get("id") == "filter":
            self.filter_hidden = "hidden" in a
        self.in_h2 = tag == "h2"
    def handle_data(self, d):
        if self.in_h2 and d.strip():
            self.years.append(int(d.strip()))
        self.in_h2 = False
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
want = [e["date"] for e in json.load(open(sys.argv[2], encoding="utf-8"))]
keys = [k for k, _ in p.events]
print("count", "ok" if len(p.events) == len(want) and want else "bad %d vs %d" % (len(p.events), len(want)))
print("order", "ok" if keys == sorted(keys) else "bad %s" % keys)
print("dates", "ok" if [d for _, d in p.events] == want else "bad")
print("years", "ok" if p.years == sorted(set(p.years)) and p.years else "bad %s" % p.years)
print("script", "ok" if p.filter_hidden is False else "bad")
PY
)
    for what in count order dates years script; do
        got=$(printf '%s\n' "$out" | awk -v w="$what" '$1 == w { $1 = ""; sub(/^ /, ""); print }')
        same "rendered $what" "$got" "ok"
    done
fi

# screenshots and a print, kept as build artefacts
rm -f "$BUILD/timeline.png" "$BUILD/timeline-phone.png" "$BUILD/timeline.pdf"
run_chromium --screenshot="$BUILD/timeline.png" --window-size=1280,1600 "file://$T/page.html" >/dev/null
run_chromium --screenshot="$BUILD/timeline-phone.png" --window-size=412,1400 "file://$T/page.html" >/dev/null
run_chromium --print-to-pdf="$BUILD/timeline.pdf" --no-pdf-header-footer "file://$T/page.html" >/dev/null
for f in timeline.png timeline-phone.png; do
    if [ -s "$BUILD/$f" ] && head -c 8 "$BUILD/$f" | od -An -c | grep -q 'P   N   G'; then pass
    else fail "screenshot $BUILD/$f"; fi
done
if [ -s "$BUILD/timeline.pdf" ] && head -c 5 "$BUILD/timeline.pdf" | grep -q '%PDF'; then pass
else fail "print $BUILD/timeline.pdf"; fi
summary timeline_html
