#!/usr/bin/env bash
# Scores entity resolution (entity_id clustering and entity types) against docs/gold/entities.tsv:
#   jobs/eval-entities.sh [--keep] [job options, e.g. --aliases none]
# Runs the job on the FA-KES archive and on PolNeAR's train and dev texts (as two archives, default
# options plus yours) into target/eval-entities/, then scores both runs; ~6 minutes on 2 cores.
# --keep reuses the annotations of an earlier call (only the graph stage runs again: for changes that do
# not touch annotation). Details per gold mention: target/eval-entities/details.tsv.
# NEWSGRAPH_SHARED: the shared data folder (default ../shared beside the project).
set -euo pipefail
source "$(dirname "$0")/env.sh"
keep=0
if [ "${1:-}" = "--keep" ]; then keep=1; shift; fi
shared="${NEWSGRAPH_SHARED:-$NEWSGRAPH_HOME/../shared}"
work="$NEWSGRAPH_HOME/target/eval-entities"
fakes="$shared/data/fakes/FA-KES-Dataset.csv"
[ -f "$fakes" ] || { echo "eval-entities: $fakes not found; set NEWSGRAPH_SHARED to the shared data folder" >&2; exit 2; }
if [ "$keep" = 0 ]; then rm -rf "$work/fakes" "$work/polnear"; fi
# PolNeAR as a text folder laid out as the gold's doc_ids expect (train/NAME.txt, dev/NAME.txt; never test).
for split in train dev; do
  mkdir -p "$work/polnear-texts/$split"
  cp -u "$shared/data/polnear/$split/text/"*.txt "$work/polnear-texts/$split/"
done
# newsgraph_exec replaces its shell, hence the subshells.
(newsgraph_exec "${NEWSGRAPH_HEAP:-6g}" org.newsgraph.jobs.NewsgraphJob --input "$fakes" --output "$work/fakes" \
  --csv-encoding ISO-8859-1 "$@")
(newsgraph_exec "${NEWSGRAPH_HEAP:-6g}" org.newsgraph.jobs.NewsgraphJob --input "$work/polnear-texts" \
  --output "$work/polnear" "$@")
NEWSGRAPH_HEAP=2g newsgraph_run_snapshot org.newsgraph.eval.EntityEvaluation --gold "$NEWSGRAPH_HOME/docs/gold/entities.tsv" \
  --run fakes="$work/fakes" --run polnear="$work/polnear" --details "$work/details.tsv"
