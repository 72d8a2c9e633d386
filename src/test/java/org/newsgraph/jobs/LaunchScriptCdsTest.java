package org.newsgraph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive of jobs/env.sh, run through bash as the launch scripts run it: the first launch
 * records a class list, the second dumps the archive and runs on it, and a changed dependency jar gets
 * a new archive instead of the old one. Real JVMs; CoreNLP's command line (-help) stands in for the job,
 * so the archive holds a few hundred classes and dumps in seconds.
 */
class LaunchScriptCdsTest {
  @TempDir
  Path tmp;
  /** CoreNLP's -help loads ~800 classes; the scripts' default floor (5,000) is meant for real runs. */
  private String minClasses = "500";

  private String bash(String script) throws IOException, InterruptedException {
    Path home = Path.of("").toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -euo pipefail; source jobs/env.sh; " + script)
        .directory(home.toFile()).redirectErrorStream(true);
    pb.environment().put("NEWSGRAPH_CDS_DIR", tmp.resolve("cds").toString());
    pb.environment().put("NEWSGRAPH_CLASSPATH_FILE", tmp.resolve("classpath.txt").toString());
    pb.environment().remove("NEWSGRAPH_CDS");
    pb.environment().put("NEWSGRAPH_CDS_MIN_CLASSES", minClasses);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  /** The test JVM's dependency jars, as target/classpath.txt would list them. */
  private List<String> jars() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.endsWith(".jar")).collect(Collectors.toList());
  }

  private void writeClasspath(List<String> jars) throws IOException {
    Files.writeString(tmp.resolve("classpath.txt"), String.join(":", jars));
  }

  private static final String RUN = "java $NEWSGRAPH_CDS_OPTS $SPARK_MODULE_OPTS -cp \"$NEWSGRAPH_CP\" "
      + "edu.stanford.nlp.pipeline.StanfordCoreNLP -help >/dev/null 2>&1; ";

  @Test
  void secondLaunchRunsOnTheArchiveTheFirstRecorded() throws Exception {
    writeClasspath(jars());
    String first = bash("newsgraph_classpath; newsgraph_cds_opts; echo \"opts: $NEWSGRAPH_CDS_OPTS\"; " + RUN);
    assertTrue(first.contains("opts: -XX:DumpLoadedClassList="), first);

    // -Xshare:on fails the JVM when the archive cannot be used, e.g. when the run's classpath does not
    // start with the one the archive was dumped with (target/classes first did that, silently, under auto).
    String second = bash("newsgraph_classpath; newsgraph_cds_opts; echo \"opts: $NEWSGRAPH_CDS_OPTS\"; "
        + "java $NEWSGRAPH_CDS_OPTS -Xshare:on -Xlog:class+load=info $SPARK_MODULE_OPTS -cp \"$NEWSGRAPH_CP\" "
        + "edu.stanford.nlp.pipeline.StanfordCoreNLP -help 2>/dev/null | grep 'StanfordCoreNLP source' || true");
    assertTrue(second.contains("building the class-data archive"), second);
    assertTrue(second.contains("opts: -XX:SharedArchiveFile="), second);
    assertTrue(second.contains("edu.stanford.nlp.pipeline.StanfordCoreNLP source: shared objects file"), second);
  }

  @Test
  void aListFromARunThatStoppedEarlyIsRecordedAgain() throws Exception {
    writeClasspath(jars());
    minClasses = "1000000";
    String out = bash("newsgraph_classpath; newsgraph_cds_opts; " + RUN + "newsgraph_cds_opts; echo \"opts: $NEWSGRAPH_CDS_OPTS\"; "
        + "ls \"$NEWSGRAPH_CDS_DIR\"");
    assertTrue(out.contains("opts: -XX:DumpLoadedClassList="), "recorded again, no archive: " + out);
    assertTrue(out.lines().noneMatch(l -> l.endsWith(".jsa")), out);
  }

  @Test
  void aChangedDependencyJarGetsANewArchive() throws Exception {
    List<String> jars = jars();
    String corenlp = jars.stream().filter(j -> j.matches(".*/stanford-corenlp-[0-9.]+\\.jar")).findFirst()
        .orElseThrow();
    Path copy = tmp.resolve("stanford-corenlp-copy.jar");
    Files.copy(Path.of(corenlp), copy);
    jars.set(jars.indexOf(corenlp), copy.toString());
    writeClasspath(jars);
    String before = bash("newsgraph_classpath; newsgraph_cds_opts; echo \"$NEWSGRAPH_CDS_OPTS\"; " + RUN
        + "newsgraph_cds_opts; echo \"$NEWSGRAPH_CDS_OPTS\"");
    String archive = before.lines().filter(l -> l.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow();

    assertTrue(copy.toFile().setLastModified(copy.toFile().lastModified() - 60_000));
    String after = bash("newsgraph_classpath; newsgraph_cds_opts; echo \"$NEWSGRAPH_CDS_OPTS\"");
    assertTrue(after.strip().startsWith("-XX:DumpLoadedClassList="), "a new list is recorded: " + after);
    String rebuilt = bash("newsgraph_classpath; newsgraph_cds_opts; " + RUN + "newsgraph_cds_opts; ls \"$NEWSGRAPH_CDS_DIR\"");
    assertEquals(1, rebuilt.lines().filter(l -> l.startsWith("deps-") && l.endsWith(".jsa")).count(),
        "the old archive is removed: " + rebuilt);
    assertNotEquals(archive.substring(archive.indexOf('=') + 1).replace(".jsa", ""),
        after.strip().substring(after.strip().indexOf('=') + 1).replaceAll("\\.classlist\\.\\d+$", ""));
  }

  /** JDK 17.0.15 crashed (SIGSEGV) when a job ran on the archive with Java Flight Recorder on. */
  @Test
  void aFlightRecordingRunGoesWithoutTheArchive() throws Exception {
    writeClasspath(jars());
    String out = bash("newsgraph_classpath; NEWSGRAPH_JAVA_OPTS=-XX:StartFlightRecording=filename=x.jfr "
        + "newsgraph_cds_opts 2>&1; echo \"opts: [$NEWSGRAPH_CDS_OPTS]\"");
    assertTrue(out.contains("opts: []"), out);
    assertTrue(out.contains("class-data archive off for this run"), out);
  }
}
