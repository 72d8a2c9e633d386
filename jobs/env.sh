# Shared settings for the launch scripts; sourced, not run.
# The Java 17 module options Spark needs on any JVM it did not start itself
# (the list in org.apache.spark.launcher.JavaModuleOptions for Spark 4.2.0; pom.xml carries the same list).
SPARK_MODULE_OPTS="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector \
--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
--add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
-Dio.netty.allocator.type=pooled -Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE \
--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"

NEWSGRAPH_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Compiles the project and writes the full runtime classpath (Spark and the CoreNLP models included,
# which the application jar leaves out) to target/classpath.txt, when sources or pom.xml changed.
newsgraph_build() {
  local cp="$NEWSGRAPH_HOME/target/classpath.txt"
  if [ ! -f "$cp" ] || [ -n "$(find "$NEWSGRAPH_HOME/pom.xml" "$NEWSGRAPH_HOME/src/main" -newer "$cp" -print -quit)" ]; then
    (cd "$NEWSGRAPH_HOME" && mvn -q -B -DskipTests compile dependency:build-classpath \
        -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt) || return 1
  fi
  NEWSGRAPH_CP="$NEWSGRAPH_HOME/target/classes:$(cat "$cp")"
}

# Replaces the shell with a JVM running MAIN_CLASS on the runtime classpath, with Spark's module options and
# the project's console logging. usage: newsgraph_exec HEAP MAIN_CLASS [args...]; extra JVM flags in
# NEWSGRAPH_JAVA_OPTS.
newsgraph_exec() {
  local heap="$1" main="$2"; shift 2
  newsgraph_build || return 1
  # shellcheck disable=SC2086
  exec java -Xmx"$heap" -XX:+UseG1GC $SPARK_MODULE_OPTS ${NEWSGRAPH_JAVA_OPTS:-} \
    -Dlog4j2.configurationFile="$NEWSGRAPH_HOME/jobs/log4j2.properties" -Dspark.ui.showConsoleProgress=false \
    -cp "$NEWSGRAPH_CP" "$main" "$@"
}

# Runs a main class from a snapshot of target/classes with the Maven runtime classpath: long evaluations
# load classes lazily, and a rebuild meanwhile (mvn test in the same checkout) must not take them away.
# usage: newsgraph_run_snapshot MAIN_CLASS [args...]; NEWSGRAPH_HEAP sets the heap (default 6g).
newsgraph_run_snapshot() {
  local main="$1"; shift
  newsgraph_build || return 1
  local snapshot
  snapshot="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-run.XXXXXX")"
  cp -r "$NEWSGRAPH_HOME/target/classes" "$snapshot/classes"
  # shellcheck disable=SC2086
  java -Xmx"${NEWSGRAPH_HEAP:-6g}" -XX:+UseG1GC $SPARK_MODULE_OPTS \
    -Dlog4j2.configurationFile="$NEWSGRAPH_HOME/jobs/log4j2.properties" \
    -cp "$snapshot/classes:${NEWSGRAPH_CP#*:}" "$main" "$@"
  local rc=$?
  rm -rf "$snapshot"
  return $rc
}
