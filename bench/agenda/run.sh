#!/usr/bin/env bash
# Agenda bench (bench/COMPARE.md, "Agenda"): p95 of GET /api/agenda under load with wrk, against GET /api/contacts (the
# contacts list, reference) in the same run, and the cold wall time of `allies agenda`, on a demo account of 10,000
# contacts and ~1,000,000 interactions.
#   bench/agenda/run.sh <database: sqlite file | postgres connection string> [duration=20s] [connections=4]
# Build the database once (minutes): ./allies demo --contacts 10000 --interactions 1110000 --database <db>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
db=$1; duration=${2:-20s}; conns=${3:-4}; port=${PORT:-5917}
out=$(mktemp -d)
# The repository's ./allies, as a user runs it (built once, ReadyToRun, into .allies/cli).
./allies --version >/dev/null
allies() { ./allies "$@" --database "$db" --user demo@allies.local; }

echo "load before: $(cat /proc/loadavg)"
s=$(date +%s.%N); allies agenda >/dev/null; e=$(date +%s.%N)
echo "allies agenda, first run (migrations + tie states built if new): $(echo "$e - $s" | bc) s"
for i in 1 2 3; do
  s=$(date +%s.%N); allies agenda >/dev/null; e=$(date +%s.%N)
  echo "allies agenda, cold process $i: $(echo "$e - $s" | bc) s"
done
export ALLIES_TOKEN=$(allies token create "bench-$$" | tail -n 1)

./allies serve --urls "http://127.0.0.1:$port" --database "$db" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null -H "Authorization: Bearer $ALLIES_TOKEN" "http://127.0.0.1:$port/api/agenda" && break; sleep 1; done
for url in /api/agenda /api/contacts?pageSize=25; do
  wrk -t2 -c"$conns" -d5s --timeout 10s -s bench/agenda/p95.lua "http://127.0.0.1:$port$url" >/dev/null   # warm-up
  echo "load: $(cat /proc/loadavg)"
  echo "$url: $(wrk -t2 -c"$conns" -d"$duration" --timeout 10s -s bench/agenda/p95.lua "http://127.0.0.1:$port$url" | tail -n 1)"
done
