#!/usr/bin/env bash
# How fast a git revision decides against the working tree, side by side in one JVM, their rounds
# interleaved (org.amerules.bench.CompareBuilds). Measures only; not part of the test command.
#   examples/benchmarks/compare-builds.sh REV                  # the first 3,000 cases of `ame corpus`
#   examples/benchmarks/compare-builds.sh REV one|seven        # the benchmarks' one- or seven-person case
#   examples/benchmarks/compare-builds.sh REV cases.jsonl [--rounds 45] [--round-ms 300] [--language fr]
# REV is any git revision (a tag such as v0.1.0, a commit). Maven options (-o…) go in MVN_ARGS; the
# JVM's in JAVA_OPTS (default: ParallelGC and a fixed 2 GB heap, so that GC weighs alike on both builds).
# The revision is built in a temporary worktree, removed at the end.
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,8p' "$0" >&2
  exit 2
fi
rev=$1
shift
cases=${1:-corpus}
[ $# -gt 0 ] && shift
. "$(dirname "$0")/revisions.sh"

echo "building the working tree" >&2
build_modules "$root" examples/benchmarks,examples/cli
echo "building $rev" >&2
add_revision "$rev"
build_modules "$tmp/rev" examples/benchmarks,examples/cli

if [ "$cases" = corpus ]; then
  java -jar examples/cli/target/ame-cli.jar corpus --count 3000 > "$tmp/cases.jsonl"
  cases="$tmp/cases.jsonl"
fi
java ${JAVA_OPTS:--XX:+UseParallelGC -Xms2g -Xmx2g} -cp examples/benchmarks/target/classes org.amerules.bench.CompareBuilds "$@" "$cases" \
  "$tmp/rev/examples/benchmarks/target/lib" examples/benchmarks/target/lib
