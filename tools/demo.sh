#!/bin/sh
# make demo: ingest corpus/ into a fresh demo.db, then show who said what and
# the timeline.  $1 is the kiji binary.  corpus/ holds the sample article in
# every format kiji reads, so each quote is there once per format: the quote
# list below shows the text version's, the timeline merges the copies.
set -e
KIJI=${1:-build/kiji}
DB=${DEMO_DB:-demo.db}
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "== kiji ingest --db $DB corpus/"
"$KIJI" ingest --db "$DB" --stats corpus/ || true
echo
echo "== the documents (one article, five formats)"
"$KIJI" sql --db "$DB" "select id, format, published, title from documents order by id"
echo
echo "== who said what (kiji quotes, the .txt copy)"
"$KIJI" sql --db "$DB" "select speaker, kind, quote from quote_view where source like '%.txt' order by quote_id"
echo
echo "== kiji quotes --speaker Murano --format csv"
"$KIJI" quotes --db "$DB" --speaker Murano --format csv | grep -e '^date' -e '\.txt$'
echo
echo "== kiji timeline (events merged across the five copies)"
"$KIJI" timeline --db "$DB" --format csv | cut -c1-150
echo
echo "Next: $KIJI timeline --db $DB --format html > timeline.html   (open it in a browser)"
echo "      $KIJI sql --db $DB 'select * from entity_docs'        (man kiji for the rest)"
