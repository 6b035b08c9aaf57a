#!/usr/bin/env bash
# Runs the contacts list/search benchmark (bench/COMPARE.md) on SQLite and on a throw-away PostgreSQL cluster.
#   bench/run.sh                          10k and 100k contacts, both providers, 200 requests per series
#   bench/run.sh --contacts 10000 --providers sqlite --requests 100
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDIR=$(mktemp -d)
chown postgres "$PGDIR"
as_postgres() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
cleanup() { as_postgres "$PGBIN/pg_ctl -D '$PGDIR/data' -m fast -w stop" >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap cleanup EXIT
port=54339
as_postgres "$PGBIN/initdb -D '$PGDIR/data' -U postgres --auth=trust -E UTF8" >/dev/null
as_postgres "$PGBIN/pg_ctl -D '$PGDIR/data' -l '$PGDIR/log' -w -o \"-p $port -k $PGDIR -c listen_addresses=127.0.0.1\" start" >/dev/null
export ALLIES_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"

dotnet build bench/Allies.Bench -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet bench/Allies.Bench/bin/Release/net10.0/Allies.Bench.dll "$@"
