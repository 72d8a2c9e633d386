package org.newsgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.ln;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Entity pairs that appear together, at two scopes: "sentence" (same sentence) and "document" (same
 * article). A pair is stored once, with entity_a &lt; entity_b, and never with itself. The association
 * weight is NPMI over the scope's units (sentences or articles): log(p(a,b) / (p(a) p(b))) / -log p(a,b),
 * from -1 (never together) through 0 (independent) to 1 (always together), so entities that are
 * everywhere ("Syria" in a Syria archive) do not dominate the strongest pairs.
 */
final class Cooccurrences {
  static final String SENTENCE = "sentence";
  static final String DOCUMENT = "document";

  private Cooccurrences() {}

  /** One row per co-occurrence unit: (scope, doc_id, unit, entity_a, entity_b, outlet, published_date). */
  static Dataset<Row> pairs(Dataset<Row> units, Dataset<Row> docs) {
    Dataset<Row> a = units.select(col("scope"), col("doc_id"), col("unit"), col("entity_id").as("entity_a"));
    Dataset<Row> b = units.select(col("scope").as("s2"), col("doc_id").as("d2"), col("unit").as("u2"),
        col("entity_id").as("entity_b"));
    return a.join(b, a.col("scope").equalTo(b.col("s2")).and(a.col("doc_id").equalTo(b.col("d2")))
            .and(a.col("unit").equalTo(b.col("u2"))).and(a.col("entity_a").lt(b.col("entity_b"))))
        .drop("s2", "d2", "u2")
        .join(docs.select("doc_id", "outlet", "published_date"), "doc_id");
  }

  /** Distinct (scope, doc_id, unit, entity_id): unit is the sentence index, or -1 for the whole article. */
  static Dataset<Row> units(Dataset<Row> resolved) {
    Dataset<Row> sentence = resolved.select(lit(SENTENCE).as("scope"), col("doc_id"),
        col("sentence_index").as("unit"), col("entity_id"));
    Dataset<Row> document = resolved.select(lit(DOCUMENT).as("scope"), col("doc_id"), lit(-1).as("unit"),
        col("entity_id"));
    return sentence.unionByName(document).distinct();
  }

  static Dataset<Row> overall(Dataset<Row> pairs, Dataset<Row> units, Dataset<Row> docs, Dataset<Row> names) {
    Dataset<Row> agg = pairs.groupBy("entity_a", "entity_b", "scope").agg(
        countDistinct("doc_id").as("articles"), count(lit(1)).as("count"),
        min("published_date").as("first_date"), max("published_date").as("last_date"));
    Dataset<Row> perEntity = units.groupBy("scope", "entity_id").agg(count(lit(1)).as("n"));
    Dataset<Row> totals = docs.agg(count(lit(1)).as("docs"), sum("sentence_count").as("sentences"));
    Dataset<Row> na = perEntity.select(col("scope").as("sa"), col("entity_id").as("ea"), col("n").as("n_a"));
    Dataset<Row> nb = perEntity.select(col("scope").as("sb"), col("entity_id").as("eb"), col("n").as("n_b"));
    Dataset<Row> withCounts = agg
        .join(na, agg.col("scope").equalTo(na.col("sa")).and(agg.col("entity_a").equalTo(na.col("ea"))))
        .join(nb, agg.col("scope").equalTo(nb.col("sb")).and(agg.col("entity_b").equalTo(nb.col("eb"))))
        .crossJoin(totals)
        .withColumn("units", when(col("scope").equalTo(SENTENCE), col("sentences")).otherwise(col("docs")));
    var pab = col("count").divide(col("units"));
    var npmi = when(col("count").geq(col("units")), lit(1.0))
        .otherwise(ln(pab.divide(col("n_a").divide(col("units")).multiply(col("n_b").divide(col("units")))))
            .divide(ln(pab).multiply(-1)));
    Dataset<Row> n1 = names.select(col("entity_id").as("id1"), col("name").as("name_a"));
    Dataset<Row> n2 = names.select(col("entity_id").as("id2"), col("name").as("name_b"));
    return withCounts.withColumn("npmi", npmi)
        .join(n1, col("entity_a").equalTo(col("id1"))).join(n2, col("entity_b").equalTo(col("id2")));
  }

  /**
   * Per outlet and month. Plain columns, not Parquet partitions: an archive has hundreds of outlets and
   * months, and partitioning by both would write thousands of tiny files, while Parquet's column
   * statistics already let DuckDB and Spark skip row groups when filtering on them.
   */
  static Dataset<Row> slices(Dataset<Row> pairs) {
    return pairs.withColumn("month", trunc(col("published_date"), "month"))
        .groupBy("entity_a", "entity_b", "scope", "outlet", "month")
        .agg(countDistinct("doc_id").as("articles"), count(lit(1)).as("count"));
  }
}
