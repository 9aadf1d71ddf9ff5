#!/usr/bin/env bash
# Cold start to the first scored story: wall time of `credence score` on the bundled example story, each run a new
# JVM, beside the baseline of the same launcher printing its version (JVM start and class loading, no models, no
# plugins). Usage: bench/cold-start.sh [RUNS]   (after ./mvnw -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
credence=dist/target/credence/credence
[ -x "$credence" ] || { echo "bench/cold-start.sh: $credence is missing; build first: ./mvnw -B -q package -DskipTests" >&2; exit 3; }

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
seconds() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); awk -v n=$((e - s)) 'BEGIN {printf "%.3f\n", n / 1e9}'; }

base=(); score=()
for i in $(seq "$runs"); do   # alternate, so that load on a shared machine falls on both alike
  base+=("$(seconds "$credence" --version)")
  score+=("$(seconds "$credence" score examples/copper-belt --quiet)")
done
b=$(printf '%s\n' "${base[@]}" | median)
s=$(printf '%s\n' "${score[@]}" | median)
echo "runs: $runs, Java: $(java -version 2>&1 | head -1)"
echo "baseline (credence --version): median $b s"
echo "cold start to first scored story (credence score examples/copper-belt): median $s s"
