#!/usr/bin/env bash
# The test command (README, .ci/run): builds and runs every test with real Spark and real CoreNLP models.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
# The notebooks, executed headless against the tables the tests left in target/seeds-out.
jobs/run-notebooks.sh target/seeds-out
# One closing line for the whole run: JUnit test cases (unit, end-to-end, cluster) plus the notebooks.
junit=$(cat target/surefire-reports/TEST-*.xml target/failsafe-reports/TEST-*.xml 2>/dev/null | grep -c '<testcase' || true)
echo "tests: $((junit + $(ls notebooks/*.ipynb | wc -l))) passed, 0 failed"
