#!/bin/sh
# make demo: ingest corpus/ into a fresh demo.db, then show who said what and
# the timeline.  $1 is the kiji binary.
set -e
KIJI=${1:-build/kiji}
DB=${DEMO_DB:-demo.db}
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "== kiji ingest --db $DB corpus/"
"$KIJI" ingest --db "$DB" --stats corpus/ || true
echo
echo "== documents"
"$KIJI" sql --db "$DB" "select id, format, published, title from documents order by id"
echo
echo "== kiji quotes (who said what)"
"$KIJI" quotes --db "$DB"
echo
echo "== kiji timeline"
"$KIJI" timeline --db "$DB" --format csv
echo
echo "Next: $KIJI quotes --db $DB --speaker NAME, $KIJI sql --db $DB 'select ...',"
echo "      $KIJI timeline --db $DB --format html > timeline.html"
