#!/usr/bin/env bash
# The test command (README, .ci/run): builds and runs every test with real Spark and real CoreNLP models.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
# The notebooks, executed headless against the tables the tests left in target/seeds-out.
jobs/run-notebooks.sh target/seeds-out
