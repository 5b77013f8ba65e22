#!/usr/bin/env bash
# The memory run: generates an NDJSON file of about 1 GB (or the size given, in MB), validates it
# with -Xmx64m through the public RecordReader (org.dicu.benchmarks.ValidateFile) and through the
# dicu command, and prints for each the wall time, the peak resident set size and the heap left
# after each garbage collection (the live set), from the JVM's GC log.
#
# Usage: benchmarks/memory-run.sh [size-in-MB] [directory for the file and the logs]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
dir=${2:-${TMPDIR:-/tmp}/dicu-memory-run}
mkdir -p "$dir"

mvn -B -q package -DskipTests

file="$dir/cases.ndjson"
# about 2.2 KB a generated case; generate a little more than asked, then report the real size
count=$(( size_mb * 1024 * 1024 / 2150 + 1 ))
if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -lt $(( size_mb * 1024 * 1024 )) ]; then
  java -cp "examples/target/classes:$(cat examples/target/classpath.txt)" \
    org.dicu.examples.GenerateCases "$count" > "$file"
fi
echo "input: $file, $(stat -c %s "$file") bytes, $(wc -l < "$file") records"

run() {
  local name=$1; shift
  local log="$dir/gc-$name.log"
  /usr/bin/time -f "%e %M" -o "$dir/time-$name.txt" \
    java -Xmx64m "-Xlog:gc:file=$log" "$@" > "$dir/out-$name.txt" || true
  # the last line; a first line says when the command exits with 1 (records with errors)
  read -r seconds peak_kb < <(tail -n 1 "$dir/time-$name.txt")
  python3 - "$name" "$seconds" "$peak_kb" "$log" "$dir/out-$name.txt" <<'PY'
import re, statistics, sys
name, seconds, peak_kb, log, out = sys.argv[1:]
after = [int(m.group(1)) for m in re.finditer(r"->(\d+)M\(\d+M\)", open(log).read())]
half = len(after) // 2
summary = open(out).read().strip().splitlines()
print(f"{name}: {float(seconds):.0f} s wall, peak RSS {int(peak_kb) / 1024:.0f} MB, "
      f"{len(after)} GCs, heap after GC: median {statistics.median(after)} MB, "
      f"max {max(after)} MB (first half {max(after[:half] or [0])} MB, "
      f"second half {max(after[half:] or [0])} MB), last {after[-1]} MB")
print("  " + next((line.strip() for line in summary if "records read" in line or "records," in line),
                   summary[-1] if summary else "(no output)"))
PY
}

run reader -cp "benchmarks/target/benchmarks.jar" org.dicu.benchmarks.ValidateFile "$file"
run cli -jar cli/target/dicu.jar validate --quiet "$file"
