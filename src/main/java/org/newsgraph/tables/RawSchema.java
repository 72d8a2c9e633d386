package org.newsgraph.tables;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows every reader produces, whatever the input format (the hand-off from ingest to cleaning), and the
 * rows cleaning hands to annotation. Both are internal: built and read by column name.
 */
public final class RawSchema {
  public static final StructType RAW = new StructType(new StructField[] {
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("raw_text", DataTypes.StringType, true),
      DataTypes.createStructField("encoding", DataTypes.StringType, true),
      DataTypes.createStructField("read_status", DataTypes.StringType, true),
      DataTypes.createStructField("read_detail", DataTypes.StringType, true),
      DataTypes.createStructField("title", DataTypes.StringType, true),
      DataTypes.createStructField("outlet", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true),
      DataTypes.createStructField("warc_file", DataTypes.StringType, true),
      DataTypes.createStructField("warc_offset", DataTypes.LongType, true),
      DataTypes.createStructField("crawled_at", DataTypes.TimestampType, true),
  });

  /** After cleaning and the archive-wide boilerplate pass; status is set when no annotation is needed. */
  public static final StructType CLEANED = new StructType(new StructField[] {
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("encoding", DataTypes.StringType, true),
      DataTypes.createStructField("status", DataTypes.StringType, true),
      DataTypes.createStructField("detail", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("title", DataTypes.StringType, true),
      DataTypes.createStructField("outlet", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true),
      DataTypes.createStructField("non_latin_lines", DataTypes.IntegerType, false),
      DataTypes.createStructField("boilerplate_chars", DataTypes.IntegerType, false),
      DataTypes.createStructField("warc_file", DataTypes.StringType, true),
      DataTypes.createStructField("warc_offset", DataTypes.LongType, true),
      DataTypes.createStructField("crawled_at", DataTypes.TimestampType, true),
  });

  private RawSchema() {}
}
