package org.newsgraph.tables;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every Parquet table's schema, in one place. Spark never infers an output schema: rows are built
 * against these, and docs/SCHEMA.md documents each column (keep the two in step).
 */
public final class Tables {
  public static final String DOCUMENTS = "documents";
  public static final String MENTIONS = "mentions";
  public static final String QUOTES = "quotes";

  /** documents: one row per input article, whatever happened to it. */
  public static final StructType DOCUMENT = new StructType(new StructField[] {
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, true),
      DataTypes.createStructField("title", DataTypes.StringType, true),
      DataTypes.createStructField("outlet", DataTypes.StringType, true),
      DataTypes.createStructField("published_date", DataTypes.DateType, true),
      DataTypes.createStructField("language", DataTypes.StringType, true),
      DataTypes.createStructField("encoding", DataTypes.StringType, true),
      DataTypes.createStructField("char_count", DataTypes.IntegerType, false),
      DataTypes.createStructField("token_count", DataTypes.IntegerType, false),
      DataTypes.createStructField("sentence_count", DataTypes.IntegerType, false),
      DataTypes.createStructField("status", DataTypes.StringType, false),
      DataTypes.createStructField("error", DataTypes.StringType, true),
      DataTypes.createStructField("processing_ms", DataTypes.LongType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true),
  });

  /** One mention, without its doc_id (nested in the annotated rows, flattened in the mentions table). */
  public static final StructType MENTION = new StructType(new StructField[] {
      DataTypes.createStructField("mention_id", DataTypes.StringType, false),
      DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false),
      DataTypes.createStructField("begin", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("type", DataTypes.StringType, false),
      DataTypes.createStructField("ner_tag", DataTypes.StringType, false),
      DataTypes.createStructField("confidence", DataTypes.DoubleType, true),
  });

  /** One quote, without its doc_id (nested in the annotated rows, flattened in the quotes table). */
  public static final StructType QUOTE = new StructType(new StructField[] {
      DataTypes.createStructField("quote_id", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("begin", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false),
      DataTypes.createStructField("cue", DataTypes.StringType, true),
      DataTypes.createStructField("cue_begin", DataTypes.IntegerType, true),
      DataTypes.createStructField("cue_end", DataTypes.IntegerType, true),
      DataTypes.createStructField("speaker", DataTypes.StringType, true),
      DataTypes.createStructField("speaker_begin", DataTypes.IntegerType, true),
      DataTypes.createStructField("speaker_end", DataTypes.IntegerType, true),
      DataTypes.createStructField("speaker_name", DataTypes.StringType, true),
      DataTypes.createStructField("speaker_type", DataTypes.StringType, true),
  });

  /** The one annotation of an article from which every table is derived: a document, its mentions and quotes. */
  public static final StructType ANNOTATED = DOCUMENT
      .add(DataTypes.createStructField(MENTIONS, DataTypes.createArrayType(MENTION, false), false))
      .add(DataTypes.createStructField(QUOTES, DataTypes.createArrayType(QUOTE, false), false));

  /** The mentions table: doc_id followed by the mention columns. */
  public static final StructType MENTIONS_TABLE = prepend(DOCUMENT.apply("doc_id"), MENTION);

  private Tables() {}

  private static StructType prepend(StructField first, StructType rest) {
    StructType out = new StructType().add(first);
    for (StructField f : rest.fields()) {
      out = out.add(f);
    }
    return out;
  }
}
