#!/usr/bin/env bash
# Runs Notefolio on a real Spark standalone cluster — a Master and two Workers started here as separate JVMs
# on 127.0.0.1 from the project's own Spark jars (no Spark download) — as users run it, and checks it
# against local mode:
#   1. `analyze` submitted with spark-submit (org.apache.spark.deploy.SparkSubmit, the application's jars
#      with --jars): per-note measures, ladders and exposures equal local[2]'s exactly, totals to 1e-9 relative;
#   2. the web application started with notefolio.spark.master=spark://… computes the demo portfolio's
#      dashboard there equal to the same application's in local mode (ClusterDashboardCheck).
# Every port is chosen by the system (port 0, read back from the logs), so the check can run beside a
# Spark already running here or another run of itself. Not part of .ci/run: it takes minutes.
#
#   analytics/cluster/standalone-check.sh [NOTES]        (default 20000; build first: ./mvnw -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
notes="${1:-20000}"
version=0.1.0-SNAPSHOT
for m in core analytics web; do
  [[ -f "$root/$m/target/notefolio-$m-$version.jar" && -f "$root/$m/target/classpath.txt" ]] \
    || { echo "build first: (cd '$root' && ./mvnw -DskipTests package)" >&2; exit 1; }
done
[[ -d "$root/web/target/test-classes/com/notefolio/web/dashboard" ]] \
  || { echo "the web's test classes are missing: build with -DskipTests (not -Dmaven.test.skip)" >&2; exit 1; }
mkdir -p "$root/analytics/target"
work="$(mktemp -d "$root/analytics/target/cluster-check.XXXXXX")"
export SPARK_HOME="$root/analytics/target/spark-home" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
mkdir -p "$work/logs"

# The application's jars, as a user hands them to spark-submit: the analytics jar (the primary resource),
# the core jar and the core's libraries (Moneta, Strata, Commons CSV, Jackson, …).
app_jars="$root/core/target/notefolio-core-$version.jar,$(tr ':' ',' < "$root/core/target/classpath.txt")"
analytics_jar="$root/analytics/target/notefolio-analytics-$version.jar"

# SPARK_HOME/jars stands in for a Spark distribution: Spark and its dependencies, none of the application's
# own libraries, so that the executors get those from --jars / spark.jars only, as on any cluster.
if [[ ! -f "$SPARK_HOME/jars/.complete" ]]; then
  rm -rf "$SPARK_HOME" && mkdir -p "$SPARK_HOME/jars"
  tr ':' '\n' < "$root/analytics/target/classpath.txt" \
    | grep -vE '/(notefolio-core|moneta-core|money-api|commons-csv|picocli|strata-basics|strata-collect|joda-beans|joda-convert)-[0-9][^/]*\.jar$' \
    | while read -r jar || [[ -n "$jar" ]]; do cp "$jar" "$SPARK_HOME/jars/"; done
  touch "$SPARK_HOME/jars/.complete"
fi

opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Port 0 everywhere: the Master's RPC and web UI ports, the Workers' (the REST server is off).
java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" -Dspark.master.rest.enabled=false \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 > "$work/logs/master.log" 2>&1 &
pids+=($!)
master=""
for _ in $(seq 60); do
  master="$(grep -o 'spark://127\.0\.0\.1:[0-9]*' "$work/logs/master.log" 2>/dev/null | head -1 || true)"
  [[ -n "$master" ]] && break
  sleep 1
done
[[ -n "$master" ]] || { echo "the master did not start; see $work/logs/master.log" >&2; exit 1; }
for i in 1 2; do
  java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker "$master" \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory 1g --work-dir "$work/worker-$i" \
    > "$work/logs/worker-$i.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 60); do
  [[ $(grep -c "Registering worker" "$work/logs/master.log" 2>/dev/null || true) -ge 2 ]] && break
  sleep 1
done
[[ $(grep -c "Registering worker" "$work/logs/master.log" || true) -ge 2 ]] \
  || { echo "workers did not register; see $work/logs" >&2; exit 1; }
echo "cluster: master and 2 workers up at $master (work folder $work)" >&2

cd "$work"
"$root/notefolio" generate --notes "$notes" --seed 42 --out portfolio.parquet
common=(analyze --notes portfolio.parquet --fixings portfolio-fixings.csv --index-curve portfolio-index-curve.csv
        --as-of 2024-06-30 --discount-rate 0.08 --format csv --partitions 4
        --scenarios "$root/analytics/src/test/resources/scenarios-2024.json")
# spark-submit, client mode: the master comes from spark-submit (analyze takes it from spark.master), the
# driver addresses from analyze's options (on a real cluster: an address of this machine the workers reach).
java $opens -Xmx1g -Dlogback.configurationFile="$root/analytics/cluster/logback-warn.xml" -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.deploy.SparkSubmit --master "$master" \
  --deploy-mode client --class com.notefolio.core.cli.Main --jars "$app_jars" "$analytics_jar" \
  "${common[@]}" --driver-host 127.0.0.1 --driver-bind-address 127.0.0.1 --out results-cluster \
  2> >(tee logs/submit.log >&2)
"$root/notefolio" "${common[@]}" --master "local[2]" --out results-local
grep -q "Asked to launch executor" logs/worker-1.log logs/worker-2.log \
  || { echo "no executor was launched on the workers; see $work/logs" >&2; exit 1; }
echo "executors launched: $(grep -h "Asked to launch executor" logs/worker-*.log | wc -l) (worker logs)" >&2

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
    assert a and a == b, f"{name}: cluster and local differ"
    print(f"{name}: {len(a)} rows, cluster == local exactly")
a, b = rows("cluster", "totals"), rows("local", "totals")
assert a and len(a) == len(b)
for x, y in zip(a, b):
    for u, v in zip(x, y):
        try:
            fu, fv = float(u), float(v)
            assert (math.isnan(fu) and math.isnan(fv)) or abs(fu - fv) <= 1e-9 * max(abs(fu), abs(fv)), (u, v)
        except ValueError:
            assert u == v, (u, v)
print(f"totals: {len(a)} rows, cluster == local to 1e-9 relative")
PY

# The web application on the same cluster. Its Spark work runs the analytics code, so the executors need
# the same jars as analyze's (notefolio.spark.jars); the web's own classes stay in the driver.
web_cp="$root/web/target/test-classes:$root/web/target/notefolio-web-$version.jar:$(cat "$root/web/target/classpath.txt")"
java $opens -Xmx1500m -cp "$web_cp" com.notefolio.web.dashboard.ClusterDashboardCheck --master "$master" \
  --jars "$analytics_jar,$app_jars" --notes "$notes" 2> logs/web.log \
  || { echo "web check failed; see $work/logs/web.log" >&2; tail -20 logs/web.log >&2; exit 1; }
echo "standalone check passed; logs in $work/logs" >&2
