#!/usr/bin/env bash
# Runs `analyze` on a real Spark standalone cluster — a Master and two Workers started here as separate JVMs
# on 127.0.0.1 from the project's own Spark jars (no Spark download) — and checks that its results equal
# local mode's: per-note measures, ladders and exposures exactly, totals to 1e-9 relative.
#
#   analytics/cluster/standalone-check.sh [NOTES]        (default 20000; build first: ./mvnw -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
notes="${1:-20000}"
work="$root/analytics/target/cluster-check"
export SPARK_HOME="$work/spark-home" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
mkdir -p "$work" && rm -rf "$work"/{results-*,portfolio.parquet,logs} && mkdir -p "$work/logs"

# SPARK_HOME/jars: Spark and its dependencies only. The application's jars (analytics, core, Moneta, Commons
# CSV) reach the executors through spark.jars, as they would on any cluster.
if [[ ! -d "$SPARK_HOME/jars" ]]; then
  (cd "$root" && ./mvnw -q -pl analytics dependency:copy-dependencies -DincludeScope=runtime \
      -DexcludeArtifactIds=notefolio-core,moneta-core,money-api,commons-csv,picocli \
      -DoutputDirectory="$SPARK_HOME/jars")
fi

opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" -Dspark.master.rest.enabled=false \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 > "$work/logs/master.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7077 \
    --host 127.0.0.1 --cores 1 --memory 1g --webui-port $((18080 + i)) --work-dir "$work/worker-$i" \
    > "$work/logs/worker-$i.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 60); do
  [[ $(grep -c "Registering worker" "$work/logs/master.log" 2>/dev/null || true) -ge 2 ]] && break
  sleep 1
done
grep -c "Registering worker" "$work/logs/master.log" | grep -q 2 || { echo "workers did not register; see $work/logs" >&2; exit 1; }
echo "cluster: master and 2 workers up on 127.0.0.1:7077" >&2

cd "$work"
"$root/notefolio" generate --notes "$notes" --seed 42 --out portfolio.parquet
common=(analyze --notes portfolio.parquet --as-of 2024-06-30 --discount-rate 0.08 --format csv --partitions 4
        --scenarios "$root/analytics/src/test/resources/scenarios-2024.json")
"$root/notefolio" "${common[@]}" --master spark://127.0.0.1:7077 --out results-cluster
"$root/notefolio" "${common[@]}" --master "local[2]" --out results-local
grep -h "Launching executor\|Asked to launch executor" logs/worker-*.log | head -2 >&2 || true

python3 - "$work" <<'PY'
import csv, glob, math, sys
work = sys.argv[1]
def rows(run, name):
    out = []
    for f in sorted(glob.glob(f"{work}/results-{run}/{name}/part-*.csv")):
        with open(f, newline="") as fh:
            out.extend(tuple(r) for r in list(csv.reader(fh))[1:])
    return sorted(out)
for name in ("measures", "ladder", "exposure"):
    a, b = rows("cluster", name), rows("local", name)
    assert a == b, f"{name}: cluster and local differ"
    print(f"{name}: {len(a)} rows, cluster == local exactly")
a, b = rows("cluster", "totals"), rows("local", "totals")
assert len(a) == len(b)
for x, y in zip(a, b):
    for u, v in zip(x, y):
        try:
            fu, fv = float(u), float(v)
            assert (math.isnan(fu) and math.isnan(fv)) or abs(fu - fv) <= 1e-9 * max(abs(fu), abs(fv)), (u, v)
        except ValueError:
            assert u == v, (u, v)
print(f"totals: {len(a)} rows, cluster == local to 1e-9 relative")
PY
