#!/usr/bin/env bash
# Runs the JMH benchmarks (not part of the test command) and prints a Markdown table.
#   examples/benchmarks/run.sh                 # every benchmark
#   examples/benchmarks/run.sh Decision        # a JMH filter; any JMH option may follow
#   examples/benchmarks/run.sh Decision -p casesFile=cases.jsonl   # throughput on these cases
#   examples/benchmarks/run.sh Decision.latency -jvmArgsAppend "-Xms1g -Xmx1g -XX:+UseParallelGC -Dorg.drools.queuetype=binaryheap"
#                                              # forked with the settings `ame` uses (JVM defaults otherwise)
# The raw results stay in examples/benchmarks/target/jmh.json, the table in target/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests clean package -pl examples/benchmarks -am
cp="examples/benchmarks/target/classes:examples/benchmarks/target/lib/*"
java -cp "$cp" org.openjdk.jmh.Main -rf json -rff examples/benchmarks/target/jmh.json "$@"
java -cp "$cp" org.amerules.bench.ResultsTable examples/benchmarks/target/jmh.json | tee examples/benchmarks/target/results.md
