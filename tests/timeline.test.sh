#!/bin/sh
# kiji timeline: the JSON, CSV and TimelineJS outputs, the filters, and one
# event for one happening told by two documents.
. tests/lib.sh

cat >"$T/a.txt" <<'EOF'
Rail talks resume in Seoul

Jan 10, 2024

Transport ministers from the two countries met in Seoul on Monday to restart rail talks.

The first proposal for the line dates back to 1998, and talks collapsed in March 2019.
EOF
cat >"$T/b.txt" <<'EOF'
Ministers revive rail plan

Jan 10, 2024

Transport ministers from the two countries met in Seoul on Monday to restart the rail talks.

Construction could begin in the second half of next year.
EOF
cat >"$T/c.txt" <<'EOF'
Rail line opens after decades of delays

Jun 3, 2026

The line opened on Saturday in Busan, nearly three decades after it was first proposed.
EOF
"$KIJI" ingest -q --db "$T/t.db" "$T/a.txt" "$T/b.txt" "$T/c.txt" >"$T/ingest.out" 2>&1

tl() { "$KIJI" timeline --db "$T/t.db" "$@"; }

# json: sorted, merged, with the fields the README promises
tl --format json >"$T/all.json"
status 0 "timeline json" tl
got=$(python3 -c '
import json, sys
ev = json.load(open(sys.argv[1]))
print(" ".join(e["date"] for e in ev))' "$T/all.json")
same "dates in order" "$got" "1998 2019-03 2024-01-08 2025-H2 2026-05-30"
got=$(python3 -c '
import json, sys
ev = json.load(open(sys.argv[1]))
e = [e for e in ev if e["date"] == "2024-01-08"][0]
print(len(e["sources"]), sorted(e) == sorted(["date", "mod", "label", "text", "when", "source",
      "sources", "title", "published", "entities", "quote"]), e["when"], e["label"])' "$T/all.json")
same "one event, two sources" "$got" "2 True Monday 8 January 2024"

# filters: dates bound the day an event sits on
count() { python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'; }
same "--since 2024" "$(tl --since 2024 | count)" 3
same "--until 2019-03" "$(tl --until 2019-03 | count)" 2
same "--since 2024-01-09 --until 2025" "$(tl --since 2024-01-09 --until 2025 | count)" 1
same "--since after everything" "$(tl --since 2030 | count)" 0
status 2 "bad --since" tl --since yesterday
status 2 "bad --format" tl --format xml

# --entity: events whose sentence names it (needs the entity stage)
if "$KIJI" sql --db "$T/t.db" "SELECT name FROM entities" | grep -q Busan; then
    same "--entity Busan" "$(tl --entity busan | count)" 1
else
    pass
fi
same "--entity nobody" "$(tl --entity 'Nobody Atall' | count)" 0
same "--speaker nobody" "$(tl --speaker 'Nobody Atall' | count)" 0

# csv: a header and one row per event
tl --format csv >"$T/t.csv"
same "csv header" "$(head -n 1 "$T/t.csv" | tr -d '\r')" \
    "date,mod,label,text,source,title,published,entities,quote,speaker"
same "csv rows" "$(python3 -c 'import csv, sys; print(len(list(csv.reader(open(sys.argv[1])))) - 1)' "$T/t.csv")" 5

# TimelineJS 3: start_date parts as its viewer wants them, a span for a half
tl --format timelinejs >"$T/tljs.json"
got=$(python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
ev = t["events"]
h = [e for e in ev if e["display_date"] == "second half of 2025"][0]
d = [e for e in ev if e["start_date"].get("day") == "30"][0]
print(len(ev), h["start_date"], h["end_date"]["month"], d["start_date"]["month"], "text" in d["text"])' "$T/tljs.json")
same "timelinejs" "$got" "5 {'year': '2025', 'month': '7', 'day': '1'} 12 5 True"

# an empty database gives an empty timeline, not an error
"$KIJI" ingest -q --db "$T/empty.db" /dev/null >/dev/null 2>&1
same "empty json" "$("$KIJI" timeline --db "$T/empty.db" 2>/dev/null)" "[]"
summary timeline
