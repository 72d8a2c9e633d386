#!/usr/bin/env bash
# Scores quote extraction against PolNeAR (and CoreNLP's QuoteAnnotator as the baseline):
#   jobs/eval-quotes.sh [--split dev|train] [--limit N] [--no-baseline] ...   (--help lists the options)
# Builds what it needs first. NEWSGRAPH_HEAP sets the heap (default 6g: two CoreNLP pipelines, one with coref).
set -euo pipefail
source "$(dirname "$0")/env.sh"
newsgraph_build
# A full run takes minutes and classes load lazily: run from a snapshot of target/classes so a rebuild
# meanwhile (mvn test in the same checkout) cannot take classes away mid-run.
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-eval.XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
cp -r "$NEWSGRAPH_HOME/target/classes" "$snapshot/classes"
# shellcheck disable=SC2086
java -Xmx"${NEWSGRAPH_HEAP:-6g}" -XX:+UseG1GC $SPARK_MODULE_OPTS \
  -Dlog4j2.configurationFile="$NEWSGRAPH_HOME/jobs/log4j2.properties" \
  -cp "$snapshot/classes:${NEWSGRAPH_CP#*:}" org.newsgraph.eval.QuoteEvaluation "$@"
