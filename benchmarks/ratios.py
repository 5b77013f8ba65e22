#!/usr/bin/env python3
"""Prints the ratios of dicu to its baselines from a JMH JSON result file (benchmarks/run.sh)."""
import json
import sys

PREFIXES = ("org.dicu.benchmarks.ReadBenchmarks.", "org.dicu.benchmarks.BulkBenchmarks.")
# (numerator, denominator, target ratio and whether it is a floor)
RATIOS = [
    ("dicuRead", "baselineBind", 0.9),
    ("dicuReadValidate", "baselineBind", 0.5),
    ("dicuReadValidate", "schemaValidate", 1.5),
    ("dicuWrite", "baselineWrite", 0.9),
    ("ctdcExport", "dicuReadValidate", 0.5),
]


def main(path):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    scores = {}
    for run in runs:
        name = run["benchmark"]
        for prefix in PREFIXES:
            if name.startswith(prefix):
                name = name[len(prefix):]
        metric = run["primaryMetric"]
        scores[name] = (metric["score"], metric.get("scoreError"), metric["scoreUnit"])
    print(f"{'benchmark':<18} {'records/s':>12} {'± error':>10}")
    for name, (score, error, _unit) in sorted(scores.items()):
        # a single measured iteration has no error: JMH writes "NaN"
        err = "" if not isinstance(error, (int, float)) or error != error else f"{error:10.1f}"
        print(f"{name:<18} {score:12.1f} {err:>10}")
    print()
    print(f"{'ratio':<34} {'value':>7} {'target':>8}  holds")
    for num, den, target in RATIOS:
        if num not in scores or den not in scores:
            print(f"{num + ' / ' + den:<34} {'n/a':>7} {'>= ' + str(target):>8}  -")
            continue
        ratio = scores[num][0] / scores[den][0]
        holds = "yes" if ratio >= target else "NO"
        print(f"{num + ' / ' + den:<34} {ratio:7.2f} {'>= ' + str(target):>8}  {holds}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ratios.py <jmh-result.json>")
    main(sys.argv[1])
