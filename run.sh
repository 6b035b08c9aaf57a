#!/usr/bin/env bash
# Starts Allies on this machine with nothing configured: SQLite in ./.allies, a demo network, http://127.0.0.1:5080.
#   PORT=8080 ./run.sh                     another port
#   ALLIES_URLS=http://0.0.0.0:5080 ./run.sh   listen elsewhere
#   ALLIES_DATABASE=/path/to/allies.db or "Host=...;Database=allies;Username=..." ./run.sh
#   ALLIES_DEMO=0 ./run.sh                 no demo network (ALLIES_DEMO=10000 for a big one)
set -euo pipefail

caller="$PWD"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "run.sh: the .NET SDK is missing; install .NET 10 (https://dot.net) and run ./run.sh again." >&2
  exit 1
fi

database="${ALLIES_DATABASE:-$root/.allies/allies.db}"
# A relative SQLite path is taken from where run.sh was called; connection strings are left as they are.
if [[ "$database" != *=* && "$database" != postgres://* && "$database" != postgresql://* && "$database" != /* ]]; then
  database="$caller/$database"
fi
port="${PORT:-5080}"
urls="${ALLIES_URLS:-http://127.0.0.1:$port}"
demo="${ALLIES_DEMO:-300}"
app="$root/.allies/app"
mkdir -p "$root/.allies"

echo "Building Allies (Release)..."
if ! dotnet publish src/Allies.Web/Allies.Web.csproj -c Release -o "$app" --nologo -v quiet >"$root/.allies/build.log" 2>&1; then
  cat "$root/.allies/build.log" >&2
  echo "run.sh: the build failed (log above, also in .allies/build.log)." >&2
  exit 1
fi

url="${urls%%;*}"
echo
echo "  Allies:        $url"
if [[ "$demo" != "0" ]]; then
  echo "  Demo account:  demo@allies.local / allies-demo   ($demo contacts, created on first start)"
fi
echo "  Database:      ${database%%Password=*}"
echo "  Stop with Ctrl+C."
echo

export ALLIES_DATABASE="$database"
export ALLIES_DEMO="$demo"
# The published folder is the content root, so its static files are found whatever the current directory.
cd "$app"
# EF Core logs every SQL command at Information: too much for a console, and it slows the demo seeding.
exec dotnet Allies.Web.dll --urls "$urls" --Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning
