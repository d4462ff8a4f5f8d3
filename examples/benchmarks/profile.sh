#!/usr/bin/env bash
# Where the CPU of a steady `ame evaluate` run goes, by Linux perf: every frame counted, compiled
# code included (JFR's sampler drops most samples in C2-compiled Drools code, docs/performance.md).
# Measures only; not part of the test command. Needs perf (Debian: linux-perf) allowed to attach
# to one's own processes (kernel.perf_event_paranoid <= 2) and the build (./mvnw package).
#   examples/benchmarks/profile.sh                       # 600,000 corpus cases, compact output
#   examples/benchmarks/profile.sh CASES.jsonl [json|compact] [WARMUP_S] [SECONDS]
# Prints the inclusive share of the main parts of a run (a part the JIT inlined into its caller
# has no frame and is counted there); perf's data and full report stay in
# examples/benchmarks/target/profile (perf report -i perf.data --children for the rest).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cli=examples/cli/target/ame-cli.jar
out=examples/benchmarks/target/profile
command -v perf >/dev/null || { echo "profile.sh: perf is not installed (Debian: apt-get install linux-perf)" >&2; exit 2; }
[ -f "$cli" ] || { echo "profile.sh: $cli is missing: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
mkdir -p "$out"
cases=${1:-}
format=${2:-compact}
warmup=${3:-20}
seconds=${4:-12}
case $format in json|compact) ;; *) echo "profile.sh: format $format is not json or compact" >&2; exit 2 ;; esac
if [ -z "$cases" ]; then
  cases=$out/corpus.jsonl
  [ -f "$cases" ] || java -jar "$cli" corpus --count 600000 > "$cases"
fi

# frame pointers kept and the JIT's symbols written at exit, so perf can name and chain Java frames
java -Xmx256m -XX:+UseParallelGC -XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit \
  -jar "$cli" evaluate --threads 2 --format "$format" "$cases" > /dev/null 2> "$out/evaluate.err" &
pid=$!
sleep "$warmup"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "profile.sh: the run ended within the warm-up ($warmup s): give more cases or a shorter warm-up" >&2
  exit 2
fi
rm -f "$out/perf.data"
# perf stops at SIGINT and writes its data; the run goes on to its end
timeout --signal=INT "$seconds" perf record -q -F 499 -g -p "$pid" -o "$out/perf.data" 2> "$out/perf-record.err" || true
alive=yes
kill -0 "$pid" 2>/dev/null || alive=no
wait "$pid" || true
if [ ! -s "$out/perf.data" ]; then
  echo "profile.sh: perf recorded nothing (see $out/perf-record.err)" >&2
  exit 2
fi
[ $alive = yes ] || echo "profile.sh: the run ended before the $seconds s of recording: the profile is shorter" >&2
perf report -i "$out/perf.data" --children --sort sym --stdio -g none 2>/dev/null | grep '%' > "$out/children.txt"
perf report -i "$out/perf.data" --no-children --sort sym --stdio -g none 2>/dev/null | grep '%' > "$out/self.txt"
perf report -i "$out/perf.data" --no-children --sort dso --stdio -g none 2>/dev/null | grep '%' > "$out/dso.txt"

share() { # the inclusive share of the first frame whose name contains $1
  local line
  line=$(grep -F -m1 -- "$1" "$out/children.txt" || true)
  # a method the JIT inlined has no frame of its own: its time is its caller's
  printf '| %s | %s |\n' "$2" "$([ -n "$line" ] && echo "$line" | awk '{print $1}' || echo 'inlined: counted in its caller')"
}
echo "| where (inclusive, share of all CPU samples) | share |"
echo "|---|---|"
share 'ThreadPoolExecutor.runWorker' 'deciding threads'
share 'org.amerules.engine.AmeEngine.decide(' 'AmeEngine.decide'
share 'StatefulKnowledgeSessionImpl.fireAllRules(org' 'Drools fireAllRules'
share 'StatefulSessionPool$$Lambda' 'the pooled session reset'
share 'NamedEntryPoint.insert(java' 'inserting facts'
share 'DecisionAssembler.assemble' 'assembling the decision'
share 'FastCases.root' 'reading a case (FastCases)'
share 'DecisionWriter.write(' 'writing a decision'
share 'OrderedParallel.map' 'the reading and writing thread'
grep -m1 'kernel' "$out/dso.txt" | awk '{print "| kernel (self) | " $1 " |"}'
echo
echo "largest self times:"
head -12 "$out/self.txt"
