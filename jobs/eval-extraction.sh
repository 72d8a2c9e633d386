#!/usr/bin/env bash
# HTML main-text extraction scored on the article-extraction pages (word 4-shingles, P/R per page averaged):
#   jobs/eval-extraction.sh [DIR (default ../shared/data/article-extraction)] [--extractor plain|readability|rules|readability+rules]
# Builds what it needs first; per-page scores land in target/eval-extraction/pages.tsv.
set -euo pipefail
source "$(dirname "$0")/env.sh"
NEWSGRAPH_HEAP="${NEWSGRAPH_HEAP:-2g}" newsgraph_run_snapshot org.newsgraph.eval.ExtractionEvaluation "$@"
