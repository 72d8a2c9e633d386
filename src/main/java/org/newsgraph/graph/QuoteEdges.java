package org.newsgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Who talks about whom: each speaker entity linked to the entities mentioned inside its quotes. */
final class QuoteEdges {
  private QuoteEdges() {}

  /**
   * @param links    DocGraph.LINK columns plus doc_id and story_id: one row per quote and entity inside it
   * @param entities entity_id, name: a speaker that is not among them (a description such as "a source")
   *                 has no edge
   */
  static Dataset<Row> build(Dataset<Row> links, Dataset<Row> entities) {
    Dataset<Row> edges = links.groupBy(col("speaker_id").as("speaker_entity_id"), col("entity_id"))
        .agg(countDistinct("quote_id").as("quotes"), countDistinct("doc_id").as("articles"),
            countDistinct("story_id").as("stories"));
    Dataset<Row> sn = entities.select(col("entity_id").as("sid"), col("name").as("speaker_name"));
    Dataset<Row> tn = entities.select(col("entity_id").as("tid"), col("name"));
    return edges.join(sn, col("speaker_entity_id").equalTo(col("sid")))
        .join(tn, col("entity_id").equalTo(col("tid")));
  }
}
