#!/usr/bin/env bash
# The case store at a million cases, on SQLite and then on PostgreSQL: loads N cases of five
# events each through marque's public API (CaseStoreLoad), times listing one state and the report
# in the library, then times `marque case list --state ACKNOWLEDGED` (text and --json) as a user
# runs it.
#
#   benchmarks/cases/run.sh [N] [sqlite|postgresql|both]      (default: 1000000 both)
#
# Needs JDK 17+ and Maven (it builds benchmarks/target/benchmarks.jar and cli/target/marque.jar
# first; MARQUE_BENCH_NO_BUILD=1 skips that). PostgreSQL: .ci/start-postgres starts a throw-away
# cluster from Debian's postgresql package (installing it when absent, as root or with sudo), or
# set MARQUE_BENCH_POSTGRES_URL to a server of your own; either way the schema cases_bench is
# dropped and re-created. Stores go to MARQUE_BENCH_DIR (default /tmp/marque-cases-bench; about
# 0.7 GB for SQLite at a million cases). MARQUE_BENCH_PEER_JAR=other/marque.jar runs that build's
# `marque case list` too, alternating with this one's, on the same store.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1000000}"
WHICH="${2:-both}"
WORK="${MARQUE_BENCH_DIR:-${TMPDIR:-/tmp}/marque-cases-bench}"
mkdir -p "$WORK"

if [ -z "${MARQUE_BENCH_NO_BUILD:-}" ]; then
  echo "building the benchmark and the CLI..." >&2
  mvn -B -ntp -q -pl benchmarks,cli -am package -DskipTests
fi
BENCH=benchmarks/target/benchmarks.jar
MARQUE=cli/target/marque.jar

# `marque case list --state ACKNOWLEDGED` on the store, as a user runs it (a new JVM each time).
cli_list() {
  local db="$1" name="$2" flag out t wall user sys jar who
  for flag in "" --json; do
    for jar in "$MARQUE" ${MARQUE_BENCH_PEER_JAR:+"$MARQUE_BENCH_PEER_JAR"}; do
      who=$([ "$jar" = "$MARQUE" ] && echo "" || echo " (peer $jar)")
      out="$WORK/list${flag:+-json}.out"
      # bash's time: wall, then the CPU of all the JVM's threads (user + system)
      t=$( { TIMEFORMAT='%R %U %S'; time java -jar "$jar" case list --db "$db" \
        --state ACKNOWLEDGED $flag >"$out" 2>/dev/null; } 2>&1 )
      read -r wall user sys <<<"$t"
      echo "$name marque case list --state ACKNOWLEDGED${flag:+ $flag}$who: $(wc -l <"$out")" \
        "lines, $(wc -c <"$out") bytes in $wall s [$(awk -v u="$user" -v s="$sys" \
        'BEGIN { printf "%.2f", u + s }') s CPU, all threads] (JVM start included)"
    done
  done
  rm -f "$WORK"/list*.out
}

# The CPU seconds spent by a local cluster's processes (its backends' once they exit).
pg_cpu() {
  local dir="$1" pid p tot=0 u s cu cs
  pid=$(head -n 1 "$dir/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  for p in $pid $(pgrep -P "$pid" || true); do
    [ -r "/proc/$p/stat" ] || continue
    read -r u s cu cs < <(awk '{ print $14, $15, $16, $17 }' "/proc/$p/stat")
    tot=$((tot + u + s + cu + cs))
  done
  awk -v t="$tot" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); N=$N"

if [ "$WHICH" = sqlite ] || [ "$WHICH" = both ]; then
  DB="$WORK/cases.db"
  java -cp "$BENCH" dev.marque.benchmarks.cases.CaseStoreLoad --fresh "$DB" "$N"
  cli_list "$DB" SQLite
  echo "SQLite store: $(du -sh "$DB" | cut -f1)"
fi

if [ "$WHICH" = postgresql ] || [ "$WHICH" = both ]; then
  PGDIR=""
  if [ -n "${MARQUE_BENCH_POSTGRES_URL:-}" ]; then
    URL="$MARQUE_BENCH_POSTGRES_URL"
  else
    URL="$(.ci/start-postgres | tail -n 1)"
    PGDIR="${MARQUE_PG_DIR:-${TMPDIR:-/tmp}/marque-ci-postgres}"
  fi
  case "$URL" in *\?*) URL="$URL&currentSchema=cases_bench" ;; *) URL="$URL?currentSchema=cases_bench" ;; esac
  before=$( [ -n "$PGDIR" ] && pg_cpu "$PGDIR" || echo 0)
  java -cp "$BENCH" dev.marque.benchmarks.cases.CaseStoreLoad --fresh "$URL" "$N"
  if [ -n "$PGDIR" ]; then
    echo "PostgreSQL server CPU during the load and the queries: $(awk -v a="$before" \
      -v b="$(pg_cpu "$PGDIR")" 'BEGIN { printf "%.1f", b - a }') s"
  fi
  cli_list "$URL" PostgreSQL
fi
