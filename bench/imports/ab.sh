#!/usr/bin/env bash
# A/B of mbox imports: alternates fresh imports of one generated mbox with each CLI given (or with each environment,
# see below), N rounds, and prints the median wall and CPU (user + sys) time of each. Alternating keeps a slow minute on
# this shared machine from favouring one side. Run it under `flock /work/bench.lock` so timed runs never overlap.
#   bench/imports/ab.sh 5 /tmp/cli-old/allies ./.allies/cli/allies
#   ENVS=1 bench/imports/ab.sh 5 "X=1" "DOTNET_TieredCompilation=0"      (one CLI, $ALLIES, several environments)
# Inputs: bench/imports.sh's /tmp/allies-bench-imports (mail-$MB.mbox, contacts.csv); MB=520 by default.
set -euo pipefail
N=$1; shift
W=/tmp/allies-bench-imports; MB=${MB:-520}; ALLIES=${ALLIES:-./allies}
FRESH=$(mktemp -d)/fresh.db
trap 'rm -rf "$(dirname "$FRESH")"' EXIT
$ALLIES account create bench@example.com --password "bench bench bench" --database "$FRESH" >/dev/null
$ALLIES import outlook "$W/contacts.csv" --database "$FRESH" --own-email me@home.example >/dev/null
declare -A WALL CPU
for _ in $(seq "$N"); do
  for side in "$@"; do
    db=$(dirname "$FRESH")/run.db; rm -f "$db"*; cp "$FRESH" "$db"
    if [[ -n ${ENVS:-} ]]; then cmd=(env $side $ALLIES); else cmd=("$side"); fi
    /usr/bin/time -o "$db.time" -f "%e %U %S" "${cmd[@]}" import mbox "$W/mail-$MB.mbox" --database "$db" >/dev/null 2>&1
    read -r wall user sys < "$db.time"
    WALL[$side]+=" $wall"; CPU[$side]+=" $(echo "$user + $sys" | bc)"
  done
done
median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for side in "$@"; do
  echo "wall $(median "${WALL[$side]}") s [${WALL[$side]} ], cpu $(median "${CPU[$side]}") s [${CPU[$side]} ]: $side"
done
echo "load $(cat /proc/loadavg)"
