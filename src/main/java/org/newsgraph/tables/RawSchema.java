package org.newsgraph.tables;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The rows every reader produces, whatever the input format: the hand-off from ingest to annotation. */
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
  });

  private RawSchema() {}
}
