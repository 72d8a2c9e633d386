package org.newsgraph;

import java.nio.file.Path;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsgraph.jobs.NewsgraphJob;
import org.newsgraph.pipeline.RunOptions;
import org.newsgraph.pipeline.RunSummary;
import org.newsgraph.jobs.JobOptions;

/**
 * The job run once per test JVM on seeds/, through the same entry point as the command line, with its
 * tables under target/seeds-out (the notebook check reads them from there too).
 */
public final class SeedsRun {
  private static RunSummary summary;

  private SeedsRun() {}

  public static Path output() {
    return Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("seeds-out").toAbsolutePath();
  }

  public static RunOptions options(Path input, Path output) {
    return JobOptions.parse("--input", input.toString(), "--output", output.toString(), "--format", "text",
        "--progress-seconds", "5").run();
  }

  public static synchronized RunSummary summary() {
    if (summary == null) {
      // A fresh output: the job is incremental, and annotations stored by an earlier build's code would be
      // reused instead of testing this build's.
      deleteRecursively(output());
      summary = NewsgraphJob.run(TestSpark.session(), options(TestData.seeds(), output()));
    }
    return summary;
  }

  private static void deleteRecursively(Path dir) {
    if (!java.nio.file.Files.exists(dir)) {
      return;
    }
    try (var paths = java.nio.file.Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot clear " + dir, e);
    }
  }

  public static Dataset<Row> table(String name) {
    summary();
    return TestSpark.session().read().parquet(output().resolve(name).toString());
  }
}
