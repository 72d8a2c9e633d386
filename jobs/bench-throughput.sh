#!/usr/bin/env bash
# Throughput of the job against CoreNLP's own command line on the same articles and cores:
#   jobs/bench-throughput.sh [N_ARTICLES] [CORES] [ROUNDS]   (defaults: 200 articles, 2 cores, 1 round)
#
# Articles: the first N distinct FA-KES articles (../shared/data/fakes/FA-KES-Dataset.csv, or
# NEWSGRAPH_BENCH_CSV, Latin-1), one text file each (title, blank line, text) under target/bench/.
# Runs, one after the other:
#   cli-ner       StanfordCoreNLP -threads CORES with exactly the job's CoreNLP properties
#                 (org.newsgraph.bench.CoreNlpProperties prints them from NlpSettings.defaults())
#   cli-depparse  the same plus depparse on every sentence; the job parses only sentences with a speech cue,
#                 which the command line cannot do, so the job's cost lies between the two
#   job           jobs/run-local.sh's java command, --master local[CORES], into a fresh output folder (on a
#                 private copy of target/classes, so that a concurrent build cannot break the run)
# Each figure includes JVM start and model loading (CoreNLP's "Pipeline setup" line gives the CLI's share,
# the executor's "pipeline ... loaded in" lines the job's). Tokens: the CLI's CoNLL output, one line per token;
# the job's summary line (documents.token_count summed; the same tokeniser on the cleaned text).
# Peak RSS: /usr/bin/time -v. Heaps: NEWSGRAPH_BENCH_CLI_HEAP [4g], NEWSGRAPH_HEAP for the job [6g].
set -euo pipefail
source "$(dirname "$0")/env.sh"
n="${1:-200}" cores="${2:-2}" rounds="${3:-1}"
[[ "$n" =~ ^[1-9][0-9]*$ && "$cores" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]] \
  || { echo "usage: jobs/bench-throughput.sh [N_ARTICLES] [CORES] [ROUNDS]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 1; }
csv="${NEWSGRAPH_BENCH_CSV:-$NEWSGRAPH_HOME/../shared/data/fakes/FA-KES-Dataset.csv}"
bench="$NEWSGRAPH_HOME/target/bench"
articles="$bench/articles-$n"

newsgraph_build
mkdir -p "$bench"
# A private copy of the compiled classes: a concurrent mvn compile must not pull them from under a run.
rm -rf "$bench/classes"
newsgraph_snapshot_classes "$bench"
[ -f "$bench/classes/org/newsgraph/bench/CsvToTextFiles.class" ] || { echo "bench: target/classes is incomplete (a build running?); try again" >&2; exit 1; }
NEWSGRAPH_CP="$NEWSGRAPH_DEPS_CP:$bench/classes"   # the order env.sh uses
newsgraph_cds_prepare   # the job runs as jobs/run-local.sh runs it, with the class-data archive (env.sh)
if [ "$(ls "$articles" 2>/dev/null | wc -l)" -ne "$n" ]; then
  rm -rf "$articles"
  java -cp "$NEWSGRAPH_CP" org.newsgraph.bench.CsvToTextFiles "$csv" ISO-8859-1 "$n" "$articles" >/dev/null
fi
n_written="$(ls "$articles" | wc -l)"
find "$articles" -type f | sort >"$bench/filelist.txt"
java -cp "$NEWSGRAPH_CP" org.newsgraph.bench.CoreNlpProperties >"$bench/ner.properties"
annotators="$(sed -n 's/^annotators=//p' "$bench/ner.properties")"
java -cp "$NEWSGRAPH_CP" org.newsgraph.bench.CoreNlpProperties --corenlp "annotators=$annotators,depparse" >"$bench/depparse.properties"

# value of /usr/bin/time -v's field $2 in file $1
timed() { sed -n "s/^\s*$2: //p" "$1"; }
wall_secs() { timed "$1" 'Elapsed (wall clock) time (h:mm:ss or m:ss)' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }
peak_mb() { timed "$1" 'Maximum resident set size (kbytes)' | awk '{ printf "%.0f", $1 / 1024 }'; }

run_cli() {
  local name="$1" props="$2" out="$bench/$1"
  rm -rf "$out"; mkdir -p "$out"
  echo "bench: $name: CoreNLP CLI, -threads $cores, $(sed -n 's/^annotators=//p' "$props")" >&2
  /usr/bin/time -v -o "$bench/$name.time" java -Xmx"${NEWSGRAPH_BENCH_CLI_HEAP:-4g}" -XX:+UseG1GC -cp "$NEWSGRAPH_CP" \
    edu.stanford.nlp.pipeline.StanfordCoreNLP -props "$props" -threads "$cores" -filelist "$bench/filelist.txt" \
    -outputFormat conll -outputDirectory "$out" >"$bench/$name.log" 2>&1
  local tokens wall setup
  tokens="$(cat "$out"/*.conll | grep -c . || true)"
  wall="$(wall_secs "$bench/$name.time")"
  setup="$(grep -o 'Pipeline setup: [0-9.]* sec' "$bench/$name.log" | grep -o '[0-9.]*' | head -1)"
  results+=("$(printf '%-13s %9s %8.1f %10.0f %9s %8s  model load %s s (Pipeline setup)' "$name" "$tokens" "$wall" \
    "$(echo "$tokens $wall" | awk '{print $1 / $2}')" "$(peak_mb "$bench/$name.time")" "$n_written" "${setup:-?}")")
  R_TOKENS="$tokens" R_WALL="$wall" R_SETUP="${setup:-0}"
}

# One round: both CLI runs, then the job, one after the other; prints its table and ratios and appends
# the end-to-end job / cli-depparse ratio to $ratios.
ratios=()
bench_round() {
  results=()
  run_cli cli-ner "$bench/ner.properties"; ner_tokens="$R_TOKENS" ner_wall="$R_WALL" ner_setup="$R_SETUP"
  run_cli cli-depparse "$bench/depparse.properties"; dep_tokens="$R_TOKENS" dep_wall="$R_WALL" dep_setup="$R_SETUP"

  echo "bench: job: jobs/run-local.sh's command, --master local[$cores]" >&2
  rm -rf "$bench/job-out"
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$bench/job.time" java -Xmx"${NEWSGRAPH_HEAP:-6g}" -XX:+UseG1GC $SPARK_MODULE_OPTS $NEWSGRAPH_CDS_OPTS \
    -Dlog4j2.configurationFile="$NEWSGRAPH_HOME/jobs/log4j2.properties" -Dspark.ui.showConsoleProgress=false \
    -cp "$NEWSGRAPH_CP" org.newsgraph.jobs.NewsgraphJob --input "$articles" --output "$bench/job-out" \
    --master "local[$cores]" >"$bench/job.log" 2>&1 || { echo "bench: the job failed; see $bench/job.log" >&2; exit 1; }
  job_tokens="$(grep -o 'annotation: [0-9,]* tokens' "$bench/job.log" | grep -o '[0-9,]*' | tr -d ,)"
  job_annot="$(grep -o 'annotation: .*' "$bench/job.log")"
  job_wall="$(wall_secs "$bench/job.time")"
  job_load="$(grep -o 'CoreNLP pipeline .* loaded in [0-9]* ms' "$bench/job.log" | grep -o '[0-9]* ms' | head -1)"
  job_rate="$(echo "$job_tokens $job_wall" | awk '{print $1 / $2}')"
  results+=("$(printf '%-13s %9s %8.1f %10.0f %9s %8s  model load %s (pipeline) + parser, inside the annotate stage' \
    job "$job_tokens" "$job_wall" "$job_rate" "$(peak_mb "$bench/job.time")" "$n_written" "${job_load:-?}")")

  echo
  echo "newsgraph throughput, $n_written FA-KES articles, $cores cores ($(nproc) on this machine), end to end incl. JVM start and model load"
  printf '%-13s %9s %8s %10s %9s %8s\n' run tokens wall_s tokens/s peak_MB articles
  printf '%s\n' "${results[@]}"
  echo "job summary: $job_annot; $(grep -o "total time: .*" "$bench/job.log") (the rest: Spark start, reading, entity/graph tables, writes)"
  job_annot_rate="$(echo "$job_annot" | grep -o '= [0-9,]* tokens/s' | grep -o '[0-9,]*' | tr -d ,)"
  local dep_ratio
  dep_ratio="$(awk -v j="$job_rate" -v c="$dep_tokens" -v d="$dep_wall" 'BEGIN { printf "%.2f", j / (c / d) }')"
  ratios+=("$dep_ratio")
  awk -v j="$job_rate" -v a="$ner_tokens" -v b="$ner_wall" -v c="$dep_tokens" -v d="$dep_wall" -v r="$dep_ratio" \
      -v ja="$job_annot_rate" -v sa="$ner_setup" -v sd="$dep_setup" 'BEGIN {
    printf "ratio job / cli-ner: %.2f   job / cli-depparse: %s   (tokens/s, end to end)\n", j / (a / b), r
    printf "annotation only: cli-ner %.0f, cli-depparse %.0f tokens/s (wall minus Pipeline setup); job %.0f tokens/s (its annotate stage,\n", a / (b - sa), c / (d - sd), ja
    printf "  cleaning and its model loading included); ratio job / cli-ner: %.2f   job / cli-depparse: %.2f\n", ja / (a / (b - sa)), ja / (c / (d - sd)) }'
}

# This VM's speed drifts between runs minutes apart: several rounds, each with its own baseline, show
# how much of a difference is noise. The ratio of each round compares runs made back to back.
for ((r = 1; r <= rounds; r++)); do
  [ "$rounds" -gt 1 ] && echo "bench: round $r of $rounds" >&2
  bench_round
done
if [ "$rounds" -gt 1 ]; then
  echo
  printf '%s\n' "${ratios[@]}" | sort -n | awk -v n="$rounds" '{ v[NR] = $1 } END {
    m = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    printf "job / cli-depparse end to end over %d rounds: min %.2f, median %.2f, max %.2f\n", n, v[1], m, v[n] }'
fi
echo "outputs and logs: $bench"
