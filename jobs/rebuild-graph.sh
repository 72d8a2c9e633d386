#!/usr/bin/env bash
# Rebuilds entity ids, entities, co-occurrences and quote edges from existing tables, without CoreNLP:
#   jobs/rebuild-graph.sh out [--aliases builtin,my-aliases.csv]
set -euo pipefail
source "$(dirname "$0")/env.sh"
newsgraph_build
# shellcheck disable=SC2086
exec java -Xmx4g $SPARK_MODULE_OPTS -Dlog4j2.configurationFile="$NEWSGRAPH_HOME/jobs/log4j2.properties" \
  -Dspark.ui.enabled=false -Dspark.ui.showConsoleProgress=false \
  -cp "$NEWSGRAPH_CP" org.newsgraph.jobs.RebuildGraphJob "$@"
