#!/usr/bin/env bash
# Memory and time of the WARC path on a large file:
#   jobs/bench-warc.sh [TARGET_BYTES] [HEAP]   (defaults: 1073741824 = 1 GiB, 1g)
# Builds target/bench-warc/big.warc.gz (once per size) by repeating the 91 benchmark pages of
# ../shared/data/article-extraction (a request and a response per copy, each copy under its own URL), then
# reads, decodes, cleans and strips boilerplate from every record (all the job does before CoreNLP) in
# local[2] under the given heap, and prints the record count, the time and the JVM's peak RSS (VmHWM).
# CoreNLP is not run: annotating ~50,000 pages would take hours on 2 cores and does not touch the WARC reader.
set -euo pipefail
source "$(dirname "$0")/env.sh"
size="${1:-1073741824}" heap="${2:-1g}"
pages="$NEWSGRAPH_HOME/../shared/data/article-extraction/html"
dir="$NEWSGRAPH_HOME/target/bench-warc"
mkdir -p "$dir/in-$size"
warc="$dir/in-$size/big.warc.gz"
newsgraph_build
if [ ! -s "$warc" ]; then
  (newsgraph_exec 2g org.newsgraph.bench.WarcRepeat "$pages" "$warc" "$size")
fi
ls -l "$warc"
(newsgraph_exec "$heap" org.newsgraph.bench.WarcReadBench "$dir/in-$size") 2>&1 | grep -v " WARN \| INFO "
