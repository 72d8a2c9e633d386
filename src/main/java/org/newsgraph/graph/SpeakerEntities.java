package org.newsgraph.graph;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gives each quote its speaker's entity_id: the resolved speaker name is keyed like a mention (in
 * DocGraph), so "he" resolved to "Sergey Lavrov" lands on the same entity as the mentions of Sergey
 * Lavrov. Speakers that are only descriptions ("a source") match no entity and keep a null id.
 */
final class SpeakerEntities {
  private SpeakerEntities() {}

  /** {@code quotes}: quote columns with speaker_id; {@code entities}: entity_id. */
  static Dataset<Row> attach(Dataset<Row> quotes, Dataset<Row> entities) {
    Dataset<Row> known = entities.select(col("entity_id").as("speaker_entity_id"));
    return quotes.join(known, quotes.col("speaker_id").equalTo(known.col("speaker_entity_id")), "left")
        .drop("speaker_id");
  }
}
