#!/usr/bin/env bash
# Builds the benchmarks jar, runs every benchmark of ReadBenchmarks and BulkBenchmarks in one JMH
# run with the settings of their annotations, fit for a small (2-core) machine, keeps the JMH
# results as JSON under benchmarks/results/, and prints the ratios of dicu to its baselines.
#
# Usage: benchmarks/run.sh [extra JMH options], e.g. benchmarks/run.sh -e Bulk -f 1 -wi 1 -i 2
# for a quick look at ReadBenchmarks alone
# Options given here come after the defaults, so they win.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl benchmarks -am package -DskipTests

mkdir -p benchmarks/results
results="benchmarks/results/$(date -u +%Y-%m-%d).json"
# one benchmark thread; two forks so that a bad JIT decision in one JVM shows up as error
java -jar benchmarks/target/benchmarks.jar 'org.dicu.benchmarks.(Read|Bulk)Benchmarks' \
  -t 1 -rf json -rff "$results" "$@"

python3 benchmarks/ratios.py "$results"
