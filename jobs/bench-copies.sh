#!/usr/bin/env bash
# How the stories and statements steps grow with the archive:
#   jobs/bench-copies.sh RUN_OUTPUT [FACTORS] [exact|vary]   (defaults: 1,10,40 and vary)
# Reads a finished run's documents and quotes (e.g. target/eval-copies/fakes from jobs/eval-copies.sh) and
# times Stories.find and Statements.find on them and on K copies under new ids, in local[2]. "vary" appends
# one word to every copy so that copies are near duplicates (LSH and confirmation run); "exact" keeps them
# identical (the exact-copy shortcut). Prints one line per factor: articles, quotes, seconds per step.
set -euo pipefail
source "$(dirname "$0")/env.sh"
run="${1:?usage: jobs/bench-copies.sh RUN_OUTPUT [FACTORS] [exact|vary]}"
NEWSGRAPH_JAVA_OPTS="-Dspark.master=local[2] -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=4" \
  NEWSGRAPH_HEAP="${NEWSGRAPH_HEAP:-6g}" newsgraph_exec "${NEWSGRAPH_HEAP:-6g}" org.newsgraph.bench.CopiesScaling \
  "$run" "${2:-1,10,40}" "${3:-vary}"
