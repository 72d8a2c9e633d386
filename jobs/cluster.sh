#!/usr/bin/env bash
# A Spark standalone cluster on this machine, for trying jobs/submit.sh and for the integration tests:
# one Master and N Workers, each its own JVM on 127.0.0.1, started through the Spark home's spark-class
# ($SPARK_HOME if it has one, else target/spark-home assembled by mvn package).
#
#   jobs/cluster.sh start [N]    start the master and N workers (default 2); waits until all registered
#   jobs/cluster.sh status       the master URL and the live workers; exit 1 when not running
#   jobs/cluster.sh stop         stop workers (and their executors), then the master; no JVM is left behind
#
# Environment (defaults in brackets):
#   NEWSGRAPH_CLUSTER_DIR   state, logs and worker work dirs [target/cluster]
#   NEWSGRAPH_WORKER_CORES  cores each worker offers [1]
#   NEWSGRAPH_WORKER_MEMORY memory each worker offers executors [4g]; a CoreNLP executor needs ~3.4 GB RSS
#   NEWSGRAPH_MASTER_PORT   [7077]   NEWSGRAPH_MASTER_UI_PORT [8080] (JSON status at /json)
#   SPARK_DAEMON_MEMORY     heap of the master and worker JVMs themselves [512m]
# Executors write stdout/stderr under $NEWSGRAPH_CLUSTER_DIR/work/worker-I/APP_ID/EXECUTOR_ID/.
set -euo pipefail
source "$(dirname "$0")/spark-env.sh"

CLUSTER_DIR="${NEWSGRAPH_CLUSTER_DIR:-$NEWSGRAPH_HOME/target/cluster}"
MASTER_PORT="${NEWSGRAPH_MASTER_PORT:-7077}"
UI_PORT="${NEWSGRAPH_MASTER_UI_PORT:-8080}"
CORES="${NEWSGRAPH_WORKER_CORES:-1}"
MEMORY="${NEWSGRAPH_WORKER_MEMORY:-4g}"
MASTER_URL="spark://127.0.0.1:$MASTER_PORT"
STATE="$CLUSTER_DIR/cluster.env"

# Spark binds to the first non-loopback address and advertises it otherwise; everything stays on loopback.
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-512m}"

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

registered_workers() {
  curl -fsS "http://127.0.0.1:$UI_PORT/json/" 2>/dev/null | grep -o '"aliveworkers" *: *[0-9]*' | grep -o '[0-9]*$' || echo 0
}

# Starts CLASS in its own session (Ctrl-C in this shell does not reach it); prints its PID. spark-class
# execs the JVM, so the PID is the JVM's.
launch() {
  local log="$1"; shift
  setsid "$SPARK_HOME/bin/spark-class" "$@" >"$log" 2>&1 </dev/null &
  echo $!
}

# Stops PID if it is still the Spark JVM it was (a stale PID file must not kill an unrelated process).
stop_pid() {
  local pid="$1" name="$2" i
  alive "$pid" || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org\.apache\.spark\.' || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do alive "$pid" || return 0; sleep 0.2; done
  echo "cluster: $name ($pid) ignored SIGTERM for 10 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

cmd_stop() {
  [ -d "$CLUSTER_DIR/pids" ] || { echo "cluster: not running ($CLUSTER_DIR/pids missing)"; return 0; }
  local f pid children c
  for f in "$CLUSTER_DIR"/pids/worker-*.pid; do
    [ -e "$f" ] || continue
    pid="$(cat "$f")"
    # A worker's shutdown hook kills its executors; remember them in case it cannot (SIGKILL).
    children="$(pgrep -P "$pid" 2>/dev/null || true)"
    stop_pid "$pid" "$(basename "$f" .pid)"
    for c in $children; do stop_pid "$c" "executor of $(basename "$f" .pid)"; done
    rm -f "$f"
  done
  if [ -e "$CLUSTER_DIR/pids/master.pid" ]; then
    stop_pid "$(cat "$CLUSTER_DIR/pids/master.pid")" master
    rm -f "$CLUSTER_DIR/pids/master.pid"
  fi
  rm -f "$STATE"
  echo "cluster: stopped"
}

cmd_status() {
  if [ ! -e "$CLUSTER_DIR/pids/master.pid" ] || ! alive "$(cat "$CLUSTER_DIR/pids/master.pid")"; then
    echo "cluster: not running"; return 1
  fi
  echo "cluster: $MASTER_URL, $(registered_workers) worker(s) alive, UI http://127.0.0.1:$UI_PORT"
}

cmd_start() {
  local n="${1:-2}" i pid
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "cluster: start takes a worker count >= 1, got '$n'" >&2; exit 2; }
  if [ -e "$CLUSTER_DIR/pids/master.pid" ] && alive "$(cat "$CLUSTER_DIR/pids/master.pid")"; then
    echo "cluster: already running ($(cmd_status)); jobs/cluster.sh stop first" >&2; exit 1
  fi
  newsgraph_spark_home
  mkdir -p "$CLUSTER_DIR/pids" "$CLUSTER_DIR/logs" "$CLUSTER_DIR/work"
  # Any failure below stops what was started, so a failed start leaves no JVM behind.
  trap 'echo "cluster: start failed; stopping what was started" >&2; cmd_stop >&2' ERR INT TERM

  pid="$(launch "$CLUSTER_DIR/logs/master.log" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$UI_PORT")"
  echo "$pid" >"$CLUSTER_DIR/pids/master.pid"
  for i in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$UI_PORT/json/" >/dev/null 2>&1 && break
    alive "$pid" || { echo "cluster: the master exited; see $CLUSTER_DIR/logs/master.log" >&2; tail -20 "$CLUSTER_DIR/logs/master.log" >&2; false; }
    sleep 0.5
  done

  for i in $(seq 1 "$n"); do
    mkdir -p "$CLUSTER_DIR/work/worker-$i"
    # Finished applications' work dirs (jars fetched with --jars: ~470 MB each when the models travel that
    # way) are deleted an hour after the application ends.
    pid="$(SPARK_WORKER_OPTS="-Dspark.worker.cleanup.enabled=true -Dspark.worker.cleanup.interval=600 \
-Dspark.worker.cleanup.appDataTtl=3600 ${SPARK_WORKER_OPTS:-}" \
      launch "$CLUSTER_DIR/logs/worker-$i.log" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --cores "$CORES" --memory "$MEMORY" --webui-port 0 \
      --work-dir "$CLUSTER_DIR/work/worker-$i" "$MASTER_URL")"
    echo "$pid" >"$CLUSTER_DIR/pids/worker-$i.pid"
  done
  for i in $(seq 1 120); do
    [ "$(registered_workers)" -ge "$n" ] && break
    for f in "$CLUSTER_DIR"/pids/worker-*.pid; do
      alive "$(cat "$f")" || { echo "cluster: $(basename "$f" .pid) exited; see $CLUSTER_DIR/logs/" >&2; false; }
    done
    sleep 0.5
  done
  [ "$(registered_workers)" -ge "$n" ] || { echo "cluster: workers did not register within 60 s" >&2; false; }
  trap - ERR INT TERM
  printf 'MASTER_URL=%s\nWORKER_CORES=%s\nWORKER_MEMORY=%s\nWORKERS=%s\n' "$MASTER_URL" "$CORES" "$MEMORY" "$n" >"$STATE"
  echo "cluster: $MASTER_URL with $n worker(s) of $CORES core(s) and $MEMORY; UI http://127.0.0.1:$UI_PORT; logs in $CLUSTER_DIR/logs"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: jobs/cluster.sh start [N] | status | stop   (see the comment at the top for settings)" >&2; exit 2 ;;
esac
