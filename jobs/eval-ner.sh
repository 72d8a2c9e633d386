#!/usr/bin/env bash
# Entity-level NER precision, recall and F1 on a CoNLL-2003 file (never eng.testb):
#   jobs/eval-ner.sh [--file ../shared/data/conll2003/dev.txt] [--ner fast|full]
# Builds what it needs first. NEWSGRAPH_HEAP sets the heap (default 6g: one CoreNLP pipeline).
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
  -cp "$snapshot/classes:${NEWSGRAPH_CP#*:}" org.newsgraph.eval.NerEvaluation "$@"
