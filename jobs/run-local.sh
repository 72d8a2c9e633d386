#!/usr/bin/env bash
# Runs newsgraph in local mode: jobs/run-local.sh INPUT OUTPUT [options]   (--help lists the options)
# Builds what it needs first. NEWSGRAPH_HEAP sets the driver heap (default 6g; CoreNLP needs ~2 GB a pipeline).
set -euo pipefail
source "$(dirname "$0")/env.sh"
if [ $# -eq 1 ] && [[ "$1" == "--help" || "$1" == "-h" ]]; then set -- --help
elif [ $# -lt 2 ] || [[ "$1" == --* ]]; then
  echo "usage: jobs/run-local.sh INPUT OUTPUT [options]   (jobs/run-local.sh --help for the options)" >&2; exit 2
else
  in="$1"; out="$2"; shift 2; set -- --input "$in" --output "$out" "$@"
fi
newsgraph_exec "${NEWSGRAPH_HEAP:-6g}" org.newsgraph.jobs.NewsgraphJob "$@"
