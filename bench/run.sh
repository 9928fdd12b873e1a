#!/usr/bin/env bash
# Prints the simulation core's speed (events/s, station completions/s) and the heap used
# after runs of 1x, 10x and 100x the horizon. Usage: bench/run.sh [HORIZON_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package test-compile >&2
java -Xmx512m -cp "target/test-classes:target/elsim.jar" io.elsim.bench.LineBenchmark "$@"
