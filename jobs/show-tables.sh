#!/usr/bin/env bash
# Prints a few rows of every table in an output folder, or the result of a Spark SQL query over them:
#   jobs/show-tables.sh out            jobs/show-tables.sh out 20
#   jobs/show-tables.sh out "SELECT type, count(*) FROM mentions GROUP BY type"
set -euo pipefail
source "$(dirname "$0")/env.sh"
newsgraph_build
# shellcheck disable=SC2086
exec java -Xmx2g $SPARK_MODULE_OPTS -Dlog4j2.configurationFile="$NEWSGRAPH_HOME/jobs/log4j2.properties" \
  -Dspark.ui.enabled=false -Dspark.ui.showConsoleProgress=false \
  -cp "$NEWSGRAPH_CP" org.newsgraph.jobs.ShowTables "$@"
