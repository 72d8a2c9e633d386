# Shared settings for the launch scripts; sourced, not run.
NEWSGRAPH_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Compiles the project and writes the full runtime classpath (Spark and the CoreNLP models included,
# which the application jar leaves out) to target/classpath.txt, when sources or pom.xml changed.
newsgraph_build() {
  local cp="$NEWSGRAPH_HOME/target/classpath.txt"
  if [ ! -f "$cp" ] || [ ! -f "$NEWSGRAPH_HOME/target/module-opts.txt" ] || [ -n "$(find "$NEWSGRAPH_HOME/pom.xml" \
      "$NEWSGRAPH_HOME/src/main" "$NEWSGRAPH_HOME/src/corenlp-patch" "$NEWSGRAPH_HOME/src/eval" -newer "$cp" -print -quit)" ]; then
    (cd "$NEWSGRAPH_HOME" && mvn -q -B -DskipTests compile dependency:build-classpath \
        -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt) || return 1
    # The dependency plugin leaves an unchanged file untouched; without this every later run would find
    # the sources newer than it and run Maven again (~3.5 s per launch, measured).
    touch "$cp"
  fi
  newsgraph_classpath
}

# NEWSGRAPH_DEPS_CP: the dependency jars (NEWSGRAPH_CLASSPATH_FILE, default target/classpath.txt);
# NEWSGRAPH_CP: those, then target/classes (the application) and target/eval-classes (evaluations and
# benchmarks). Dependencies first: the class-data archive below holds their classes, and the JDK uses an
# archive only when the classpath it was dumped with is a prefix of the run's.
# SPARK_MODULE_OPTS: the Java module options Spark needs on a JVM it did not start itself, as pom.xml's
# spark.module.opts declares them (the build writes them to target/module-opts.txt).
newsgraph_classpath() {
  NEWSGRAPH_DEPS_CP="$(cat "${NEWSGRAPH_CLASSPATH_FILE:-$NEWSGRAPH_HOME/target/classpath.txt}")"
  NEWSGRAPH_CP="$NEWSGRAPH_DEPS_CP:$NEWSGRAPH_HOME/target/classes:$NEWSGRAPH_HOME/target/eval-classes"
  SPARK_MODULE_OPTS="$(cat "$NEWSGRAPH_HOME/target/module-opts.txt")"
}

# Copies the compiled application and evaluation classes into one directory DIR/classes, for a run that a
# concurrent build must not change under it. usage: newsgraph_snapshot_classes DIR
newsgraph_snapshot_classes() {
  cp -r "$NEWSGRAPH_HOME/target/classes" "$1/classes"
  if [ -d "$NEWSGRAPH_HOME/target/eval-classes" ]; then
    cp -r "$NEWSGRAPH_HOME/target/eval-classes/." "$1/classes/"
  fi
}

# Class-data sharing (CDS): a JVM that runs Spark and CoreNLP loads ~18,000 classes from ~250 jars, and
# loading, verifying and linking them is a large part of its start-up. A static CDS archive of the
# dependencies' classes (target/cds/, ~200 MB) maps them ready-made instead: jobs/run-local.sh on 20
# FA-KES articles, local[2], took 39.9 / 39.7 / 39.4 s instead of 44.4 / 44.6 / 46.8 s (interleaved runs). The first run records the classes it loads
# (-XX:DumpLoadedClassList, no measurable cost); the next run dumps the archive from that list before it
# starts (once, ~40 s, announced). The archive's name hashes the JDK, the module options and every
# classpath jar with its size and date, so a changed dependency gets a new archive, never a stale one.
# Only dependency jars go in: the JDK cannot archive classes from a directory, and target/classes changes
# with every edit. NEWSGRAPH_CDS=0 turns it off. A failed dump only costs speed; the log is target/cds/dump.log.
# Covered by LaunchScriptCdsTest.
newsgraph_cds_opts() {
  NEWSGRAPH_CDS_OPTS=""
  [ "${NEWSGRAPH_CDS:-1}" = 0 ] && return 0
  # Java Flight Recorder with this archive crashed JDK 17.0.15 at start (SIGSEGV in
  # KlassFactory::check_shared_class_file_load_hook); a profiling run goes without it.
  if [[ "${NEWSGRAPH_JAVA_OPTS:-}" == *FlightRecord* ]]; then
    echo "newsgraph: class-data archive off for this run (Java Flight Recorder crashes JDK 17 with it)" >&2
    return 0
  fi
  local dir="${NEWSGRAPH_CDS_DIR:-$NEWSGRAPH_HOME/target/cds}" key recorded
  # shellcheck disable=SC2046
  key="$( { java -version 2>&1; echo "$SPARK_MODULE_OPTS"; ls -lL --time-style=+%s $(tr ':' ' ' <<<"$NEWSGRAPH_DEPS_CP"); } \
    | sha1sum | cut -c1-16)"
  local archive="$dir/deps-$key.jsa" list="$dir/deps-$key.classlist"
  mkdir -p "$dir"
  recorded="$(ls -t "$list".* 2>/dev/null | head -1 || true)"
  # A run that stopped early (--help, a bad option) records a few hundred classes, not the ~25,000 of a
  # run that reached Spark; an archive dumped from that list would be used, nearly empty, from then on.
  if [ -n "$recorded" ] && [ "$(wc -l <"$recorded")" -lt "${NEWSGRAPH_CDS_MIN_CLASSES:-5000}" ]; then
    rm -f "$recorded"
    recorded=""
  fi
  if [ ! -f "$archive" ] && [ -s "$recorded" ]; then
    echo "newsgraph: building the class-data archive for faster JVM starts, once per set of dependencies (~40 s): $archive" >&2
    mv "$recorded" "$list"
    # shellcheck disable=SC2086
    if java -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive.$$" $SPARK_MODULE_OPTS \
        -cp "$NEWSGRAPH_DEPS_CP" >"$dir/dump.log" 2>&1; then
      mv "$archive.$$" "$archive"
      # Archives of earlier dependency sets are ~200 MB each and never match again.
      find "$dir" -maxdepth 1 -name 'deps-*.jsa' ! -name "${archive##*/}" -delete
    else
      echo "newsgraph: the class-data archive could not be built (see $dir/dump.log); this run goes on without it" >&2
    fi
    rm -f "$archive.$$" "$list" "$list".*
  fi
  if [ -f "$archive" ]; then
    NEWSGRAPH_CDS_OPTS="-XX:SharedArchiveFile=$archive"
  else
    NEWSGRAPH_CDS_OPTS="-XX:DumpLoadedClassList=$list.$$"
  fi
}

# For timed runs (the benchmarks): makes sure the archive exists first, recording the class list on a run
# of the job on seeds/ when there is none.
newsgraph_cds_prepare() {
  newsgraph_cds_opts
  [[ "$NEWSGRAPH_CDS_OPTS" == -XX:DumpLoadedClassList=* ]] || return 0
  local out
  out="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-cds.XXXXXX")"
  echo "newsgraph: recording the classes the job loads (a run on seeds/) for the class-data archive" >&2
  # jobs/run-local.sh's launch, in a subshell so that its exec ends only the subshell
  (NEWSGRAPH_JAVA_OPTS="-Dspark.ui.enabled=false"
   newsgraph_exec 4g org.newsgraph.jobs.NewsgraphJob --input "$NEWSGRAPH_HOME/seeds" --output "$out/out") \
    >"$out/run.log" 2>&1 || echo "newsgraph: the recording run failed (log: $out/run.log)" >&2
  rm -rf "$out"
  newsgraph_cds_opts
}

# Replaces the shell with a JVM running MAIN_CLASS on the runtime classpath, with Spark's module options,
# the project's console logging and the class-data archive. usage: newsgraph_exec HEAP MAIN_CLASS [args...];
# extra JVM flags in NEWSGRAPH_JAVA_OPTS.
newsgraph_exec() {
  local heap="$1" main="$2"; shift 2
  newsgraph_build || return 1
  newsgraph_cds_opts
  # shellcheck disable=SC2086
  exec java -Xmx"$heap" -XX:+UseG1GC $SPARK_MODULE_OPTS $NEWSGRAPH_CDS_OPTS ${NEWSGRAPH_JAVA_OPTS:-} \
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
  newsgraph_snapshot_classes "$snapshot"
  # shellcheck disable=SC2086
  java -Xmx"${NEWSGRAPH_HEAP:-6g}" -XX:+UseG1GC $SPARK_MODULE_OPTS \
    -Dlog4j2.configurationFile="$NEWSGRAPH_HOME/jobs/log4j2.properties" \
    -cp "$NEWSGRAPH_DEPS_CP:$snapshot/classes" "$main" "$@"
  local rc=$?
  rm -rf "$snapshot"
  return $rc
}
