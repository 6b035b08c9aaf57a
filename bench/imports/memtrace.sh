#!/usr/bin/env bash
# Memory through one mbox import: samples /proc/<pid>/status every 0.2 s (RSS and its anonymous, file and shared parts)
# and keeps the last /proc/<pid>/smaps, to see when memory grows and in which mappings.
#   bench/imports/memtrace.sh /tmp/allies-bench-imports/mail-1024.mbox /tmp/trace.txt
set -euo pipefail
MBOX=$1; OUT=$2; ALLIES=${ALLIES:-./allies}
DB=$(mktemp -d)/trace.db
trap 'rm -rf "$(dirname "$DB")"' EXIT
$ALLIES account create bench@example.com --password "bench bench bench" --database "$DB" >/dev/null
$ALLIES import outlook /tmp/allies-bench-imports/contacts.csv --database "$DB" --own-email me@home.example >/dev/null
$ALLIES import mbox "$MBOX" --database "$DB" >/dev/null &
PID=$!
START=$(date +%s.%N); : > "$OUT"
while kill -0 $PID 2>/dev/null; do
  if status=$(grep -E 'VmRSS|RssAnon|RssFile|RssShmem' /proc/$PID/status 2>/dev/null); then
    echo "$(echo "$(date +%s.%N) - $START" | bc | cut -c1-5) s $(awk '{printf "%s %s KB  ", $1, $2}' <<<"$status")" >> "$OUT"
    cp /proc/$PID/smaps "$OUT.smaps" 2>/dev/null || true
  fi
  sleep 0.2
done
wait $PID
cat "$OUT"
