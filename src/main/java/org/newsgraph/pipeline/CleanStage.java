package org.newsgraph.pipeline;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;

/** Raw rows ({@code RawSchema.RAW}) to cleaned rows ({@code RawSchema.CLEANED}), one article at a time. */
final class CleanStage implements MapFunction<Row, Row> {
  @Override
  public Row call(Row raw) {
    return ArticleCleaner.clean(RawArticle.of(raw)).toRow();
  }
}
