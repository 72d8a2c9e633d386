# Settings and helpers for the cluster scripts (submit.sh, cluster.sh, bench-throughput.sh); sourced, not run.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# The application jar, the assembled Spark home and the models jar's path, rebuilt with mvn package when
# sources or pom.xml changed. NEWSGRAPH_APP_JAR set: that jar is used as it is and nothing is built.
newsgraph_package() {
  if [ -n "${NEWSGRAPH_APP_JAR:-}" ]; then
    [ -f "$NEWSGRAPH_APP_JAR" ] || { echo "NEWSGRAPH_APP_JAR=$NEWSGRAPH_APP_JAR does not exist" >&2; return 1; }
    return 0
  fi
  local jar
  jar="$(ls "$NEWSGRAPH_HOME"/target/newsgraph-*-app.jar 2>/dev/null | head -1)"
  if [ -z "$jar" ] || [ ! -f "$NEWSGRAPH_HOME/target/spark-home/models-jar.txt" ] \
      || [ -n "$(find "$NEWSGRAPH_HOME/pom.xml" "$NEWSGRAPH_HOME/src/main" -newer "$jar" -print -quit)" ]; then
    (cd "$NEWSGRAPH_HOME" && mvn -q -B -ntp -DskipTests package) || return 1
    jar="$(ls "$NEWSGRAPH_HOME"/target/newsgraph-*-app.jar | head -1)"
  fi
  NEWSGRAPH_APP_JAR="$jar"
}

# SPARK_HOME: a real Spark installation when the user has one (it has bin/spark-submit), else the one
# mvn package assembles in target/spark-home from Maven Central's Spark jars.
newsgraph_spark_home() {
  if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ] && [ -d "$SPARK_HOME/jars" ]; then
    export SPARK_HOME; return 0
  fi
  if [ ! -x "$NEWSGRAPH_HOME/target/spark-home/bin/spark-class" ] || [ ! -d "$NEWSGRAPH_HOME/target/spark-home/jars" ] \
      || [ "$NEWSGRAPH_HOME/pom.xml" -nt "$NEWSGRAPH_HOME/target/spark-home/.assembled" ]; then
    (cd "$NEWSGRAPH_HOME" && mvn -q -B -ntp -DskipTests package) || return 1
  fi
  export SPARK_HOME="$NEWSGRAPH_HOME/target/spark-home"
}

# The CoreNLP models jar (NEWSGRAPH_MODELS_JAR, else the local Maven repository's copy).
newsgraph_models_jar() {
  if [ -z "${NEWSGRAPH_MODELS_JAR:-}" ]; then
    [ -f "$NEWSGRAPH_HOME/target/spark-home/models-jar.txt" ] || (cd "$NEWSGRAPH_HOME" && mvn -q -B -ntp -DskipTests package) || return 1
    NEWSGRAPH_MODELS_JAR="$(cat "$NEWSGRAPH_HOME/target/spark-home/models-jar.txt")"
  fi
  [ -f "$NEWSGRAPH_MODELS_JAR" ] || { echo "models jar $NEWSGRAPH_MODELS_JAR not found (set NEWSGRAPH_MODELS_JAR)" >&2; return 1; }
}
