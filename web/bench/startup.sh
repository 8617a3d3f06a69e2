#!/usr/bin/env bash
# Benchmark: seconds from `java -jar` to the login page answering, on a new data folder (first start:
# schema migration, administrator) and again on the same folder (a later start). Medians of RUNS runs.
# Build first: ./mvnw -DskipTests package.   Usage: web/bench/startup.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/web/target/notefolio-web-0.1.0-SNAPSHOT-app.jar"
[[ -f "$jar" ]] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
runs="${1:-3}"
port=18080

start_once() { # $1 data folder; prints seconds to the first 200 from /login
  local data="$1" t0 t1 pid
  t0=$(date +%s.%N)
  XDG_DATA_HOME="$data" java -jar "$jar" --server.port=$port >"$data/app.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" | grep -q 200; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped; see $data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

first=(); later=()
for ((i = 1; i <= runs; i++)); do
  data="$(mktemp -d)"
  first+=("$(start_once "$data")")
  later+=("$(start_once "$data")")
  rm -rf "$data"
done
echo "first start (new database): ${first[*]} s; median $(printf '%s\n' "${first[@]}" | median) s"
echo "later start (same database): ${later[*]} s; median $(printf '%s\n' "${later[@]}" | median) s"
