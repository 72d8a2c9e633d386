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
  public static final String ENTITIES = "entities";
  public static final String COOCCURRENCES = "cooccurrences";
  public static final String COOCCURRENCE_SLICES = "cooccurrence_slices";
  public static final String QUOTE_EDGES = "quote_edges";
  public static final String STATEMENTS = "statements";

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
      DataTypes.createStructField("kind", DataTypes.StringType, true),
      DataTypes.createStructField("boilerplate_chars", DataTypes.IntegerType, true),
      DataTypes.createStructField("warc_file", DataTypes.StringType, true),
      DataTypes.createStructField("warc_offset", DataTypes.LongType, true),
      DataTypes.createStructField("crawled_at", DataTypes.TimestampType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
  });

  /**
   * The published documents table: the stored document columns and the article's story (near-duplicate
   * group, found over the whole archive on every run, so it is not part of the annotation store).
   */
  public static final StructType DOCUMENTS_TABLE = DOCUMENT
      .add(DataTypes.createStructField("story_id", DataTypes.StringType, true))
      .add(DataTypes.createStructField("story_similarity", DataTypes.DoubleType, true));

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
      DataTypes.createStructField("canonical", DataTypes.StringType, true),
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
      DataTypes.createStructField("speaker_title", DataTypes.StringType, true),
  });

  /** The one annotation of an article from which every table is derived: a document, its mentions and quotes. */
  public static final StructType ANNOTATED = DOCUMENT
      .add(DataTypes.createStructField(MENTIONS, DataTypes.createArrayType(MENTION, false), false))
      .add(DataTypes.createStructField(QUOTES, DataTypes.createArrayType(QUOTE, false), false));

  /** The mentions table: doc_id, the mention columns, and the cross-article entity id. */
  public static final StructType MENTIONS_TABLE = prependDocId(MENTION)
      .add(DataTypes.createStructField("entity_id", DataTypes.StringType, true));

  /**
   * The quotes table: doc_id, the quote columns, the speaker's entity id (null when not an entity) and the
   * statement the quote reports (the same statement reprinted or reworded elsewhere has the same id).
   */
  public static final StructType QUOTES_TABLE = prependDocId(QUOTE)
      .add(DataTypes.createStructField("speaker_entity_id", DataTypes.StringType, true))
      .add(DataTypes.createStructField("statement_id", DataTypes.StringType, true));

  // Nested fields stay nullable: Spark cannot cast a nullable nested field to a non-null one, and the
  // rows come back from Parquet (the annotation store) with every field nullable.
  public static final StructType ALIAS_COUNT = new StructType()
      .add("alias", DataTypes.StringType, true).add("count", DataTypes.LongType, true);

  /** entities: one row per cross-article entity. */
  public static final StructType ENTITY = new StructType()
      .add("entity_id", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("aliases", DataTypes.createArrayType(ALIAS_COUNT, true), false)
      .add("mention_count", DataTypes.LongType, false)
      .add("article_count", DataTypes.LongType, false)
      .add("story_count", DataTypes.LongType, false)
      .add("first_date", DataTypes.DateType, true)
      .add("last_date", DataTypes.DateType, true)
      .add("outlets", DataTypes.createArrayType(DataTypes.StringType, true), false);

  /** cooccurrences: one row per unordered entity pair (entity_a < entity_b) and scope, over the whole run. */
  public static final StructType COOCCURRENCE = new StructType()
      .add("entity_a", DataTypes.StringType, false)
      .add("entity_b", DataTypes.StringType, false)
      .add("name_a", DataTypes.StringType, false)
      .add("name_b", DataTypes.StringType, false)
      .add("scope", DataTypes.StringType, false)
      .add("articles", DataTypes.LongType, false)
      .add("stories", DataTypes.LongType, false)
      .add("count", DataTypes.LongType, false)
      .add("first_date", DataTypes.DateType, true)
      .add("last_date", DataTypes.DateType, true)
      .add("npmi", DataTypes.DoubleType, true);

  /** cooccurrence_slices: the same pairs counted per outlet and calendar month. */
  public static final StructType COOCCURRENCE_SLICE = new StructType()
      .add("entity_a", DataTypes.StringType, false)
      .add("entity_b", DataTypes.StringType, false)
      .add("scope", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, true)
      .add("month", DataTypes.DateType, true)
      .add("articles", DataTypes.LongType, false)
      .add("stories", DataTypes.LongType, false)
      .add("count", DataTypes.LongType, false);

  /** quote_edges: who talks about whom: speaker entity -> entity mentioned inside the speaker's quotes. */
  public static final StructType QUOTE_EDGE = new StructType()
      .add("speaker_entity_id", DataTypes.StringType, false)
      .add("speaker_name", DataTypes.StringType, false)
      .add("entity_id", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("quotes", DataTypes.LongType, false)
      .add("articles", DataTypes.LongType, false)
      .add("stories", DataTypes.LongType, false);

  /** statements: one row per statement, with every quote that reports it across articles and outlets. */
  public static final StructType STATEMENT = new StructType()
      .add("statement_id", DataTypes.StringType, false)
      .add("speaker_entity_id", DataTypes.StringType, true)
      .add("speaker_name", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, false)
      .add("kinds", DataTypes.createArrayType(DataTypes.StringType, true), false)
      .add("first_seen", DataTypes.DateType, true)
      .add("first_outlet", DataTypes.StringType, true)
      .add("last_seen", DataTypes.DateType, true)
      .add("outlets", DataTypes.createArrayType(DataTypes.StringType, true), false)
      .add("quotes", DataTypes.LongType, false)
      .add("articles", DataTypes.LongType, false)
      .add("stories", DataTypes.LongType, false);

  /** Every published table with its declared schema, in the order the job writes them. */
  public static final java.util.Map<String, StructType> PUBLISHED = publishedTables();

  private Tables() {}

  private static java.util.Map<String, StructType> publishedTables() {
    java.util.Map<String, StructType> m = new java.util.LinkedHashMap<>();
    m.put(DOCUMENTS, DOCUMENTS_TABLE);
    m.put(MENTIONS, MENTIONS_TABLE);
    m.put(QUOTES, QUOTES_TABLE);
    m.put(ENTITIES, ENTITY);
    m.put(COOCCURRENCES, COOCCURRENCE);
    m.put(COOCCURRENCE_SLICES, COOCCURRENCE_SLICE);
    m.put(QUOTE_EDGES, QUOTE_EDGE);
    m.put(STATEMENTS, STATEMENT);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Projects a computed Dataset onto a declared schema: every declared column, in order. A missing column,
   * or one whose type is not the declared one, fails here, naming it, instead of producing a table that
   * drifts; a value is never cast to fit, since a cast would hide a column computed wrongly (a count as a
   * string, two columns swapped). Nullability is not compared: Spark cannot always prove a computed column
   * non-null, and the row builders check it where rows are made.
   */
  public static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> conform(
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> df, StructType schema) {
    java.util.Map<String, StructField> have = new java.util.HashMap<>();
    for (StructField f : df.schema().fields()) {
      have.put(f.name(), f);
    }
    org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[schema.fields().length];
    for (int i = 0; i < cols.length; i++) {
      StructField f = schema.fields()[i];
      StructField got = have.get(f.name());
      if (got == null) {
        throw new IllegalStateException("column " + f.name() + " missing; have " + have.keySet());
      }
      if (!got.dataType().catalogString().equals(f.dataType().catalogString())) {
        throw new IllegalStateException("column " + f.name() + " is " + got.dataType().catalogString()
            + ", declared " + f.dataType().catalogString());
      }
      cols[i] = df.col("`" + f.name() + "`");
    }
    return df.select(cols);
  }

  /** doc_id followed by the columns of a nested row type. */
  public static StructType prependDocId(StructType rest) {
    StructType out = new StructType().add(DOCUMENT.apply("doc_id"));
    for (StructField f : rest.fields()) {
      out = out.add(f);
    }
    return out;
  }
}
