package org.newsgraph.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.when;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.copies.StatementSettings;
import org.newsgraph.copies.Statements;
import org.newsgraph.copies.Stories;
import org.newsgraph.copies.StorySettings;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;

/**
 * Time of the stories and statements steps on a finished run's tables and on K copies of them, each copy
 * under new doc and quote ids (as a larger archive of the same shape would be). With {@code vary}, every
 * copy after the first also gets one word appended to each text, so that copies are near, not exact,
 * duplicates and go through LSH and confirmation instead of the exact-copy shortcut.
 * usage: CopiesScaling RUN_OUTPUT FACTOR[,FACTOR...] exact|vary
 */
public final class CopiesScaling {
  private CopiesScaling() {}

  /** exact: copies are verbatim; vary: each copy after the first gets one word more. */
  enum Copies { EXACT, VARY }

  static final Option<String> RUN = Option.text("RUN_OUTPUT", null, "a finished run's output folder").required();
  static final Option<List<Integer>> FACTORS = Option.of("FACTORS", null, "whole numbers >= 1, comma-separated",
      "how many copies of the run to time, e.g. 1,10,40", CopiesScaling::factors).required();
  static final Option<Copies> COPIES = Option.choice("COPIES", Copies.class, null, "exact or vary").required();
  public static final OptionSet OPTIONS = OptionSet.of("bench-copies", "CopiesScaling RUN_OUTPUT FACTOR[,FACTOR...] exact|vary",
      List.of(RUN, FACTORS, COPIES), List.of());

  private static List<Integer> factors(String v) {
    List<Integer> out = new java.util.ArrayList<>();
    for (String f : v.split(",")) {
      try {
        out.add(Integer.parseInt(f.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a whole number: " + f);
      }
      if (out.get(out.size() - 1) < 1) {
        throw new IllegalArgumentException("below 1: " + f);
      }
    }
    return out;
  }

  public static void main(String[] args) {
    OptionValues o = OPTIONS.parseOrExit(args);
    SparkSession spark = SparkSession.builder().appName("newsgraph-bench-copies").getOrCreate();
    Dataset<Row> docs = spark.read().parquet(o.get(RUN) + "/documents").where(col("status").equalTo("ok"))
        .select("doc_id", "published_date", "outlet", "text");
    Dataset<Row> quotes = spark.read().parquet(o.get(RUN) + "/quotes")
        .select("quote_id", "doc_id", "kind", "text", "speaker_entity_id", "speaker_name");
    boolean vary = o.get(COPIES) == Copies.VARY;
    System.out.println("factor\tarticles\tquotes\tstories_s\tstatements_s\tstories\tstatements");
    for (int k : o.get(FACTORS)) {
      Dataset<Row> d = docs.withColumn("copy", explode(sequence(lit(0), lit(k - 1))))
          .withColumn("doc_id", when(col("copy").equalTo(0), col("doc_id"))
              .otherwise(concat(col("doc_id"), lit("~"), col("copy").cast("string"))))
          .withColumn("text", vary ? when(col("copy").equalTo(0), col("text"))
              .otherwise(concat(col("text"), lit(" copy"), col("copy").cast("string")))
              : col("text"))
          .localCheckpoint();
      Dataset<Row> q = quotes.withColumn("copy", explode(sequence(lit(0), lit(k - 1))))
          .withColumn("doc_id", when(col("copy").equalTo(0), col("doc_id"))
              .otherwise(concat(col("doc_id"), lit("~"), col("copy").cast("string"))))
          .withColumn("quote_id", concat(col("quote_id"), lit("~"), col("copy").cast("string")))
          .localCheckpoint();
      long n = d.count();
      long t0 = System.nanoTime();
      Dataset<Row> stories = Stories.find(d, StorySettings.DEFAULT);
      long storyCount = stories.select("story_id").distinct().count();
      double storySecs = (System.nanoTime() - t0) / 1e9;
      Dataset<Row> withStories = q.join(d.select("doc_id", "published_date", "outlet"), "doc_id")
          .join(stories.select("doc_id", "story_id"), "doc_id").localCheckpoint();
      long t1 = System.nanoTime();
      long statements = Statements.find(withStories, StatementSettings.DEFAULT).statements().count();
      double statementSecs = (System.nanoTime() - t1) / 1e9;
      System.out.printf("%d\t%d\t%d\t%.1f\t%.1f\t%d\t%d%n", k, n, withStories.count(), storySecs, statementSecs,
          storyCount, statements);
    }
    spark.stop();
  }
}
