#!/usr/bin/env bash
# Builds a models jar holding only what the job's default configuration loads (63 MB instead of 474 MB), for
# --jars on a real cluster:  jobs/trim-models.sh [OUT_JAR]   then   NEWSGRAPH_MODELS_JAR=OUT_JAR jobs/submit.sh ...
# The list follows NlpSettings.defaults() (fast NER: the CoNLL 4-class CRF, fine types from the KBP gazetteer)
# plus the dependency parser for quotes. Other settings (--corenlp ner.model=..., full NER, SUTime) need more
# files; a missing one fails the first task with "Unable to open ... as class path, filename or URL".
set -euo pipefail
source "$(dirname "$0")/spark-env.sh"
newsgraph_models_jar
out="${1:-$NEWSGRAPH_HOME/target/spark-home/stanford-corenlp-models-newsgraph.jar}"
resources=(
  edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger
  edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz
  edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab
  edu/stanford/nlp/models/parser/nndep/english_UD.gz
)
tmp="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-models.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && unzip -q "$NEWSGRAPH_MODELS_JAR" "${resources[@]}")
mkdir -p "$(dirname "$out")"
rm -f "$out"
# Stored, not deflated: the models are compressed already.
jar --create --no-compress --file "$out" -C "$tmp" edu
echo "$out: $(du -h "$out" | cut -f1), ${#resources[@]} model files from $(basename "$NEWSGRAPH_MODELS_JAR")"
