#!/usr/bin/env bash
# The speed/accuracy table of NLP configurations, in one invocation:
#   jobs/bench-configs.sh [N_ARTICLES] [NER:PARSE ...]   (default 200 FA-KES articles; all three
#   configurations fast:cues full:cues full:all, or only those named, e.g. `jobs/bench-configs.sh 793 fast:cues`)
# For each configuration it measures (1) the whole job on one core (--master local[1]): FA-KES articles
# read to every Parquet table written, tokens/s of annotation and of the run end to end (wall clock of the
# whole process: JVM and Spark start, model loading, reading, annotation, entity tables, writes); (2) quotes on
# PolNeAR dev (jobs/eval-quotes.sh, no baseline); (3) NER on CoNLL-2003 dev (jobs/eval-ner.sh).
# Prints one table at the end; logs under target/bench-configs/.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200}"
shift || true
fakes="${FAKES_CSV:-../shared/data/fakes/FA-KES-Dataset.csv}"
logs=target/bench-configs
mkdir -p "$logs"
configs=("fast cues" "full cues" "full all")
if [ $# -gt 0 ]; then
  configs=()
  for c in "$@"; do
    [[ "$c" =~ ^(fast|full):(cues|all)$ ]] || { echo "bench-configs: configuration '$c' is not NER:PARSE (fast|full):(cues|all)" >&2; exit 2; }
    configs+=("${c/:/ }")
  done
fi
rows=()
source jobs/env.sh && newsgraph_build   # compiled once here, so no run's wall time includes a build
newsgraph_cds_prepare                   # and the class-data archive made (env.sh), for the same reason
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 1; }
for c in "${configs[@]}"; do
  read -r ner parse <<<"$c"
  name="ner=$ner parse=$parse"
  out="$logs/out-$ner-$parse"
  rm -rf "$out"
  /usr/bin/time -f %e -o "$logs/job-$ner-$parse.wall" jobs/run-local.sh "$fakes" "$out" --csv-encoding ISO-8859-1 \
    --limit "$n" --master 'local[1]' --ner "$ner" --parse "$parse" > "$logs/job-$ner-$parse.log" 2>&1
  ann=$(grep -oP 'annotation: [\d,]+ tokens in [\d.]+ s = \K[\d,]+(?= tokens/s)' "$logs/job-$ner-$parse.log" | tr -d ,)
  tok=$(grep -oP 'annotation: \K[\d,]+(?= tokens)' "$logs/job-$ner-$parse.log" | tr -d ,)
  total=$(tail -1 "$logs/job-$ner-$parse.wall")
  e2e=$(awk -v t="$tok" -v s="$total" 'BEGIN { printf "%.0f", t / s }')
  jobs/eval-quotes.sh --split dev --no-baseline --ner "$ner" --parse "$parse" > "$logs/quotes-$ner-$parse.log" 2>&1
  direct=$(grep -P '^\s+DIRECT\s+0\.3' "$logs/quotes-$ner-$parse.log" | awk '{print $NF}')
  speech=$(grep -P '^\s+SPEECH\s+0\.3' "$logs/quotes-$ner-$parse.log" | awk '{print $NF}')
  speaker=$(grep -oP 'SPEECH \d+/\d+ = \K[\d.]+' "$logs/quotes-$ner-$parse.log")
  jobs/eval-ner.sh --ner "$ner" > "$logs/ner-$ner.log" 2>&1
  nerf1=$(grep -oP 'F1 \K[\d.]+' "$logs/ner-$ner.log")
  rows+=("$(printf '| %-22s | %8s | %8s | %6s | %6s | %7s | %6s |' "$name" "$ann" "$e2e" "$direct" "$speech" "$speaker" "$nerf1")")
done
echo
echo "$n FA-KES articles on one core (local[1]); quotes on PolNeAR dev (overlap 0.3); NER on CoNLL-2003 dev"
echo "| configuration          | ann tok/s | e2e tok/s | direct F1 | speech F1 | speaker acc | NER F1 |"
echo "|------------------------|----------:|----------:|----------:|----------:|------------:|-------:|"
printf '%s\n' "${rows[@]}"
