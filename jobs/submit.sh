#!/usr/bin/env bash
# Runs newsgraph with spark-submit on any master:
#   jobs/submit.sh [spark-submit options] INPUT OUTPUT [newsgraph options]
# e.g. jobs/submit.sh seeds out                         (the local cluster of jobs/cluster.sh start)
#      jobs/submit.sh --master spark://host:7077 --executor-memory 6g --executor-cores 2 hdfs:///in hdfs:///out
#
# spark-submit is $SPARK_HOME/bin/spark-submit when SPARK_HOME is a Spark installation, else the Spark home
# that mvn package assembles in target/spark-home. Options before INPUT go to spark-submit; these defaults
# apply unless given there:
#   --master           the cluster of jobs/cluster.sh when it runs (target/cluster/cluster.env), else required
#   --executor-memory  4g (NEWSGRAPH_EXECUTOR_MEMORY): one CoreNLP pipeline per executor JVM, ~2.4 GB live
#                      heap, ~3.4 GB resident with ner + the dependency parser
#   --executor-cores   2 (NEWSGRAPH_EXECUTOR_CORES), or the worker's cores on the jobs/cluster.sh cluster;
#                      task threads share the executor's pipeline, so more cores cost little extra memory
#   --driver-memory    2g (NEWSGRAPH_DRIVER_MEMORY): the driver plans and collects counts, it runs no CoreNLP
#                      (6g for local[...] masters, where the driver's JVM is the executor)
# The models jar (~470 MB; NEWSGRAPH_MODELS_JAR, default: the local Maven repository's copy) reaches executors
#   - by spark.executor.extraClassPath when the master is on this machine (spark://127.0.0.1, localhost,
#     local-cluster[...]) or NEWSGRAPH_MODELS=classpath (the jar must then exist at that path on every node);
#   - else with --jars: every executor fetches its own copy into its work dir (NEWSGRAPH_MODELS=jars).
# The Java 17 module options need no help: spark-submit adds them to the driver, SparkContext to executors.
set -euo pipefail
source "$(dirname "$0")/spark-env.sh"

usage() { echo "usage: jobs/submit.sh [spark-submit options] INPUT OUTPUT [newsgraph options]   (see the top of jobs/submit.sh)" >&2; exit 2; }

submit_opts=()
master="" has_mem=false has_cores=false has_driver_mem=false
while [ $# -gt 0 ] && [[ "$1" == --* ]]; do
  case "$1" in
    --help|-h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --verbose|--supervise) submit_opts+=("$1"); shift; continue ;;
  esac
  [ $# -ge 2 ] || usage
  case "$1" in
    --master) master="$2" ;;
    --executor-memory) has_mem=true ;;
    --executor-cores) has_cores=true ;;
    --driver-memory) has_driver_mem=true ;;
  esac
  [ "$1" = --master ] || submit_opts+=("$1" "$2")
  shift 2
done
[ $# -ge 2 ] || usage
input="$1" output="$2"; shift 2

cluster_env="${NEWSGRAPH_CLUSTER_DIR:-$NEWSGRAPH_HOME/target/cluster}/cluster.env"
worker_cores=""
if [ -f "$cluster_env" ]; then
  local_master="$(sed -n 's/^MASTER_URL=//p' "$cluster_env")"
  if [ -z "$master" ] || [ "$master" = "$local_master" ]; then
    master="$local_master"
    worker_cores="$(sed -n 's/^WORKER_CORES=//p' "$cluster_env")"
    workers="$(sed -n 's/^WORKERS=//p' "$cluster_env")"
    # Spark's default of 200 shuffle partitions costs minutes of task overhead on a small cluster.
    [[ " ${submit_opts[*]} " == *" spark.sql.shuffle.partitions="* ]] \
      || submit_opts+=(--conf "spark.sql.shuffle.partitions=$((2 * worker_cores * workers))")
  fi
fi
[ -n "$master" ] || { echo "submit: no --master given and no jobs/cluster.sh cluster running" >&2; exit 2; }

newsgraph_spark_home
newsgraph_package
newsgraph_models_jar

# Executors do not share the driver's working directory: make local paths absolute.
absolute() { if [[ "$1" == *://* || "$1" == /* ]]; then echo "$1"; else echo "$PWD/$1"; fi; }
input="$(absolute "$input")" output="$(absolute "$output")"

$has_mem || submit_opts+=(--executor-memory "${NEWSGRAPH_EXECUTOR_MEMORY:-4g}")
$has_cores || submit_opts+=(--executor-cores "${NEWSGRAPH_EXECUTOR_CORES:-${worker_cores:-2}}")
driver_mem=2g
case "$master" in local|local\[*) driver_mem=6g ;; esac   # local mode: the driver's JVM runs CoreNLP itself
$has_driver_mem || submit_opts+=(--driver-memory "${NEWSGRAPH_DRIVER_MEMORY:-$driver_mem}")

models="${NEWSGRAPH_MODELS:-}"
case "$master" in
  spark://127.0.0.1:*|spark://localhost:*|local-cluster*)
    models="${models:-classpath}"
    export SPARK_LOCAL_IP=127.0.0.1 ;;
  local|local\[*)
    models=driver ;;
esac
case "${models:-jars}" in
  classpath) submit_opts+=(--conf "spark.executor.extraClassPath=$NEWSGRAPH_MODELS_JAR") ;;
  driver) submit_opts+=(--driver-class-path "$NEWSGRAPH_MODELS_JAR") ;;
  jars) submit_opts+=(--jars "$NEWSGRAPH_MODELS_JAR") ;;
  *) echo "submit: NEWSGRAPH_MODELS must be jars or classpath, got '$models'" >&2; exit 2 ;;
esac

exec "$SPARK_HOME/bin/spark-submit" --master "$master" --name newsgraph \
  --class org.newsgraph.jobs.NewsgraphJob \
  --driver-java-options "-Dlog4j2.configurationFile=$NEWSGRAPH_HOME/jobs/log4j2.properties" \
  --conf spark.ui.showConsoleProgress=false \
  --conf spark.executorEnv.SPARK_SCALA_VERSION="${SPARK_SCALA_VERSION:-2.13}" \
  "${submit_opts[@]}" \
  "$NEWSGRAPH_APP_JAR" --input "$input" --output "$output" "$@"
