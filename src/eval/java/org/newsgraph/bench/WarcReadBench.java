package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.newsgraph.jobs.JobOptions;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.pipeline.NewsgraphPipeline;
import org.newsgraph.pipeline.RunOptions;
import org.newsgraph.jobs.JobOptions;

/**
 * How the WARC path behaves on a large file: reads, decodes, cleans and strips boilerplate from every record
 * (everything the job does before CoreNLP), counts the rows, and prints the time and this JVM's peak resident
 * memory (VmHWM): {@code WarcReadBench INPUT}. Run it with a small heap to show the memory stays bounded.
 */
public final class WarcReadBench {
  private WarcReadBench() {}

  static final Option<String> INPUT = Option.text("INPUT", null, "a folder of WARC files").required();
  public static final OptionSet OPTIONS = OptionSet.of("warc-read-bench", "WarcReadBench INPUT", List.of(INPUT), List.of());

  public static void main(String[] args) throws Exception {
    String input = OPTIONS.parseOrExit(args).get(INPUT);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("warc-read-bench")
        .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    long t0 = System.nanoTime();
    RunOptions opts = JobOptions.parse("--input", input, "--output", "unused", "--format", "text").run();
    var rows = NewsgraphPipeline.prepare(spark, opts).rows();
    long n = rows.count();
    long ok = rows.where("status IS NULL").count();
    double secs = (System.nanoTime() - t0) / 1e9;
    long heap = Runtime.getRuntime().maxMemory() >> 20;
    System.out.printf("%,d records (%,d pages to annotate) read, cleaned and stripped in %.1f s; max heap %,d MiB; "
        + "peak RSS %s%n", n, ok, secs, heap, peakRss());
    spark.stop();
  }

  private static String peakRss() throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return line.substring(6).trim();
      }
    }
    return "unknown";
  }
}
