package org.newsgraph.jobs;

import java.io.File;
import java.util.Arrays;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Prints a few rows of each table in an output folder, or runs one Spark SQL query over them (each table
 * registered as a view under its folder name): jobs/show-tables.sh OUT [ROWS | "SQL"].
 */
public final class ShowTables {
  private ShowTables() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: jobs/show-tables.sh OUTPUT_FOLDER [ROWS | \"SQL query\"]");
      System.exit(2);
    }
    File[] tables = new File(args[0]).listFiles(f -> new File(f, "_SUCCESS").exists());
    if (tables == null || tables.length == 0) {
      System.err.println("no tables under " + args[0] + ": run the job first (jobs/run-local.sh seeds " + args[0] + ")");
      System.exit(1);
    }
    Arrays.sort(tables);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsgraph-show").getOrCreate();
    try {
      for (File t : tables) {
        spark.read().parquet(t.getPath()).createOrReplaceTempView(t.getName());
      }
      String arg = args.length > 1 ? args[1] : "5";
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
