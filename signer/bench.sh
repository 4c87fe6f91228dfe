#!/usr/bin/env bash
# Runs the signer's JMH benchmarks (not part of the test run). Usage, from the repository root:
#   signer/bench.sh                      # short run: 1 fork, 2 x 1 s warm-up, 3 x 2 s measurement
#   signer/bench.sh -f 1 -wi 3 -i 5 -r 5s VerifyBenchmark   # any JMH options and benchmark regex
#   signer/bench.sh ratio [pairs]        # QR verify / raw verify, interleaved blocks (robust to load)
#   signer/bench.sh pdf [count]          # median latency of sign + QR + render + seal
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -pl signer -am install -DskipTests
mvn -B -q -pl signer dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="signer/target/test-classes:signer/target/classes:$(cat signer/target/bench-classpath.txt)"
if [ "${1:-}" = "ratio" ]; then
  exec "$JAVA_HOME/bin/java" -cp "$cp" dev.zhengzhao.signer.bench.InterleavedRatio "${2:-60}"
fi
if [ "${1:-}" = "pdf" ]; then
  exec "$JAVA_HOME/bin/java" -cp "$cp" dev.zhengzhao.signer.bench.PdfLatency "${2:-200}"
fi
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(-f 1 -wi 2 -w 1s -i 3 -r 2s -t 1)
fi
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main "${args[@]}"
