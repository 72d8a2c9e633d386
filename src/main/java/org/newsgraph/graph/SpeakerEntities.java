package org.newsgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gives each quote its speaker's entity_id: the resolved speaker name is keyed like a mention, so
 * "he" resolved to "Sergey Lavrov" lands on the same entity as the mentions of Sergey Lavrov. Speakers
 * that are only descriptions ("a source") match no entity and keep a null id.
 */
final class SpeakerEntities {
  private SpeakerEntities() {}

  static Dataset<Row> attach(Dataset<Row> quotes, Dataset<Row> finalKeys, Dataset<Row> names) {
    Dataset<Row> q = quotes.withColumn("sk", when(col("speaker_name").isNotNull(),
        EntityResolution.key(col("speaker_name"), col("speaker_name"), col("speaker_type"))).otherwise(lit(null)));
    Dataset<Row> keyed = q.join(finalKeys, q.col("sk.key").equalTo(finalKeys.col("key")), "left")
        .withColumn("candidate_id", EntityResolution.entityId(col("final_key")));
    Dataset<Row> known = names.select(col("entity_id").as("known_id"));
    return keyed.join(known, keyed.col("candidate_id").equalTo(known.col("known_id")), "left")
        .withColumn("speaker_entity_id", col("known_id"))
        .drop("sk", "key", "final_key", "candidate_id", "known_id");
  }
}
