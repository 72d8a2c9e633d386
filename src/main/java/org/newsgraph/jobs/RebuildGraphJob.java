package org.newsgraph.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
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
import org.newsgraph.nlp.AliasTable;
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
  private static final List<String> KEYS = List.of("--aliases", "--nationality-pairs", "--npmi-units", "--master");

  private RebuildGraphJob() {}

  public static void main(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      System.err.println("usage: jobs/rebuild-graph.sh OUTPUT_FOLDER [--aliases builtin|none|FILE,...] "
          + "[--nationality-pairs true|false] [--npmi-units stories|articles] [--master URL]");
      System.exit(2);
    }
    Map<String, String> opts;
    GraphSettings.NpmiUnits units;
    try {
      opts = options(args);
      units = GraphSettings.NpmiUnits.parse(opts.getOrDefault("--npmi-units", GraphSettings.NPMI_UNITS_DEFAULT.name()));
    } catch (IllegalArgumentException e) {
      System.err.println("newsgraph: " + e.getMessage());
      System.exit(2);
      return;
    }
    String aliases = opts.getOrDefault("--aliases", "builtin");
    String pairs = opts.getOrDefault("--nationality-pairs", Boolean.toString(GraphSettings.NATIONALITY_PAIRS_DEFAULT));
    if (!pairs.equals("true") && !pairs.equals("false")) {
      System.err.println("newsgraph: --nationality-pairs takes true or false, got '" + pairs + "'");
      System.exit(2);
    }
    AliasTable table;
    try {
      table = JobOptions.aliases(aliases);
    } catch (IllegalArgumentException e) {
      System.err.println("newsgraph: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("newsgraph-rebuild-graph");
    if (!conf.contains("spark.master")) {
      conf.setMaster(opts.getOrDefault("--master", "local[*]"));
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    int code = 0;
    try {
      run(spark, args[0], new GraphSettings(table, Boolean.parseBoolean(pairs), units)).forEach((t, n) -> System.out.printf("  %-20s %,d rows  (%s/%s)%n", t, n, args[0], t));
    } catch (RuntimeException e) {
      System.err.println("newsgraph: rebuilding " + args[0] + " failed: " + e);
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
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
    Map<String, Dataset<Row>> graph = GraphBuilder.build(spark,
        documents.where(documents.col("status").equalTo(DocStatus.OK)), mentions, quotes, settings);
    String staging = output + "/_rebuild";
    Map<String, Long> rows;
    try (TableWrites writes = new TableWrites(spark, staging, TableWrites.CONCURRENT)) {
      graph.forEach(writes::write);
      rows = writes.rows();
    }
    try {
      Path out = new Path(output);
      FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String name : graph.keySet()) {
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

  /** The options after the output folder, by name; an unknown, repeated or valueless option is an error naming it. */
  static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      String key = args[i];
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown option '" + key + "'; rebuild-graph takes " + String.join(", ", KEYS));
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new IllegalArgumentException(key + " needs a value");
      }
      if (out.put(key, args[i + 1]) != null) {
        throw new IllegalArgumentException(key + " is given twice");
      }
    }
    return out;
  }
}
