#!/usr/bin/env bash
# The whole-process run of issue 12's targets: `ame evaluate` at -Xmx256m on a large generated
# corpus, full and compact output, optionally side by side with a git revision built in a temporary
# worktree, the runs interleaved so that the shared machine's noise hits both. Measures only; not
# part of the test command (a million cases take about a minute a run on 2 cores).
#   examples/benchmarks/million.sh               # this tree: 1,000,000 cases, full and compact, 2 rounds
#   examples/benchmarks/million.sh REV           # and REV (a commit, a tag such as v0.1.0), interleaved
# Settings in the environment: COUNT (cases, default 1000000), ROUNDS (2), FORMATS ("json compact"),
# THREADS (2), JAVA_OPTS (default: -Xmx256m -XX:+UseParallelGC, what the `ame` launcher uses for a
# batch), MVN_ARGS (Maven options, e.g. -o). The corpus is `ame corpus --count COUNT` of this tree,
# kept in examples/benchmarks/target/million. A revision without the compact format runs the full
# one only. Prints a Markdown table; equal checksums (cksum: CRC and bytes) mean the same output (a
# build before issue 12's canonical trace order differs in the trace's order and in rulesVersion:
# compare byte counts with it).
set -euo pipefail
rev=${1:-}
count=${COUNT:-1000000}
rounds=${ROUNDS:-2}
formats=${FORMATS:-json compact}
threads=${THREADS:-2}
jvm=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}
case $count in ''|*[!0-9]*) echo "million.sh: COUNT must be a number of cases, not '$count'" >&2; exit 2 ;; esac
case $rounds in ''|*[!0-9]*|0) echo "million.sh: ROUNDS must be a positive number, not '$rounds'" >&2; exit 2 ;; esac
for f in $formats; do
  case $f in json|compact) ;; *) echo "million.sh: FORMATS may name json and compact, not '$f'" >&2; exit 2 ;; esac
done

. "$(dirname "$0")/revisions.sh"
out=examples/benchmarks/target/million
mkdir -p "$out"

echo "building the working tree" >&2
build_modules "$root" examples/cli
jars=("working tree=$root/examples/cli/target/ame-cli.jar")
if [ -n "$rev" ]; then
  echo "building $rev" >&2
  add_revision "$rev"
  build_modules "$tmp/rev" examples/cli
  jars=("$rev=$tmp/rev/examples/cli/target/ame-cli.jar" "${jars[@]}")
fi
# which builds have the compact format, asked once (a revision before issue 12 has none)
declare -A compact
for entry in "${jars[@]}"; do
  help=$(java -jar "${entry#*=}" evaluate --help 2>&1 || true)
  [[ $help == *compact* ]] && compact[${entry%%=*}]=yes
done

cases=$out/corpus-$count.jsonl
if [ ! -s "$cases" ]; then
  echo "generating $count cases into $cases" >&2
  java -jar examples/cli/target/ame-cli.jar corpus --count "$count" > "$cases.part"
  mv "$cases.part" "$cases"
fi

timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f '%e %U %S %M' -o "$tmp/time")
echo "| round | build | format | wall | cases/s | CPU (user + system) | max RSS | output (cksum) |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  for format in $formats; do
    for entry in "${jars[@]}"; do
      label=${entry%%=*}
      jar=${entry#*=}
      if [ "$format" = compact ] && [ -z "${compact[$label]:-}" ]; then
        echo "| $round | $label | compact | – (no compact format in this build) | | | | |"
        continue
      fi
      start=$(date +%s.%N)
      # shellcheck disable=SC2086
      if ! "${timer[@]}" java $jvm -jar "$jar" evaluate --threads "$threads" --format "$format" "$cases" \
          2> "$tmp/err" | cksum > "$tmp/sum"; then
        echo "million.sh: $label, $format: ame evaluate failed (exit code above 0); its last lines:" >&2
        tail -5 "$tmp/err" >&2
        exit 1
      fi
      end=$(date +%s.%N)
      wall=$(echo "$end - $start" | bc)
      rate=$(echo "$count / $wall" | bc)
      cpu=""; rss=""
      if [ -s "$tmp/time" ]; then
        read -r _ user sys kb < "$tmp/time"
        cpu="$user + $sys s"
        rss="$((kb / 1024)) MB"
      fi
      printf '| %s | %s | %s | %.1f s | %s | %s | %s | %s |\n' "$round" "$label" "$format" "$wall" "$rate" "$cpu" "$rss" "$(cat "$tmp/sum")"
    done
  done
done
