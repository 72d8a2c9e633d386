#!/usr/bin/env bash
# The configuration benchmark (jobs/bench-configs.sh) of this checkout against an earlier commit, in one
# invocation, rounds interleaved (this VM's speed drifts between runs minutes apart):
#   jobs/bench-commits.sh BASE_COMMIT [N_ARTICLES] [NER:PARSE] [ROUNDS]   e.g. jobs/bench-commits.sh HEAD~1 793 fast:cues 2
# The base is checked out as a git worktree under target/bench-commits/base (built there on first use);
# uncommitted changes of this checkout are part of "this". Prints every round's table for both.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: jobs/bench-commits.sh BASE_COMMIT [N_ARTICLES] [NER:PARSE] [ROUNDS]}"
n="${2:-200}"; config="${3:-fast:cues}"; rounds="${4:-1}"
here="$(pwd)"
wt="$here/target/bench-commits/base"
rev="$(git rev-parse --verify "$base^{commit}")"
if [ ! -d "$wt" ] || [ "$(git -C "$wt" rev-parse HEAD 2>/dev/null)" != "$rev" ]; then
  rm -rf "$wt"; git worktree prune
  git worktree add --detach "$wt" "$rev" >/dev/null
fi
# The evaluations read ../shared relative to each checkout: the base's sees the same folder through a link.
ln -sfn "$(cd "$here/../shared" && pwd)" "$here/target/bench-commits/shared"
fakes="$(cd "$here/../shared" && pwd)/data/fakes/FA-KES-Dataset.csv"
for r in $(seq 1 "$rounds"); do
  for side in base this; do
    dir="$here"; [ "$side" = base ] && dir="$wt"
    echo "== round $r: $side ($( [ "$side" = base ] && echo "$rev" || echo "working tree" ))"
    (cd "$dir" && FAKES_CSV="$fakes" jobs/bench-configs.sh "$n" "$config") | tail -4
  done
done
