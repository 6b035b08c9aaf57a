#!/usr/bin/env bash
# The one test command, locally and in CI: installs what is missing, builds, checks format and migrations,
# runs every test project against a throw-away PostgreSQL cluster, and ends with `tests: N passed, N failed`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
START=$SECONDS
STEP_START=$SECONDS
PROBLEMS=()        # checks that failed outside the tests (build, format, migrations, crashed projects)
FAILED_TESTS=()
PASSED=0
FAILED=0
SKIPPED=0
PG_DIR=""
PG_BIN=""
RESULTS_DIR=""

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() {
  STEP_START=$SECONDS
  echo
  echo "==> $*"
}

step_done() {
  echo "    ($(( SECONDS - STEP_START ))s, $(( SECONDS - START ))s in all)"
}

as_postgres() {
  # initdb and pg_ctl refuse to run as root.
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -s /bin/bash -c "$1"
  else
    bash -c "$1"
  fi
}

cleanup() {
  local status=$?
  if [[ -n $PG_DIR && -d $PG_DIR ]]; then
    if [[ -f $PG_DIR/data/postmaster.pid ]]; then
      as_postgres "$PG_BIN/pg_ctl -D '$PG_DIR/data' -m fast -w stop" >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
  fi
  if [[ -n $RESULTS_DIR && -d $RESULTS_DIR && -z ${ALLIES_KEEP_RESULTS:-} ]]; then
    rm -rf "$RESULTS_DIR"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

fail_early() {
  # A problem that leaves nothing to test: report it and end with the usual summary.
  PROBLEMS+=("$1")
  summary
}

install_missing() {
  step "Checking system packages (postgresql, chromium, python3-vobject, khal)"
  local missing=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  # vCard exports are read back by another program's parser (tests/Allies.Data.Tests/Imports/VCardExportTests.cs).
  /usr/bin/python3 -c "import vobject" 2>/dev/null || missing+=(python3-vobject)
  # The calendar feed is read by khal (tests/Allies.Web.Tests/Agenda).
  [[ -x /usr/bin/khal ]] || missing+=(khal)
  if (( ${#missing[@]} > 0 )); then
    if [[ $(id -u) -ne 0 ]]; then
      fail_early "packages: ${missing[*]} missing; install them (apt-get install ${missing[*]}) or run ./test.sh as root"
    fi
    echo "Installing ${missing[*]}..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "All present."
  fi
  step_done
}

start_postgres() {
  step "Starting a throw-away PostgreSQL cluster"
  if [[ -n ${ALLIES_TEST_POSTGRES:-} ]]; then
    echo "Using the server given in ALLIES_TEST_POSTGRES."
    step_done
    return
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  local port=54329
  while port_busy "$port"; do
    port=$(( port + 1 ))
    if (( port > 54429 )); then
      fail_early "postgres: no free port between 54329 and 54429"
    fi
  done
  PG_DIR=$(mktemp -d -t allies-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [[ $(id -u) -eq 0 ]] && chown postgres "$PG_DIR"
  as_postgres "$PG_BIN/initdb -D '$PG_DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; fail_early "postgres: initdb failed (its output is above)"; }
  as_postgres "$PG_BIN/pg_ctl -D '$PG_DIR/data' -l '$PG_DIR/log' -w -o \"-p $port -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null \
    || { cat "$PG_DIR/log" >&2; fail_early "postgres: the test server did not start (its log is above)"; }
  export ALLIES_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DIR)"
  step_done
}

run_check() {
  # run_check "what failed" command...: records a problem instead of stopping, so every result is still counted.
  local what=$1
  shift
  if ! "$@"; then
    PROBLEMS+=("$what")
    echo "FAILED: $what" >&2
  fi
}

# Prints "outcome<TAB>test name<TAB>why" for each test result in a TRX file (attributes in any order, entities
# decoded); "why" is the start of the failure message on one line, empty for a test that passed.
trx_results() {
  perl -0777 -ne '
    my %xml = (quot => q("), apos => "\x27", lt => "<", gt => ">", amp => "&");
    sub decode { my $s = shift // ""; $s =~ s/&(quot|apos|lt|gt|amp);/$xml{$1}/g; $s =~ s/&#x([0-9A-Fa-f]+);/chr(hex($1))/ge; $s =~ s/&#(\d+);/chr($1)/ge; return $s; }
    while (/<UnitTestResult\s[^>]*?(?:\/>|>(.*?)<\/UnitTestResult>)/sg) {
      my ($tag, $body) = ($&, $1 // "");
      my ($outcome) = $tag =~ /\soutcome="([^"]*)"/;
      my ($name) = $tag =~ /\stestName="([^"]*)"/;
      my ($why) = $body =~ /<Message>(.*?)<\/Message>/s;
      $why = decode($why);
      $why =~ s/\s+/ /g;
      $why = substr($why, 0, 400) . "..." if length($why) > 400;
      print(($outcome // "Unknown") . "\t" . decode($name // "?") . "\t" . $why . "\n");
    }' "$1"
}

count_trx() {
  # count_trx project file.trx: adds its outcomes to the totals and remembers the failed test names.
  local project=$1 trx=$2 outcome name why p=0 f=0 s=0
  while IFS=$'\t' read -r outcome name why; do
    case $outcome in
      Passed) p=$(( p + 1 )) ;;
      NotExecuted | Inconclusive) s=$(( s + 1 )) ;;
      *) f=$(( f + 1 )); FAILED_TESTS+=("$project: $name ($outcome)${why:+
      why: $why}") ;;
    esac
  done < <(trx_results "$trx")
  PASSED=$(( PASSED + p ))
  FAILED=$(( FAILED + f ))
  SKIPPED=$(( SKIPPED + s ))
  echo "    $project: $p passed, $f failed, $s skipped"
  LAST_COUNT=$(( p + f + s ))
  LAST_FAILED=$f
}

run_tests() {
  local csproj project dir status trx
  RESULTS_DIR=$(mktemp -d -t allies-results.XXXXXX)
  mapfile -t projects < <(find tests -mindepth 2 -maxdepth 2 -name '*.Tests.csproj' | sort)
  if (( ${#projects[@]} == 0 )); then
    PROBLEMS+=("no test project found under tests/")
    return
  fi
  for csproj in "${projects[@]}"; do
    project=$(basename "$csproj" .csproj)
    dir="$RESULTS_DIR/$project"
    step "Testing $project"
    status=0
    # --timeout lets the platform stop a hung run and still write its report; `timeout` is the backstop.
    timeout -k 30s 10m dotnet test --project "$csproj" -c Release --no-build --no-progress \
      --report-trx --results-directory "$dir" --timeout 9m || status=$?
    mapfile -t trx < <(find "$dir" -name '*.trx' 2>/dev/null | sort)
    if (( ${#trx[@]} == 0 )); then
      FAILED=$(( FAILED + 1 ))
      FAILED_TESTS+=("$project: crashed or was killed before writing its TRX report (exit code $status)")
      echo "    $project: no TRX report (exit code $status): counted as one failure."
    else
      LAST_COUNT=0
      LAST_FAILED=0
      local total=0 failed=0
      for t in "${trx[@]}"; do
        count_trx "$project" "$t"
        total=$(( total + LAST_COUNT ))
        failed=$(( failed + LAST_FAILED ))
      done
      if (( total == 0 && status == 8 )); then
        # Exit code 8 is the platform's "zero tests ran": an empty project is not a crash.
        echo "    note: $project has no tests yet."
      elif (( status != 0 && failed == 0 )); then
        FAILED=$(( FAILED + 1 ))
        FAILED_TESTS+=("$project: the test run exited with code $status although no test failed (crash, timeout or host error)")
      fi
    fi
    step_done
  done
}

summary() {
  echo
  echo "==> Summary ($(( SECONDS - START ))s in all)"
  local item
  for item in "${PROBLEMS[@]}"; do
    echo "FAILED: $item"
  done
  if (( ${#FAILED_TESTS[@]} > 0 )); then
    echo "Failed tests:"
    for item in "${FAILED_TESTS[@]}"; do
      echo "  - $item"
    done
  fi
  local line="tests: $PASSED passed, $FAILED failed"
  (( SKIPPED > 0 )) && line+=", $SKIPPED skipped"
  echo "$line"
  if (( ${#PROBLEMS[@]} > 0 || FAILED > 0 )); then
    exit 1
  fi
}

install_missing
export ALLIES_CHROMIUM=${ALLIES_CHROMIUM:-/usr/bin/chromium}
export ALLIES_ARTIFACTS=${ALLIES_ARTIFACTS:-$ROOT/artifacts}  # screenshots from the browser tests

step "Restoring tools and packages"
dotnet tool restore
dotnet restore Allies.slnx
step_done

step "Building (Release)"
if ! dotnet build Allies.slnx -c Release --no-restore -nologo -clp:ErrorsOnly; then
  fail_early "build: the solution does not compile, so no test was run"
fi
step_done

step "Checking format (dotnet format whitespace --verify-no-changes)"
# The build already enforces code style and analyzers (EnforceCodeStyleInBuild, warnings as errors); this checks layout.
if ! dotnet format whitespace --folder . --verify-no-changes; then
  PROBLEMS+=("format: run 'dotnet format Allies.slnx' and commit the result")
fi
step_done

step "Checking for model changes without a migration"
for provider in Sqlite Postgres; do
  run_check "migrations: the model has changes without an $provider migration (add one with dotnet ef migrations add ... --project src/Allies.Data.$provider --startup-project src/Allies.Data.$provider --output-dir Migrations)" \
    dotnet ef migrations has-pending-model-changes --project "src/Allies.Data.$provider" --startup-project "src/Allies.Data.$provider" \
    --configuration Release --no-build
done
step_done

step "Checking the compiled models against the configurations"
# src/Allies.Data.<provider>/CompiledModel is what `dotnet ef dbcontext optimize` writes from the configurations; the
# app loads it instead of building the model (about a second per process). Regenerated here: any difference but the
# model's random id means a model change without regenerating it.
for provider in Sqlite Postgres; do
  fresh="$(mktemp -d -t allies-model.XXXXXX)"
  if ! dotnet ef dbcontext optimize --project "src/Allies.Data.$provider" --startup-project "src/Allies.Data.$provider" \
      --output-dir "$fresh" --namespace "Allies.Data.$provider.CompiledModel" --configuration Release --no-build >"$fresh.log" 2>&1; then
    cat "$fresh.log"
    PROBLEMS+=("compiled model: dotnet ef dbcontext optimize failed for $provider (output above)")
  elif ! diff -r -I 'modelId: new Guid' "$fresh" "src/Allies.Data.$provider/CompiledModel"; then
    PROBLEMS+=("compiled model: src/Allies.Data.$provider/CompiledModel is out of date; regenerate it with dotnet ef dbcontext optimize --project src/Allies.Data.$provider --startup-project src/Allies.Data.$provider --output-dir CompiledModel --namespace Allies.Data.$provider.CompiledModel")
  fi
  rm -rf "$fresh" "$fresh.log"
done
step_done

start_postgres
run_tests
summary
