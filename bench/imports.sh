#!/usr/bin/env bash
# Import benchmarks (issue 6): mbox ingest into SQLite against `cat > /dev/null` and Python's mailbox module (parse only),
# peak memory for a small and a large mbox, and a 100,000-card vCard import. Inputs are generated under /tmp (not committed).
# Usage: bench/imports.sh [MBOX_MB=600] [BIG_MB=1024] [CARDS=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-600}; BIG=${2:-1024}; CARDS=${3:-100000}
W=/tmp/allies-bench-imports; mkdir -p "$W"
PY=/usr/bin/python3
# The repository's ./allies, as a user runs it (built once, ReadyToRun, into .allies/cli).
./allies --version >/dev/null
ALLIES="./allies"
secs() { local s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}'; }
fresh() { rm -f "$1"*; $ALLIES account create bench@example.com --password "bench bench bench" --database "$1" >/dev/null
          $ALLIES import outlook "$W/contacts.csv" --database "$1" --own-email me@home.example >/dev/null; }

echo "## mbox ingest ($MB MB)"; echo "load before: $(cat /proc/loadavg)"
[[ -f $W/mail-$MB.mbox ]] || $PY bench/imports/gen_mbox.py "$W/mail-$MB.mbox" "$MB" "$W/contacts.csv" >/dev/null
SIZE=$(stat -c %s "$W/mail-$MB.mbox")
cat "$W/mail-$MB.mbox" > /dev/null
RAW=$(secs cat "$W/mail-$MB.mbox"); echo "cat > /dev/null: $RAW s"
PYT=$(secs $PY bench/imports/python_mailbox.py "$W/mail-$MB.mbox"); echo "python mailbox parse-only: $PYT s"
fresh "$W/ingest.db"
ING=$(secs $ALLIES import mbox "$W/mail-$MB.mbox" --database "$W/ingest.db"); echo "allies import mbox (SQLite): $ING s"
$ALLIES import mbox "$W/mail-$MB.mbox" --database "$W/ingest.db" --json | $PY -c 'import json,sys; r=json.load(sys.stdin); print("second run (idempotent):", r["read"], "read,", r["added"], "added")'
echo "MB/s: raw $(echo "$SIZE/1048576/$RAW" | bc -l | cut -c1-6), python $(echo "$SIZE/1048576/$PYT" | bc -l | cut -c1-6), allies $(echo "$SIZE/1048576/$ING" | bc -l | cut -c1-6)"
echo "allies vs python: $(echo "$PYT/$ING" | bc -l | cut -c1-5)x; allies vs raw read: $(echo "100*$RAW/$ING" | bc -l | cut -c1-5) %"
echo "load after: $(cat /proc/loadavg)"
# The same three from a cold page cache (the file read from disk, as right after a download or a reboot), when this
# user may drop the cache (root); each run starts cold.
if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
  COLD_RAW=$(secs cat "$W/mail-$MB.mbox"); echo 3 > /proc/sys/vm/drop_caches
  COLD_PY=$(secs $PY bench/imports/python_mailbox.py "$W/mail-$MB.mbox"); fresh "$W/ingest.db"; sync; echo 3 > /proc/sys/vm/drop_caches
  COLD_ING=$(secs $ALLIES import mbox "$W/mail-$MB.mbox" --database "$W/ingest.db")
  echo "cold cache: cat $COLD_RAW s, python $COLD_PY s, allies $COLD_ING s; allies vs python $(echo "$COLD_PY/$COLD_ING" | bc -l | cut -c1-5)x, vs raw read $(echo "100*$COLD_RAW/$COLD_ING" | bc -l | cut -c1-5) %"
fi

echo "## peak memory"
[[ -f $W/mail-10.mbox ]] || $PY bench/imports/gen_mbox.py "$W/mail-10.mbox" 10 >/dev/null
fresh "$W/m10.db"; echo "10 MB: $(rss $ALLIES import mbox "$W/mail-10.mbox" --database "$W/m10.db") KB max RSS"
[[ -f $W/mail-100.mbox ]] || $PY bench/imports/gen_mbox.py "$W/mail-100.mbox" 100 >/dev/null
fresh "$W/m100.db"; echo "100 MB: $(rss $ALLIES import mbox "$W/mail-100.mbox" --database "$W/m100.db") KB max RSS"
fresh "$W/m$MB.db"; echo "$MB MB: $(rss $ALLIES import mbox "$W/mail-$MB.mbox" --database "$W/m$MB.db") KB max RSS"
[[ -f $W/mail-$BIG.mbox ]] || $PY bench/imports/gen_mbox.py "$W/mail-$BIG.mbox" "$BIG" >/dev/null
fresh "$W/mbig.db"; echo "$BIG MB: $(rss $ALLIES import mbox "$W/mail-$BIG.mbox" --database "$W/mbig.db") KB max RSS"
echo "load: $(cat /proc/loadavg)"

echo "## vCard import ($CARDS cards)"
[[ -f $W/cards-$CARDS.vcf ]] || $PY bench/imports/gen_vcards.py "$W/cards-$CARDS.vcf" "$CARDS"
rm -f "$W/cards.db"*; $ALLIES account create bench@example.com --password "bench bench bench" --database "$W/cards.db" >/dev/null
VC=$(secs $ALLIES import vcard "$W/cards-$CARDS.vcf" --database "$W/cards.db"); echo "import: $VC s, $(echo "$CARDS/$VC" | bc -l | cut -c1-7) cards/s"
VC2=$(secs $ALLIES import vcard "$W/cards-$CARDS.vcf" --database "$W/cards.db"); echo "second (idempotent) run: $VC2 s"
echo "load: $(cat /proc/loadavg)"
