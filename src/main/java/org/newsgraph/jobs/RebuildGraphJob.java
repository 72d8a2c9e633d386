package org.newsgraph.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.GraphTables;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;
import org.newsgraph.pipeline.TableWrites;
import org.newsgraph.tables.DocStatus;
import org.newsgraph.tables.Tables;

/**
 * Rebuilds entity ids, entities, co-occurrences and quote edges from an output folder's documents,
 * mentions and quotes tables, without running CoreNLP: for a new alias file, or after adding articles.
 * usage: jobs/rebuild-graph.sh OUT [--aliases builtin,my-aliases.csv] [--nationality-pairs false]
 * [--npmi-units stories|articles] [--master local[*]]
 */
public final class RebuildGraphJob {
  static final org.newsgraph.options.Option<String> OUTPUT = org.newsgraph.options.Option.text("OUTPUT_FOLDER", null,
      "a run's output folder").required();
  /** The job's own options of the graph stage, so both entry points read them alike. */
  public static final OptionSet OPTIONS = OptionSet.of("rebuild-graph", "jobs/rebuild-graph.sh OUTPUT_FOLDER [options]",
      List.of(OUTPUT), List.of(JobOptions.ALIASES, JobOptions.NATIONALITY_PAIRS, JobOptions.NPMI_UNITS, JobOptions.MASTER));

  private RebuildGraphJob() {}

  public static void main(String[] args) {
    OptionValues o = OPTIONS.parseOrExit(args);
    String output = o.get(OUTPUT);
    SparkConf conf = new SparkConf().setAppName("newsgraph-rebuild-graph");
    if (!conf.contains("spark.master")) {
      conf.setMaster(o.get(JobOptions.MASTER));
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    int code = 0;
    try {
      run(spark, output, settings(o)).forEach((t, n) -> System.out.printf("  %-20s %,d rows  (%s/%s)%n", t, n, output, t));
    } catch (RuntimeException e) {
      System.err.println("newsgraph: rebuilding " + output + " failed: " + e);
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  static GraphSettings settings(OptionValues o) {
    return new GraphSettings(o.get(JobOptions.ALIASES), o.get(JobOptions.NATIONALITY_PAIRS), o.get(JobOptions.NPMI_UNITS));
  }

  /**
   * Writes the new tables beside the old ones, then swaps them in: Spark cannot overwrite a table while
   * reading from it, and a crash midway leaves the previous tables intact. The writes are the job's own
   * (TableWrites: side by side, rows counted while writing).
   */
  public static Map<String, Long> run(SparkSession spark, String output, GraphSettings settings) {
    Dataset<Row> documents = spark.read().parquet(output + "/" + Tables.DOCUMENTS);
    Dataset<Row> mentions = spark.read().parquet(output + "/" + Tables.MENTIONS);
    Dataset<Row> quotes = spark.read().parquet(output + "/" + Tables.QUOTES);
    String staging = output + "/_rebuild";
    Map<String, Long> rows;
    java.util.Set<String> names;
    try (GraphTables graph = GraphBuilder.build(spark,
             documents.where(documents.col("status").equalTo(DocStatus.OK)), mentions, quotes, settings);
         TableWrites writes = new TableWrites(spark, staging, TableWrites.CONCURRENT)) {
      graph.tables().forEach(writes::write);
      rows = writes.rows();
      names = graph.tables().keySet();
    }
    try {
      Path out = new Path(output);
      FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String name : names) {
        Path target = new Path(out, name);
        fs.delete(target, true);
        if (!fs.rename(new Path(staging, name), target)) {
          throw new IOException("could not move " + staging + "/" + name + " to " + target);
        }
      }
      fs.delete(new Path(staging), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
