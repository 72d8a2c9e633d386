package org.newsgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Who talks about whom: each speaker entity linked to the entities mentioned inside its quotes. */
final class QuoteEdges {
  private QuoteEdges() {}

  static Dataset<Row> build(Dataset<Row> quotes, Dataset<Row> resolved, Dataset<Row> names) {
    Dataset<Row> q = quotes.where(col("speaker_entity_id").isNotNull())
        .select(col("doc_id").as("qdoc"), col("quote_id"), col("begin").as("qb"), col("end").as("qe"),
            col("speaker_entity_id"));
    Dataset<Row> m = resolved.select(col("doc_id"), col("begin"), col("end"), col("entity_id"));
    Dataset<Row> inside = q.join(m, q.col("qdoc").equalTo(m.col("doc_id"))
        .and(m.col("begin").geq(q.col("qb"))).and(m.col("end").leq(q.col("qe")))
        .and(m.col("entity_id").notEqual(q.col("speaker_entity_id"))));
    Dataset<Row> edges = inside.groupBy("speaker_entity_id", "entity_id")
        .agg(countDistinct("quote_id").as("quotes"), countDistinct("doc_id").as("articles"));
    Dataset<Row> sn = names.select(col("entity_id").as("sid"), col("name").as("speaker_name"));
    Dataset<Row> tn = names.select(col("entity_id").as("tid"), col("name"));
    return edges.join(sn, col("speaker_entity_id").equalTo(col("sid")))
        .join(tn, col("entity_id").equalTo(col("tid")));
  }
}
