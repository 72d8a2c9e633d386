#!/usr/bin/env bash
# Scores story grouping (documents.story_id) and statement grouping (quotes.statement_id) on FA-KES:
#   jobs/eval-copies.sh [--keep] [job options, e.g. --story-min-jaccard 0.5]
# Runs the job on the FA-KES archive (default options plus yours) into target/eval-copies/fakes, then scores
# story pairs against docs/gold/stories-fakes.tsv plus synthetic copies of its articles, and quote pairs
# against docs/gold/statements-fakes.tsv (method: docs/COPIES.md; gold: docs/gold/STORIES.md). The first
# call annotates FA-KES (~10 minutes on 2 cores); --keep reuses those annotations, so only the cleaning,
# stories and graph stages run again (~3 minutes). Per-pair details: target/eval-copies/story-details.tsv.
# NEWSGRAPH_SHARED: the shared data folder (default ../shared beside the project).
set -euo pipefail
source "$(dirname "$0")/env.sh"
keep=0
if [ "${1:-}" = "--keep" ]; then keep=1; shift; fi
shared="${NEWSGRAPH_SHARED:-$NEWSGRAPH_HOME/../shared}"
work="$NEWSGRAPH_HOME/target/eval-copies"
fakes="$shared/data/fakes/FA-KES-Dataset.csv"
[ -f "$fakes" ] || { echo "eval-copies: $fakes not found; set NEWSGRAPH_SHARED to the shared data folder" >&2; exit 2; }
if [ "$keep" = 0 ]; then rm -rf "$work/fakes"; fi
mkdir -p "$work"
# newsgraph_exec replaces its shell, hence the subshell.
(newsgraph_exec "${NEWSGRAPH_HEAP:-6g}" org.newsgraph.jobs.NewsgraphJob --input "$fakes" --output "$work/fakes" \
  --csv-encoding ISO-8859-1 "$@")
story_opts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --story-min-jaccard) story_opts+=(--min-jaccard "$2"); shift 2 ;;
    --story-min-containment) story_opts+=(--min-containment "$2"); shift 2 ;;
    *) shift ;;
  esac
done
NEWSGRAPH_HEAP=3g newsgraph_run_snapshot org.newsgraph.eval.StoryEvaluation --run "$work/fakes" \
  --gold "$NEWSGRAPH_HOME/docs/gold/stories-fakes.tsv" --details "$work/story-details.tsv" ${story_opts[@]+"${story_opts[@]}"}
echo
NEWSGRAPH_HEAP=2g newsgraph_run_snapshot org.newsgraph.eval.StatementEvaluation --run "$work/fakes" \
  --gold "$NEWSGRAPH_HOME/docs/gold/statements-fakes.tsv"
