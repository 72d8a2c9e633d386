package org.newsgraph.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Row-for-row comparison of two runs' published tables. Row order is not significant; duplicates are
 * (a retried task must not add or lose a row), so each table is compared as a multiset of rows, every row
 * rendered as JSON. The annotations/ folder is an internal layout and is not compared.
 */
final class PublishedTables {
  static final List<String> TABLES = List.copyOf(org.newsgraph.tables.Tables.PUBLISHED.keySet());
  /** Per table, columns that legitimately differ between runs. */
  static final Map<String, List<String>> IGNORED = Map.of("documents", List.of("processing_ms"));

  private PublishedTables() {}

  /** Differences between the two outputs, one line each; empty when every table is equal. */
  static List<String> differences(SparkSession spark, Path expected, Path actual) {
    List<String> out = new ArrayList<>();
    for (String table : TABLES) {
      Dataset<Row> e = spark.read().parquet(expected.resolve(table).toString());
      Dataset<Row> a = spark.read().parquet(actual.resolve(table).toString());
      for (String c : IGNORED.getOrDefault(table, List.of())) {
        e = e.drop(c);
        a = a.drop(c);
      }
      if (!e.schema().equals(a.schema())) {
        out.add(table + ": schemas differ: " + e.schema().simpleString() + " vs " + a.schema().simpleString());
        continue;
      }
      Map<String, Integer> counts = new HashMap<>();
      for (String row : json(e)) {
        counts.merge(row, 1, Integer::sum);
      }
      for (String row : json(a)) {
        counts.merge(row, -1, Integer::sum);
      }
      long missing = counts.values().stream().filter(n -> n > 0).mapToLong(n -> n).sum();
      long extra = counts.values().stream().filter(n -> n < 0).mapToLong(n -> -n).sum();
      if (missing + extra > 0) {
        out.add(String.format("%s: %d row(s) only in %s, %d only in %s (of %d), e.g. %s", table, missing, expected,
            extra, actual, e.count(), counts.entrySet().stream().filter(x -> x.getValue() != 0).limit(2)
                .map(x -> (x.getValue() > 0 ? "expected " : "unexpected ") + x.getKey()).toList()));
      }
    }
    return out;
  }

  private static List<String> json(Dataset<Row> table) {
    String[] names = table.columns();
    org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      cols[i] = col("`" + names[i] + "`");
    }
    return table.select(to_json(struct(cols))).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }
}
