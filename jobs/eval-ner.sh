#!/usr/bin/env bash
# Entity-level NER precision, recall and F1 on a CoNLL-2003 file (never eng.testb):
#   jobs/eval-ner.sh [--file ../shared/data/conll2003/dev.txt] [--ner fast|full]
# Builds what it needs first. NEWSGRAPH_HEAP sets the heap (default 6g).
set -euo pipefail
source "$(dirname "$0")/env.sh"
newsgraph_run_snapshot org.newsgraph.eval.NerEvaluation "$@"
