#!/usr/bin/env bash
# Runs one of the web module's benchmark classes (mains in web/src/test, never run as tests) on the
# module's test class path, with the JVM openings Spark needs. The heap is BENCH_HEAP (default 2g).
#   web/bench/main.sh com.notefolio.web.upload.ImportBenchmark 100000
#   web/bench/main.sh com.notefolio.web.dashboard.DashboardBenchmark --notes 100000 --rounds 3
#   web/bench/main.sh com.notefolio.web.whatif.PortfolioWhatIfBenchmark --notes 100000 --rounds 3
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
cp_file=web/target/bench-classpath.txt
./mvnw -B -q -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/$cp_file" >/dev/null
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
classes="web/target/test-classes:web/target/classes:core/target/classes:analytics/target/classes:reports/target/classes"
exec java -Xmx"${BENCH_HEAP:-2g}" ${BENCH_JAVA_OPTS:-} $opens -cp "$classes:$(cat "$cp_file")" "$@"
