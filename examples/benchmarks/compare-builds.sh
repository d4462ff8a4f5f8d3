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
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
cleanup() { git worktree remove --force "$tmp/rev" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT

build() { (cd "$1" && ./mvnw -B -q ${MVN_ARGS:-} -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package -pl examples/benchmarks,examples/cli -am); }

echo "building the working tree" >&2
build "$root"
echo "building $rev" >&2
git worktree add --detach -q "$tmp/rev" "$rev"
build "$tmp/rev"

if [ "$cases" = corpus ]; then
  java -jar examples/cli/target/ame-cli.jar corpus --count 3000 > "$tmp/cases.jsonl"
  cases="$tmp/cases.jsonl"
fi
java ${JAVA_OPTS:--XX:+UseParallelGC -Xms2g -Xmx2g} -cp examples/benchmarks/target/classes org.amerules.bench.CompareBuilds "$@" "$cases" \
  "$tmp/rev/examples/benchmarks/target/lib" examples/benchmarks/target/lib
