package org.newsgraph.jobs;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;

/**
 * Prints a few rows of each table in an output folder, or runs one Spark SQL query over them (each table
 * registered as a view under its folder name): jobs/show-tables.sh OUT [ROWS | "SQL"].
 */
public final class ShowTables {
  private ShowTables() {}

  static final Option<String> OUTPUT = Option.text("OUTPUT_FOLDER", null, "a run's output folder").required();
  static final Option<String> SHOW = Option.text("ROWS_OR_SQL", "5",
      "how many rows of each table to show, or an SQL query over the tables (by name)");
  public static final OptionSet OPTIONS = OptionSet.of("show-tables", "jobs/show-tables.sh OUTPUT_FOLDER [ROWS | \"SQL query\"]",
      List.of(OUTPUT, SHOW), List.of());

  public static void main(String[] args) {
    OptionValues o = OPTIONS.parseOrExit(args);
    String output = o.get(OUTPUT);
    File[] tables = new File(output).listFiles(f -> new File(f, "_SUCCESS").exists());
    if (tables == null || tables.length == 0) {
      System.err.println("no tables under " + output + ": run the job first (jobs/run-local.sh seeds " + output + ")");
      System.exit(1);
    }
    Arrays.sort(tables);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsgraph-show").getOrCreate();
    try {
      for (File t : tables) {
        spark.read().parquet(t.getPath()).createOrReplaceTempView(t.getName());
      }
      String arg = o.get(SHOW);
      if (arg.matches("\\d+")) {
        for (File t : tables) {
          Dataset<Row> df = spark.table(t.getName());
          System.out.printf("%n== %s (%,d rows)%n", t.getName(), df.count());
          df.show(Integer.parseInt(arg), 60, false);
        }
      } else {
        spark.sql(arg).show(1000, 80, false);
      }
    } finally {
      spark.stop();
    }
  }
}
