#!/usr/bin/env bash
# elsim's speed and memory, as a small table on stdout (docs/performance.md explains it).
#  1. the simulation core (LineBenchmark): station completions per CPU second on the
#     10-station benchmark line beside a hand-written reference loop (bare, and with elsim's
#     statistics: the ceiling in docs/performance.md; and the kernel bound, what a kernel
#     specialised for such lines could reach inside elsim), the Douai example,
#     a 400-station line; cost per completion from 10 to 400 stations and 1 to 520 weeks,
#     and the event calendar alone with 10 to 10,000 pending events;
#     heap after 1 and 10 simulated years;
#  1b. the line of (a) written by hand for an event library, bare and with elsim's statistics,
#     on a primitive heap, on elsim's engine and on SSJ's (the library the issue compares with);
#  2. wall time of the whole `./elsim run` process for each bundled example, with and
#     without the launcher's start-up archive;
#  3. replications on 1 and 2 threads (a year each: short runs measure the JIT compiler);
#  4. the 2031 question: one replication of a full year of the 1 M vehicles/year cluster
#     (electricity-2031 + maubeuge), one simulation thread, as a whole process.
# Usage: bench/run.sh [HORIZON_SECONDS for the benchmark line, default 2e6]
# Section 1 alone through Maven: mvn -B -Pbench -DskipTests verify (the `bench` profile in pom.xml;
# -Dbench.args="2000000 quick" passes LineBenchmark's arguments, here its quick A/B mode).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package test-compile >&2
# the test scope holds SSJ, the event library the line is also written for (section 1b)
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
cp="target/test-classes:target/elsim.jar:$(cat target/bench.classpath)"
echo "== simulation core"
java -Xmx512m -cp "$cp" io.elsim.bench.LineBenchmark "$@"

echo
echo "== the same line written by hand: bare and with elsim's statistics, on a primitive heap, elsim's engine and SSJ's"
java -Xmx512m -cp "$cp" io.elsim.bench.LineBenchmark "${1:-2000000}" libraries

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }

echo
echo "== whole process, best of 3 wall s: ./elsim run EXAMPLE -q (start-up archive), ELSIM_CDS=0 (none)"
./elsim run examples/minimal.yaml -q > /dev/null 2>&1 || true # writes the start-up archive if missing
best_of_3() {
  local best=999 t
  for _ in 1 2 3; do
    t=$(seconds "$@")
    best=$(echo "if ($t < $best) $t else $best" | bc)
  done
  echo "$best"
}
for f in examples/*.yaml; do
  printf "  %-28s %6.2f %6.2f\n" "$(basename "$f")" "$(best_of_3 ./elsim run "$f" -q --no-targets)" \
    "$(best_of_3 env ELSIM_CDS=0 ./elsim run "$f" -q --no-targets)"
done
printf "  %-28s %6.2f\n" "java -version (JVM floor)" "$(best_of_3 java -version)"

echo
echo "== 4 replications of a year of the Douai example (wall s)"
for n in 1 2; do
  printf "  --threads %d  %6.2f\n" "$n" "$(seconds java -jar target/elsim.jar run examples/douai.yaml -q --no-targets --replications 4 --set horizon=52w --threads "$n" --no-progress)"
done

echo
echo "== the 2031 question: a year of electricity-2031 + maubeuge, --threads 1 (wall s, whole process)"
for _ in 1 2 3; do
  printf "  %6.2f\n" "$(seconds java -jar target/elsim.jar run examples/electricity-2031.yaml examples/maubeuge.yaml -q --no-targets --no-progress --set horizon=52w --threads 1)"
done
