package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsgraph.tables.DocStatus;

/**
 * The run summary's breakdowns, each a small bounded aggregate: why WARC records were not read as articles,
 * and how much recurring boilerplate was removed from which outlets.
 */
final class SummaryDetails {
  /** Outlets and reasons listed by name; the rest are summed into one line. */
  static final int TOP = 10;

  private SummaryDetails() {}

  static List<String> lines(Dataset<Row> documents) {
    List<String> out = new ArrayList<>();
    Dataset<Row> records = documents.where(col("warc_file").isNotNull());
    // Damage first (it needs a look), then the commonest reasons; offsets folded so one reason is one line.
    List<Row> byReason = records.where(col("status").notEqual(DocStatus.OK))
        .select(col("status"), regexp_replace(regexp_replace(col("error"), " \\([^()]*@[0-9]+\\)$", ""),
            "byte [0-9]+", "byte N").as("reason"))
        .groupBy("status", "reason").count()
        .orderBy(col("status").equalTo(DocStatus.NOT_ARTICLE), col("count").desc()).limit(TOP + 1).collectAsList();
    long warc = records.count();
    if (warc > 0) {
      long articles = records.where(col("status").equalTo(DocStatus.OK)).count();
      out.add(String.format("WARC records: %,d (%,d read as articles)", warc, articles));
      long listed = 0;
      for (Row r : byReason.subList(0, Math.min(TOP, byReason.size()))) {
        listed += r.<Long>getAs("count");
        out.add(String.format("  %-12s %,8d  %s", r.<String>getAs("status"), r.<Long>getAs("count"),
            r.<String>getAs("reason")));
      }
      if (warc - articles > listed) {
        out.add(String.format("  %-12s %,8d  other reasons (documents.error)", "", warc - articles - listed));
      }
    }
    Row total = documents.where(col("boilerplate_chars").gt(0))
        .agg(count(lit(1)).as("articles"), sum("boilerplate_chars").as("chars")).first();
    long articles = total.<Long>getAs("articles");
    if (articles > 0) {
      out.add(String.format("recurring boilerplate removed from %,d articles (%,d characters), by outlet:", articles,
          total.<Long>getAs("chars")));
      for (Row r : documents.where(col("boilerplate_chars").gt(0)).groupBy("outlet")
          .agg(count(lit(1)).as("articles"), sum("boilerplate_chars").as("chars"))
          .orderBy(col("chars").desc()).limit(TOP).collectAsList()) {
        out.add(String.format("  %-24s %,6d articles %,10d characters", r.<String>getAs("outlet"),
            r.<Long>getAs("articles"), r.<Long>getAs("chars")));
      }
    }
    return out;
  }
}
