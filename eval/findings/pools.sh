#!/usr/bin/env bash
# The article pools of the labelled-findings measurement (docs/labelling-findings.md, decision 0029).
#
#   eval/findings/pools.sh split DATA > eval/findings/pools.json
#       Decides the split from ../shared/data (DATA) alone: the unit is the ISO week of an article's date, so an
#       event's coverage and its wire copies, published within days, stay on one side. Weeks are put in a fixed
#       pseudo-random order (SHA-256 of SALT:week). BASIL events belong to the week of their earliest article;
#       those weeks alternate between the pools in that order; then EVAL_WEEKS further weeks go to evaluation and
#       TUNING_WEEKS to tuning, the rest to neither. Every AllSides article (articles-all) dated in a pool's weeks
#       belongs to that pool; undated articles belong to none. Running it again on the same data gives the same file.
#
#       EVAL2_WEEKS more weeks, the next in that order, form a second evaluation pool (evaluation2: no BASIL event,
#       every BASIL week being taken), added on 2026-12-01 when both halves of the first had been drawn from
#       (decision 0044); the first two pools are the same as before it was added.
#
#   eval/findings/pools.sh materialise DATA POOL DIR
#       Writes POOL's articles (evaluation, tuning or evaluation2) as DIR/basil/*.json (copies of the BASIL files) and
#       DIR/allsides.jsonl, for `credence score DIR`. DIR lies outside the repository: the texts are their
#       publishers'.
#
# Needs bash, jq (1.6 or later), sha256sum, zcat.
set -euo pipefail

SALT="credence-findings-pools/1"
EVAL_WEEKS=60
TUNING_WEEKS=25
EVAL2_WEEKS=40   # a second evaluation pool, AllSides only, added after both halves of the first were drawn from

week_of() {   # YYYY-MM-DD lines on stdin -> ISO week (YYYY-Www) lines
  jq -Rr 'strptime("%Y-%m-%d") | mktime | strftime("%G-W%V")'
}

order_by_hash() {   # week lines on stdin -> the same weeks in the order of SHA-256(SALT:week)
  while read -r w; do
    printf '%s %s\n' "$(printf '%s:%s' "$SALT" "$w" | sha256sum | cut -c1-64)" "$w"
  done | sort | cut -d' ' -f2
}

allsides_weeks() {   # id <TAB> week of every dated AllSides article (years 2000-2029)
  zcat "$1/allsides/articles-all.jsonl.gz" \
    | jq -r 'select((.date // "") | test("^20[0-2][0-9]-[01][0-9]-[0-3][0-9]$"))
             | [.id, (.date | strptime("%Y-%m-%d") | mktime | strftime("%G-W%V"))] | @tsv'
}

basil_events() {   # event <TAB> week of its earliest article
  for f in "$1"/basil/articles/*/*.json; do
    jq -r '[."triplet-uuid", .date] | @tsv' "$f"
  done | sort -k1,1 -k2,2 | awk -F'\t' '!seen[$1]++' \
    | while IFS=$'\t' read -r event date; do
        printf '%s\t%s\n' "$event" "$(printf '%s\n' "$date" | week_of)"
      done
}

split() {
  local data=$1 tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  allsides_weeks "$data" > "$tmp/allsides"
  basil_events "$data" > "$tmp/basil"
  cut -f2 "$tmp/basil" | sort -u | order_by_hash > "$tmp/basil-weeks"
  cut -f2 "$tmp/allsides" | sort -u | grep -vxF -f "$tmp/basil-weeks" | order_by_hash > "$tmp/other-weeks"
  awk 'NR % 2 == 1' "$tmp/basil-weeks" > "$tmp/evaluation"
  awk 'NR % 2 == 0' "$tmp/basil-weeks" > "$tmp/tuning"
  head -n "$EVAL_WEEKS" "$tmp/other-weeks" >> "$tmp/evaluation"
  tail -n +"$((EVAL_WEEKS + 1))" "$tmp/other-weeks" | head -n "$TUNING_WEEKS" >> "$tmp/tuning"
  tail -n +"$((EVAL_WEEKS + TUNING_WEEKS + 1))" "$tmp/other-weeks" | head -n "$EVAL2_WEEKS" > "$tmp/evaluation2"
  for pool in evaluation tuning evaluation2; do
    sort -o "$tmp/$pool" "$tmp/$pool"
    awk -F'\t' 'NR == FNR { w[$1]; next } ($2 in w) { print $1 }' "$tmp/$pool" "$tmp/basil" | sort > "$tmp/$pool-basil"
    awk -F'\t' 'NR == FNR { w[$1]; next } ($2 in w) { print $1 }' "$tmp/$pool" "$tmp/allsides" | sort > "$tmp/$pool-allsides"
  done
  jq -n --arg salt "$SALT" --argjson evalWeeks "$EVAL_WEEKS" --argjson tuningWeeks "$TUNING_WEEKS" \
    --argjson eval2Weeks "$EVAL2_WEEKS" \
    --rawfile ew "$tmp/evaluation" --rawfile eb "$tmp/evaluation-basil" --rawfile ea "$tmp/evaluation-allsides" \
    --rawfile tw "$tmp/tuning" --rawfile tb "$tmp/tuning-basil" --rawfile ta "$tmp/tuning-allsides" \
    --rawfile vw "$tmp/evaluation2" --rawfile vb "$tmp/evaluation2-basil" --rawfile va "$tmp/evaluation2-allsides" '
    def lines: split("\n") | map(select(length > 0));
    def pool(w; b; a): {weeks: (w | lines), basilEvents: (b | lines), allsidesArticles: (a | lines)}
      | . + {counts: {weeks: (.weeks | length), basilEvents: (.basilEvents | length),
                      basilArticles: (3 * (.basilEvents | length)), allsidesArticles: (.allsidesArticles | length)}};
    {note: "Article pools of the labelled-findings measurement, decided before any finding was labelled. Made by eval/findings/pools.sh split ../shared/data; see docs/labelling-findings.md and decision 0029.",
     salt: $salt, unit: "ISO week of the article date (BASIL event: of its earliest article)",
     sources: {basil: "basil/articles/YEAR/EVENT_N.json", allsides: "allsides/articles-all.jsonl.gz"},
     extraWeeks: {evaluation: $evalWeeks, tuning: $tuningWeeks, evaluation2: $eval2Weeks},
     pools: {evaluation: pool($ew; $eb; $ea), tuning: pool($tw; $tb; $ta), evaluation2: pool($vw; $vb; $va)}}'
}

materialise() {
  local data=$1 pool=$2 dir=$3 manifest
  manifest="$(dirname "$0")/pools.json"
  case "$pool" in evaluation|tuning|evaluation2) ;; *) echo "pools.sh: POOL must be evaluation, tuning or evaluation2, was '$pool'" >&2; exit 2 ;; esac
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then echo "pools.sh: $dir is not empty" >&2; exit 3; fi
  mkdir -p "$dir/basil"
  jq -r --arg p "$pool" '.pools[$p].basilEvents[]' "$manifest" | while read -r event; do
    cp "$data"/basil/articles/*/"${event}"_[123].json "$dir/basil/"
  done
  zcat "$data/allsides/articles-all.jsonl.gz" \
    | jq -cn --slurpfile m "$manifest" --arg p "$pool" \
        '($m[0].pools[$p].allsidesArticles | map({(.): true}) | add) as $ids | inputs | select($ids[.id] == true)' \
    > "$dir/allsides.jsonl"
  echo "pools.sh: $pool: $(ls "$dir/basil" | wc -l) BASIL articles, $(wc -l < "$dir/allsides.jsonl") AllSides articles in $dir" >&2
}

case "${1:-}" in
  split) [ $# -eq 2 ] || { echo "usage: pools.sh split DATA" >&2; exit 2; }; split "$2" ;;
  materialise) [ $# -eq 4 ] || { echo "usage: pools.sh materialise DATA POOL DIR" >&2; exit 2; }; materialise "$2" "$3" "$4" ;;
  *) echo "usage: pools.sh split DATA | pools.sh materialise DATA POOL DIR" >&2; exit 2 ;;
esac
