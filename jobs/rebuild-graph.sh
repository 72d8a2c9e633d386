#!/usr/bin/env bash
# Rebuilds entity ids, entities, co-occurrences and quote edges from existing tables, without CoreNLP:
#   jobs/rebuild-graph.sh out [--aliases builtin,my-aliases.csv]
set -euo pipefail
source "$(dirname "$0")/env.sh"
NEWSGRAPH_JAVA_OPTS="-Dspark.ui.enabled=false" newsgraph_exec 4g org.newsgraph.jobs.RebuildGraphJob "$@"
