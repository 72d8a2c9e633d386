#!/usr/bin/env bash
# Prints a few rows of every table in an output folder, or the result of a Spark SQL query over them:
#   jobs/show-tables.sh out            jobs/show-tables.sh out 20
#   jobs/show-tables.sh out "SELECT type, count(*) FROM mentions GROUP BY type"
set -euo pipefail
source "$(dirname "$0")/env.sh"
NEWSGRAPH_JAVA_OPTS="-Dspark.ui.enabled=false" newsgraph_exec 2g org.newsgraph.jobs.ShowTables "$@"
