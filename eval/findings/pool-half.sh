#!/usr/bin/env bash
# Half of a materialised pool, by whole ISO weeks (docs/labelling-findings.md, decision 0041).
#
#   eval/findings/pool-half.sh POOL FROM DIR [first|second]
#       FROM is a folder written by `pools.sh materialise DATA POOL FROM`. Writes to DIR the articles of every other
#       week of POOL's weeks in eval/findings/pools.json, in sorted order starting with the first (the first half,
#       the default; AFTER2 was drawn from it) or with the second (the second half; AFTER3): the AllSides articles
#       dated in those weeks and the BASIL events whose earliest article is. Weeks stay whole, so the articles of a
#       story stay together and the cross-article rules still see them. Scoring half the evaluation pool was what a
#       shared 2-core machine allowed in the sessions that drew AFTER2 and AFTER3.
#
# Needs bash, jq (1.6 or later).
set -euo pipefail
[ $# -eq 3 ] || [ $# -eq 4 ] || { echo "usage: pool-half.sh POOL FROM DIR [first|second]" >&2; exit 2; }
pool=$1 from=$2 dir=$3 half=${4:-first}
case $half in first) parity=0 ;; second) parity=1 ;; *) echo "pool-half.sh: half is first or second, not $half" >&2; exit 2 ;; esac
manifest="$(dirname "$0")/pools.json"
if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then echo "pool-half.sh: $dir is not empty" >&2; exit 3; fi
mkdir -p "$dir/basil"
weeks=$(jq -c --arg p "$pool" --argjson parity "$parity" '[.pools[$p].weeks | sort | to_entries[] | select(.key % 2 == $parity) | .value]' "$manifest")
week='strptime("%Y-%m-%d") | mktime | strftime("%G-W%V")'
jq -c --argjson w "$weeks" "select(((.date // \"\") | test(\"^[0-9]{4}-[0-9]{2}-[0-9]{2}\$\")) and
    ((.date | $week) as \$k | \$w | index(\$k)))" "$from/allsides.jsonl" > "$dir/allsides.jsonl"
for f in "$from"/basil/*.json; do
  jq -r '[."triplet-uuid", .date] | @tsv' "$f"
done | sort -k1,1 -k2,2 | awk -F'\t' '!seen[$1]++' | while IFS=$'\t' read -r event date; do
  k=$(jq -rn --arg d "$date" "\$d | $week")
  if jq -e --arg k "$k" --argjson w "$weeks" '$w | index($k)' > /dev/null <<< 'null'; then
    cp "$from"/basil/"${event}"_[123].json "$dir/basil/"
  fi
done
echo "pool-half.sh: $(ls "$dir/basil" | wc -l) BASIL articles, $(wc -l < "$dir/allsides.jsonl") AllSides articles in $dir" >&2
