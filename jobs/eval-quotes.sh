#!/usr/bin/env bash
# Scores quote extraction against PolNeAR (and CoreNLP's QuoteAnnotator as the baseline):
#   jobs/eval-quotes.sh [--split dev|train] [--limit N] [--no-baseline] ...   (--help lists the options)
# Builds what it needs first. NEWSGRAPH_HEAP sets the heap (default 6g: two CoreNLP pipelines, one with coref).
set -euo pipefail
source "$(dirname "$0")/env.sh"
newsgraph_run_snapshot org.newsgraph.eval.QuoteEvaluation "$@"
