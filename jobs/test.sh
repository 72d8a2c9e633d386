#!/usr/bin/env bash
# The test command (README, .ci/run): builds and runs every test with real Spark and real CoreNLP models.
set -euo pipefail
cd "$(dirname "$0")/.."
rc=0
mvn -B -ntp verify "$@" || rc=$?
# The notebooks, executed headless against the tables the tests left in target/seeds-out.
notebooks=$(ls notebooks/*.ipynb | wc -l)
notebooks_failed=0
if [ "$rc" = 0 ]; then
  jobs/run-notebooks.sh target/seeds-out || { rc=$?; notebooks_failed=$notebooks; }
else
  notebooks=0
  echo "test.sh: the Maven build failed (exit $rc); the notebooks were not run" >&2
fi
# One closing line for the whole run, counted from the JUnit reports (unit, end-to-end, cluster) plus the
# notebooks (run-notebooks.sh stops at the first failing one, so a failure counts them all as failed;
# after a failed build they are not run and not counted).
counts=$(cat target/surefire-reports/TEST-*.xml target/failsafe-reports/TEST-*.xml 2>/dev/null \
  | awk 'match($0, /<testsuite [^>]*>/) {
      s = substr($0, RSTART, RLENGTH)
      for (k = 1; k <= 4; k++) {
        split("tests failures errors skipped", names, " ")
        if (match(s, names[k] "=\"[0-9]+\"")) { v = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", v); sum[k] += v }
      }
    }
    END { printf "%d %d %d %d", sum[1], sum[2], sum[3], sum[4] }' || true)
read -r tests failures errors skipped <<<"${counts:-0 0 0 0}"
failed=$((failures + errors + notebooks_failed))
passed=$((tests - failures - errors - skipped + notebooks - notebooks_failed))
echo "tests: $passed passed, $failed failed, $skipped skipped (JUnit $tests, notebooks $notebooks)"
exit "$rc"
