#!/usr/bin/env bash
# The test command (README, .ci/run): builds and runs every test with real Spark and real CoreNLP models.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
