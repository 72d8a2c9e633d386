package org.newsgraph.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster of separate JVMs (1 master, N workers) run by jobs/cluster.sh, and jobs
 * submitted to it with jobs/submit.sh: the scripts a user runs, not a test double. Everything it starts is
 * stopped by {@link #close()}, which a JVM shutdown hook also calls, so an interrupted or failed test leaves
 * no Spark JVM behind. Its own state folder and ports keep it apart from a cluster the user runs.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Pattern DAEMON_PID = Pattern.compile("Started daemon with process name: (\\d+)@");

  private final Path home;
  private final Path dir;
  private final Map<String, String> env;
  private final List<Process> submissions = new ArrayList<>();
  private final Thread hook = new Thread(this::stopQuietly, "stop-standalone-cluster");

  /**
   * @param home    the project folder (jobs/ lives there)
   * @param dir     state, logs and worker work dirs
   * @param appJar  the packaged application jar; submit.sh builds nothing when given one
   * @param models  the CoreNLP models jar
   */
  StandaloneCluster(Path home, Path dir, Path appJar, Path models) {
    this.home = home;
    this.dir = dir;
    this.env = Map.of(
        "NEWSGRAPH_CLUSTER_DIR", dir.toString(),
        "NEWSGRAPH_MASTER_PORT", "7177",
        "NEWSGRAPH_MASTER_UI_PORT", "8180",
        "NEWSGRAPH_WORKER_CORES", "1",
        "NEWSGRAPH_WORKER_MEMORY", "4g",
        "NEWSGRAPH_APP_JAR", appJar.toString(),
        "NEWSGRAPH_MODELS_JAR", models.toString(),
        // The Spark home mvn package assembled, even when the user has a Spark installation.
        "SPARK_HOME", home.resolve("target/spark-home").toString());
  }

  /**
   * Stops what an earlier, killed test run may have left, empties the workers' work dirs (executor logs of
   * earlier runs), then starts the master and the workers.
   */
  void start(int workers) {
    Runtime.getRuntime().addShutdownHook(hook);
    script(Duration.ofSeconds(60), "stop");
    Path work = dir.resolve("work");
    if (Files.exists(work)) {
      try (Stream<Path> s = Files.walk(work)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    script(Duration.ofSeconds(120), "start", Integer.toString(workers));
  }

  /** Starts jobs/submit.sh with these arguments; its output (the driver's log) goes to {@code log}. */
  Process submit(Path log, String... args) {
    List<String> cmd = new ArrayList<>(List.of("bash", home.resolve("jobs/submit.sh").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      synchronized (submissions) {
        submissions.add(p);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Executor folders (worker-I/APP_ID/EXECUTOR_ID) that hold a stderr file. */
  List<Path> executorDirs() {
    Path work = dir.resolve("work");
    if (!Files.isDirectory(work)) {
      return List.of();
    }
    try (Stream<Path> s = Files.find(work, 3, (p, a) -> Files.exists(p.resolve("stderr")))) {
      return s.toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The PID an executor logged at start-up, if it is still that executor's JVM. */
  static Optional<ProcessHandle> executorProcess(Path executorDir) {
    String log = read(executorDir.resolve("stderr"));
    Matcher m = DAEMON_PID.matcher(log);
    if (!m.find()) {
      return Optional.empty();
    }
    long pid = Long.parseLong(m.group(1));
    // /proc rather than ProcessHandle.Info, whose command line may be cut short on Linux.
    String cmdline = read(Path.of("/proc", Long.toString(pid), "cmdline"));
    return cmdline.contains("CoarseGrainedExecutorBackend") ? ProcessHandle.of(pid) : Optional.empty();
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running this
    }
  }

  private void stopQuietly() {
    synchronized (submissions) {
      for (Process p : submissions) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
    try {
      script(Duration.ofSeconds(60), "stop");
    } catch (RuntimeException e) {
      System.err.println("StandaloneCluster: stop failed: " + e.getMessage());
    }
  }

  private void script(Duration limit, String... args) {
    List<String> cmd = new ArrayList<>(List.of("bash", home.resolve("jobs/cluster.sh").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("cluster-script.log").toFile()));
    pb.environment().putAll(env);
    try {
      Files.createDirectories(dir);
      Process p = pb.start();
      if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("jobs/cluster.sh " + String.join(" ", args) + " took over " + limit);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException("jobs/cluster.sh " + String.join(" ", args) + " failed (exit "
            + p.exitValue() + "):\n" + read(dir.resolve("cluster-script.log")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The models jar on this JVM's class path (Maven puts the provided-scope jar there for tests). */
  static Path modelsJarOnClassPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.endsWith("-models.jar") && e.contains("stanford-corenlp")).map(Path::of).findFirst()
        .orElseThrow(() -> new IllegalStateException("no stanford-corenlp models jar on the test class path"));
  }
}
