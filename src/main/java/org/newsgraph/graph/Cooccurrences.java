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

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Entity pairs that appear together, at two scopes: "sentence" (same sentence) and "document" (same
 * article). A pair is stored once, with entity_a &lt; entity_b, and never with itself. The association
 * weight is NPMI over the scope's units: log(p(a,b) / (p(a) p(b))) / -log p(a,b), from -1 (never
 * together) through 0 (independent) to 1 (always together), so entities that are everywhere ("Syria" in
 * a Syria archive) do not dominate the strongest pairs. By default the units are stories, not articles
 * ({@link GraphSettings.NpmiUnits}): a wire story reprinted by 30 outlets is one observation, not 30. At
 * document scope a story counts once; at sentence scope each article's sentences weigh 1 / the articles
 * of its story, so a story's copies together weigh as one article.
 */
final class Cooccurrences {
  private Cooccurrences() {}

  /** Sizes of the run the probabilities are taken over. */
  record Totals(long articles, long sentences, long stories, double storySentences) {}

  /**
   * @param pairs    DocGraph.PAIR columns plus the article's published_date, outlet, story_id and
   *                 story_weight, one row per pair, scope and article
   * @param entities entity_id, name, article_count, story_count, n_sentences, n_sentences_w
   */
  static Dataset<Row> overall(Dataset<Row> pairs, Dataset<Row> entities, Totals totals, GraphSettings.NpmiUnits units) {
    Dataset<Row> agg = pairs.groupBy("entity_a", "entity_b", "scope").agg(
        count(lit(1)).as("articles"), countDistinct("story_id").as("stories"), sum("n").as("count"),
        sum(col("n").multiply(col("story_weight"))).as("count_w"),
        min("published_date").as("first_date"), max("published_date").as("last_date"));
    boolean byStory = units == GraphSettings.NpmiUnits.STORIES;
    Dataset<Row> a = side(entities, "a", byStory);
    Dataset<Row> b = side(entities, "b", byStory);
    Column sentenceScope = col("scope").equalTo(DocGraph.SENTENCE);
    Column n = byStory ? when(sentenceScope, lit(totals.storySentences())).otherwise(lit((double) totals.stories()))
        : when(sentenceScope, lit((double) totals.sentences())).otherwise(lit((double) totals.articles()));
    Column both = byStory ? when(sentenceScope, col("count_w")).otherwise(col("stories"))
        : when(sentenceScope, col("count")).otherwise(col("articles"));
    Column pa = when(sentenceScope, col("sentences_a")).otherwise(col("docs_a")).divide(n);
    Column pb = when(sentenceScope, col("sentences_b")).otherwise(col("docs_b")).divide(n);
    Column pab = both.divide(n);
    Column npmi = when(pab.geq(lit(1.0)), lit(1.0)).otherwise(ln(pab.divide(pa.multiply(pb))).divide(ln(pab).multiply(-1)));
    return agg.join(a, col("entity_a").equalTo(col("id_a"))).join(b, col("entity_b").equalTo(col("id_b")))
        .withColumn("npmi", npmi);
  }

  private static Dataset<Row> side(Dataset<Row> entities, String s, boolean byStory) {
    return entities.select(col("entity_id").as("id_" + s), col("name").as("name_" + s),
        col(byStory ? "story_count" : "article_count").as("docs_" + s),
        col(byStory ? "n_sentences_w" : "n_sentences").as("sentences_" + s));
  }

  /**
   * Per outlet and month. Plain columns, not Parquet partitions: an archive has hundreds of outlets and
   * months, and partitioning by both would write thousands of tiny files, while Parquet's column
   * statistics already let DuckDB and Spark skip row groups when filtering on them.
   */
  static Dataset<Row> slices(Dataset<Row> pairs) {
    return pairs.withColumn("month", trunc(col("published_date"), "month"))
        .groupBy("entity_a", "entity_b", "scope", "outlet", "month")
        .agg(count(lit(1)).as("articles"), countDistinct("story_id").as("stories"), sum("n").as("count"));
  }
}
