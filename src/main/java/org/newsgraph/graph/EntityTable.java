package org.newsgraph.graph;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The entities table: name, type, surface forms with counts, reach in articles, dates and outlets. */
final class EntityTable {
  private EntityTable() {}

  static Dataset<Row> build(Dataset<Row> resolved, Dataset<Row> names, Dataset<Row> docs) {
    Dataset<Row> withDocs = resolved.select("entity_id", "doc_id", "text").join(docs, "doc_id");
    Dataset<Row> aliasCounts = resolved.groupBy("entity_id", "text").agg(count(lit(1)).as("n"))
        .groupBy("entity_id")
        // Sorted by count, most used first: a struct sorts on its first field, so count leads (negated).
        .agg(sort_array(collect_list(struct(col("n").multiply(-1).as("neg"), col("text").as("alias"),
            col("n").as("count")))).as("sorted"))
        .selectExpr("entity_id", "transform(sorted, x -> named_struct('alias', x.alias, 'count', x.count)) AS aliases");
    Dataset<Row> stats = withDocs.groupBy("entity_id").agg(
        count(lit(1)).as("mention_count"),
        countDistinct("doc_id").as("article_count"),
        min("published_date").as("first_date"),
        max("published_date").as("last_date"),
        array_sort(collect_set(col("outlet"))).as("outlets"));
    return names.join(aliasCounts, "entity_id").join(stats, "entity_id");
  }
}
