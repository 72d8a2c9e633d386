package org.newsgraph.graph;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The entities table: name, type, surface forms with counts, reach in articles, dates and outlets, plus
 * n_sentences (sentences that mention the entity) and n_sentences_w (the same, each article weighted by
 * 1 / the articles of its story), which the co-occurrence weights need.
 */
final class EntityTable {
  private EntityTable() {}

  /** {@code forms}: DocGraph.FORM columns plus the article's published_date, outlet, story_id, story_weight. */
  static Dataset<Row> build(Dataset<Row> forms) {
    Dataset<Row> naming = forms.groupBy("entity_id", "text", "name", "type", "from_alias").agg(sum("n").as("n"))
        .groupBy("entity_id")
        .agg(call_function(EntityNaming.NAME, collect_list(struct("text", "name", "type", "from_alias", "n")))
            .as("e"))
        .select(col("entity_id"), col("e.name").as("name"), col("e.type").as("type"), col("e.aliases").as("aliases"));
    Dataset<Row> stats = forms.groupBy("entity_id").agg(
        sum("n").as("mention_count"),
        sum("first").as("article_count"),
        countDistinct("story_id").as("story_count"),
        sum("sentences").as("n_sentences"),
        sum(col("sentences").multiply(col("story_weight"))).as("n_sentences_w"),
        min("published_date").as("first_date"),
        max("published_date").as("last_date"),
        array_sort(collect_set(col("outlet"))).as("outlets"));
    return naming.join(stats, "entity_id");
  }
}
