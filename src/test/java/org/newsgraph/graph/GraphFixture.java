package org.newsgraph.graph;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.TestSpark;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.Tables;

/** Hand-made flat mentions, quotes and documents, built into the graph tables with real Spark. */
final class GraphFixture {
  private static final StructType DOCS = new StructType().add("doc_id", DataTypes.StringType)
      .add("outlet", DataTypes.StringType).add("published_date", DataTypes.DateType)
      .add("sentence_count", DataTypes.IntegerType).add("status", DataTypes.StringType)
      .add("text", DataTypes.StringType);

  final List<Row> mentionRows = new ArrayList<>();
  final List<Row> quoteRows = new ArrayList<>();

  void mention(String doc, int sentence, String text, String type, String canonical) {
    mention(doc, sentence, text, type, type, canonical);
  }

  void mention(String doc, int sentence, String text, String type, String nerTag, String canonical) {
    int begin = mentionRows.size() * 10;
    mentionRows.add(RowFactory.create(doc, doc + "-" + begin, sentence, begin, begin + 5, text, type, nerTag, null,
        canonical));
  }

  void quote(String doc, String id, int begin, int end, String speakerName, String speakerType) {
    quoteRows.add(RowBuilder.of(Tables.prependDocId(Tables.QUOTE)).set("doc_id", doc).set("quote_id", id)
        .set("kind", "direct").set("text", "...").set("begin", begin).set("end", end).set("sentence_index", 0)
        .set("cue", "said").set("speaker", speakerName).set("speaker_name", speakerName)
        .set("speaker_type", speakerType).build());
  }

  static Row doc(String id, String outlet, String date, int sentences) {
    return doc(id, outlet, date, sentences, null);
  }

  /** With a text: documents with the same text are copies of one story. */
  static Row doc(String id, String outlet, String date, int sentences, String text) {
    return RowFactory.create(id, outlet, Date.valueOf(date), sentences, "ok", text);
  }

  /** One one-sentence document per id, all on one day. */
  static List<Row> docs(String... ids) {
    List<Row> out = new ArrayList<>();
    for (String id : ids) {
      out.add(doc(id, "a", "2017-01-01", 1));
    }
    return out;
  }

  Map<String, Dataset<Row>> build(List<Row> docs, GraphSettings settings) {
    // The cached intermediates stay for the test's lifetime: the tests read the tables lazily.
    return graph(docs, settings).tables();
  }

  GraphTables graph(List<Row> docs, GraphSettings settings) {
    return graph(TestSpark.session().createDataFrame(docs, DOCS), settings);
  }

  private GraphTables graph(Dataset<Row> d, GraphSettings settings) {
    var spark = TestSpark.session();
    // Every field nullable, as when the flat tables are read back from Parquet (the rebuild path).
    StructType mentionSchema = new StructType();
    for (var f : Tables.prependDocId(Tables.MENTION).fields()) {
      mentionSchema = mentionSchema.add(f.name(), f.dataType(), true);
    }
    Dataset<Row> m = spark.createDataFrame(mentionRows, mentionSchema);
    Dataset<Row> q = spark.createDataFrame(quoteRows, Tables.prependDocId(Tables.QUOTE));
    return GraphBuilder.build(spark, d, m, q, settings);
  }

  /** As a rebuild sees a published documents table: each article with the story_id its run gave it. */
  Map<String, Dataset<Row>> buildWithStories(List<Row> docs, Map<String, String> storyOf, GraphSettings settings) {
    var spark = TestSpark.session();
    List<Row> rows = new ArrayList<>();
    storyOf.forEach((doc, story) -> rows.add(RowFactory.create(doc, story, doc.equals(story) ? 1.0 : 0.5)));
    StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("story_id", DataTypes.StringType)
        .add("story_similarity", DataTypes.DoubleType);
    Dataset<Row> d = spark.createDataFrame(docs, DOCS).join(spark.createDataFrame(rows, schema), "doc_id");
    return graph(d, settings).tables();
  }

  Map<String, Dataset<Row>> build(List<Row> docs, AliasTable aliases) {
    return build(docs, GraphSettings.of(aliases));
  }

  /** Mention text -> entity id (one text, one id: the tests use each form with one referent). */
  static Map<String, String> idByName(Map<String, Dataset<Row>> g) {
    Map<String, String> out = new HashMap<>();
    for (Row r : g.get(Tables.MENTIONS).select("text", "entity_id").collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }
}
