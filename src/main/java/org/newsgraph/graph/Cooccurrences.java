package org.newsgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.ln;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
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
  private Cooccurrences() {}

  /**
   * @param pairs    DocGraph.PAIR columns plus the article's published_date and outlet, one row per pair,
   *                 scope and article
   * @param entities entity_id, name, article_count, n_sentences
   * @param articles articles in the run; {@code sentences} their sentences
   */
  static Dataset<Row> overall(Dataset<Row> pairs, Dataset<Row> entities, long articles, long sentences) {
    Dataset<Row> agg = pairs.groupBy("entity_a", "entity_b", "scope").agg(
        count(lit(1)).as("articles"), sum("n").as("count"),
        min("published_date").as("first_date"), max("published_date").as("last_date"));
    Dataset<Row> a = entities.select(col("entity_id").as("id_a"), col("name").as("name_a"),
        col("article_count").as("docs_a"), col("n_sentences").as("sentences_a"));
    Dataset<Row> b = entities.select(col("entity_id").as("id_b"), col("name").as("name_b"),
        col("article_count").as("docs_b"), col("n_sentences").as("sentences_b"));
    Column sentenceScope = col("scope").equalTo(DocGraph.SENTENCE);
    Column units = when(sentenceScope, lit(sentences)).otherwise(lit(articles));
    Column pa = when(sentenceScope, col("sentences_a")).otherwise(col("docs_a")).divide(units);
    Column pb = when(sentenceScope, col("sentences_b")).otherwise(col("docs_b")).divide(units);
    Column pab = col("count").divide(units);
    Column npmi = when(col("count").geq(units), lit(1.0)).otherwise(ln(pab.divide(pa.multiply(pb))).divide(ln(pab).multiply(-1)));
    return agg.join(a, col("entity_a").equalTo(col("id_a"))).join(b, col("entity_b").equalTo(col("id_b")))
        .withColumn("npmi", npmi);
  }

  /**
   * Per outlet and month. Plain columns, not Parquet partitions: an archive has hundreds of outlets and
   * months, and partitioning by both would write thousands of tiny files, while Parquet's column
   * statistics already let DuckDB and Spark skip row groups when filtering on them.
   */
  static Dataset<Row> slices(Dataset<Row> pairs) {
    return pairs.withColumn("month", trunc(col("published_date"), "month"))
        .groupBy("entity_a", "entity_b", "scope", "outlet", "month")
        .agg(count(lit(1)).as("articles"), sum("n").as("count"));
  }
}
