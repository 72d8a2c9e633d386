package org.newsgraph.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsgraph.SeedsRun;
import org.newsgraph.TestData;
import org.newsgraph.TestSpark;
import org.newsgraph.bench.CsvToTextFiles;
import org.newsgraph.jobs.NewsgraphJob;
import org.newsgraph.pipeline.ModelPreload;

/**
 * The packaged job on a real standalone cluster (1 master, 2 workers of 1 core and 4 GB, each its own JVM),
 * submitted with jobs/submit.sh like a user would, must write the same published tables as a local-mode run,
 * also when an executor JVM is killed in the middle of annotating. The local-mode baselines run first, in
 * this JVM (local[2], the tests' shared session), so they do not compete with the cluster for the 2 cores.
 * The two cluster applications then run side by side, one core each (spark.cores.max=1): most of a run on a
 * cluster is scheduling latency of the graph stage's many small stages, which overlaps well. A third
 * application, queued behind them, checks that the per-article time limit holds inside an executor.
 * Runs in the integration-test phase (failsafe), after package has built the application jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  /** Enough FA-KES articles that the killed executor's tasks are redone, few enough to stay quick. */
  static final int FAKES = 12;
  static final int FAKES_PARTITIONS = 6;
  /** Marks the executors of the application whose executor the fault test kills. */
  static final String FAULT_MARK = "-Dnewsgraph.it.role=fault";

  static Path work;
  static StandaloneCluster cluster;
  static Process seedsRun;
  static Process faultRun;
  static Process timeoutRun;

  @BeforeAll
  static void runLocallyThenOnTheCluster() throws IOException {
    Path home = Path.of(System.getProperty("newsgraph.home"));
    Path appJar = Path.of(System.getProperty("newsgraph.appJar"));
    assertTrue(Files.isRegularFile(appJar), appJar + " is missing: integration tests run after mvn package");
    work = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("cluster-it").toAbsolutePath();
    deleteTree(work.resolve("out"));
    deleteTree(work.resolve("fakes"));
    Files.createDirectories(work.resolve("out"));
    Path fakes = work.resolve("fakes");
    int written = CsvToTextFiles.write(TestData.shared().resolve("data/fakes/FA-KES-Dataset.csv"),
        StandardCharsets.ISO_8859_1, FAKES, fakes, "article_content", "article_title", "unit_id");
    assertEquals(FAKES, written);

    NewsgraphJob.run(TestSpark.session(), SeedsRun.options(TestData.seeds(), out("local-seeds")));
    NewsgraphJob.run(TestSpark.session(), SeedsRun.options(fakes, out("local-fakes")));

    cluster = new StandaloneCluster(home, work.resolve("cluster"), appJar, StandaloneCluster.modelsJarOnClassPath());
    cluster.start(2);
    seedsRun = cluster.submit(work.resolve("out/submit-seeds.log"), "--conf", "spark.cores.max=1",
        TestData.seeds().toString(), out("cluster-seeds").toString());
    faultRun = cluster.submit(work.resolve("out/submit-fault.log"), "--conf", "spark.cores.max=1",
        "--conf", "spark.executor.extraJavaOptions=" + FAULT_MARK,
        fakes.toString(), out("cluster-fault").toString(), "--partitions", Integer.toString(FAKES_PARTITIONS));
    // Queued behind the two above (the workers' cores are taken): an article that needs far more than
    // its time limit, to see the limit hold inside an executor.
    timeoutRun = cluster.submit(work.resolve("out/submit-timeout.log"), "--conf", "spark.cores.max=1",
        longArticle().toString(), out("cluster-timeout").toString(), "--timeout-seconds", "1");
  }

  /** One article of ~90,000 characters of distinct FA-KES text (~15,000 tokens: many seconds of CoreNLP). */
  private static Path longArticle() throws IOException {
    Path parts = work.resolve("long-parts");
    deleteTree(parts);
    CsvToTextFiles.write(TestData.shared().resolve("data/fakes/FA-KES-Dataset.csv"), StandardCharsets.ISO_8859_1,
        400, parts, "article_content", "article_title", "unit_id");
    StringBuilder text = new StringBuilder("A long report\n\n");
    try (Stream<Path> files = Files.list(parts)) {
      for (Path f : files.sorted().toList()) {
        String body = Files.readString(f);
        if (text.length() + body.length() > 90_000) {
          break;
        }
        text.append(body.substring(body.indexOf("\n\n") + 2).strip()).append("\n\n");
      }
    }
    Path dir = work.resolve("long");
    deleteTree(dir);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("long-report.txt"), text);
    return dir;
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(0)
  void theApplicationJarHoldsTheJobAndTheParserPatchButNoEvaluationOrBenchmarkCode() throws IOException {
    List<String> entries;
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(System.getProperty("newsgraph.appJar"))) {
      entries = jar.stream().map(java.util.jar.JarEntry::getName).toList();
    }
    assertTrue(entries.contains("org/newsgraph/jobs/NewsgraphJob.class"));
    assertTrue(entries.contains("edu/stanford/nlp/parser/nndep/LabelParallelClassifier.class"));
    assertEquals(List.of(), entries.stream()
        .filter(e -> e.startsWith("org/newsgraph/eval/") || e.startsWith("org/newsgraph/bench/")).toList());
  }

  @Test
  @Order(1)
  void anExecutorKilledWhileAnnotatingCostsNoRowAndAddsNone() throws Exception {
    // Killed once the annotation stage has begun (the driver has counted the articles still to annotate) and
    // while the executor's log shows the same task started and not finished over two polls: a kill that
    // lands in the first instants of the job's first task may not be reported as a lost running task.
    ProcessHandle killed = null;
    String runningBefore = null;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (killed == null && faultRun.isAlive() && System.nanoTime() < deadline) {
      boolean annotating = StandaloneCluster.read(work.resolve("out/submit-fault.log")).contains("not annotated yet");
      String running = null;
      for (Path d : cluster.executorDirs()) {
        String log = StandaloneCluster.read(d.resolve("stderr"));
        String task = unfinishedTask(log);
        if (!annotating || !log.contains(FAULT_MARK) || !log.contains("CoreNLP pipeline") || task == null) {
          continue;
        }
        running = d + " " + task;
        Optional<ProcessHandle> p = StandaloneCluster.executorProcess(d);
        if (running.equals(runningBefore) && p.isPresent()) {
          System.out.println("ClusterIT: killing executor " + work.relativize(d) + " (pid " + p.get().pid() + ") in "
              + task);
          p.get().destroyForcibly();
          killed = p.get();
          break;
        }
      }
      runningBefore = running;
      Thread.sleep(500);
    }
    if (killed == null) {
      fail("no executor to kill before the job ended or 5 minutes passed; see " + work.resolve("out/submit-fault.log"));
    }
    String driver = awaitSuccess(faultRun, work.resolve("out/submit-fault.log"), 6);
    assertTrue(killed.onExit().get(30, TimeUnit.SECONDS) != null && !killed.isAlive());
    assertTrue(driver.contains("Lost executor"), "the driver noticed the loss");
    assertTrue(driver.contains("ExecutorLostFailure"), "a running task was lost with the executor and retried");
    assertEquals(List.of(), PublishedTables.differences(TestSpark.session(), out("local-fakes"), out("cluster-fault")));
  }

  @Test
  @Order(2)
  void seedsOnTheClusterGiveTheLocalTables() throws Exception {
    awaitSuccess(seedsRun, work.resolve("out/submit-seeds.log"), 6);
    for (Path d : cluster.executorDirs()) {
      System.out.println("ClusterIT: executor " + work.relativize(d) + ": " + startUp(d));
      String log = StandaloneCluster.read(d.resolve("stderr"));
      if (log.contains("CoreNLP pipeline")) {
        assertEquals(1, log.split("CoreNLP pipeline \\[", -1).length - 1, "the model loads once per executor: " + d);
        assertTrue(log.contains("Initialized executor component for plugin " + ModelPreload.class.getName()),
            "the models start loading at executor start: " + d);
      }
    }
    assertEquals(List.of(), PublishedTables.differences(TestSpark.session(), out("local-seeds"), out("cluster-seeds")));
  }

  @Test
  @Order(3)
  void thePerArticleTimeLimitHoldsOnExecutors() throws Exception {
    awaitSuccess(timeoutRun, work.resolve("out/submit-timeout.log"), 8);
    List<org.apache.spark.sql.Row> docs = TestSpark.session().read().parquet(out("cluster-timeout/documents").toString())
        .select("status", "error", "token_count").collectAsList();
    assertEquals(1, docs.size(), "the long article is in documents once");
    assertEquals("timeout", docs.get(0).getString(0), "status of a ~15,000-token article with a 1 s limit");
    assertTrue(docs.get(0).getString(1).contains("--timeout-seconds"), docs.get(0).getString(1));
  }

  private static Path out(String name) {
    return work.resolve("out").resolve(name);
  }

  /** Waits for jobs/submit.sh to succeed; returns the driver's log. */
  private static String awaitSuccess(Process submit, Path log, int minutes) throws Exception {
    if (!submit.waitFor(minutes, TimeUnit.MINUTES)) {
      submit.descendants().forEach(ProcessHandle::destroyForcibly);
      submit.destroyForcibly();
      fail("jobs/submit.sh did not finish within " + minutes + " minutes; driver log: " + log);
    }
    String driver = Files.readString(log);
    assertEquals(0, submit.exitValue(), () -> "jobs/submit.sh failed; end of the driver log:\n"
        + driver.substring(Math.max(0, driver.length() - 4000)));
    assertTrue(driver.contains("newsgraph run summary"), "the job printed its summary");
    return driver;
  }

  /** The executor's latest "Running task" line when no "Finished task" line follows it, else null. */
  private static String unfinishedTask(String executorLog) {
    int started = executorLog.lastIndexOf("Running task");
    if (started < 0 || executorLog.lastIndexOf("Finished task") > started) {
      return null;
    }
    int end = executorLog.indexOf('\n', started);
    return executorLog.substring(started, end < 0 ? executorLog.length() : end).strip();
  }

  /** Executor JVM start (its first log line) to the pipeline's "loaded" line, as the executor logged them. */
  private static String startUp(Path executorDir) {
    List<String> lines = StandaloneCluster.read(executorDir.resolve("stderr")).lines().toList();
    String started = lines.stream().filter(l -> l.contains("Started daemon")).findFirst().orElse("?");
    String loaded = lines.stream().filter(l -> l.contains("CoreNLP pipeline")).findFirst().orElse("no pipeline loaded");
    return "started " + started.substring(0, Math.min(17, started.length())) + ", " + loaded;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
