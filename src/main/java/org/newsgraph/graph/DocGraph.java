package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.Tables;

/**
 * Everything the graph tables need from one article, computed in one pass over its nested mentions and
 * quotes: each mention's entity id, the entity's surface forms in the article, the entity pairs of each
 * sentence and of the whole article, and which entities each quote mentions. Doing this per article keeps
 * the cross-article work to plain aggregations (no self-join of all mentions to find pairs).
 */
final class DocGraph implements MapFunction<Row, Row> {
  static final String SENTENCE = "sentence";
  static final String DOCUMENT = "document";
  private static final String NATIONALITY = "NATIONALITY";

  static final StructType FORM = new StructType()
      .add("entity_id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("from_alias", DataTypes.BooleanType, false)
      .add("n", DataTypes.LongType, false)
      // 1 on one form of each entity per article, else 0: summed, it counts articles without a distinct
      .add("first", DataTypes.LongType, false)
      // sentences of the article that mention the entity, on the same row as first = 1
      .add("sentences", DataTypes.LongType, false);
  static final StructType PAIR = new StructType()
      .add("entity_a", DataTypes.StringType, false)
      .add("entity_b", DataTypes.StringType, false)
      .add("scope", DataTypes.StringType, false)
      // units of the scope (sentences, or 1 for the article) that hold both
      .add("n", DataTypes.LongType, false);
  static final StructType LINK = new StructType()
      .add("quote_id", DataTypes.StringType, false)
      .add("speaker_id", DataTypes.StringType, false)
      .add("entity_id", DataTypes.StringType, false);
  /** A mention as stored, with its entity. */
  static final StructType MENTION = nullable(Tables.MENTION).add("entity_id", DataTypes.StringType, false);
  /** A quote as stored, with its speaker's entity (null: no speaker). */
  static final StructType QUOTE = nullable(Tables.QUOTE).add("speaker_id", DataTypes.StringType, true);
  static final StructType SCHEMA = new StructType()
      .add("doc_id", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, true)
      .add("published_date", DataTypes.DateType, true)
      .add("sentence_count", DataTypes.IntegerType, false)
      // Nested fields nullable: rows read back from Parquet (the flat path) may carry nulls anywhere.
      .add("mentions", DataTypes.createArrayType(MENTION, false), false)
      .add("quotes", DataTypes.createArrayType(QUOTE, false), false)
      .add("forms", DataTypes.createArrayType(FORM, false), false)
      .add("pairs", DataTypes.createArrayType(PAIR, false), false)
      .add("links", DataTypes.createArrayType(LINK, false), false);

  private final Broadcast<AliasTable> aliases;
  private final Broadcast<Map<String, String>> merges;
  private final boolean nationalityPairs;

  /** {@code nationalityPairs}: whether nationality adjectives ("Syrian") take part in pairs and quote edges. */
  DocGraph(Broadcast<AliasTable> aliases, Broadcast<Map<String, String>> merges, boolean nationalityPairs) {
    this.aliases = aliases;
    this.merges = merges;
    this.nationalityPairs = nationalityPairs;
  }

  /**
   * {@code doc}: doc_id, outlet, published_date, sentence_count, mentions, quotes (nested, as stored) and local
   * (the article's own resolutions of shared short names, {@link ContextResolution}; null when none).
   */
  @Override
  public Row call(Row doc) {
    AliasTable table = aliases.value();
    Map<String, String> renames = merges.value();
    Map<String, String> local = doc.isNullAt(doc.fieldIndex("local")) ? Map.of() : doc.getJavaMap(doc.fieldIndex("local"));
    List<Row> mentions = list(doc, "mentions");
    Row[] outMentions = new Row[mentions.size()];
    String[] ids = new String[mentions.size()];
    Map<List<Object>, long[]> forms = new LinkedHashMap<>();
    Map<String, Set<Integer>> sentencesOf = new LinkedHashMap<>();
    TreeMap<Integer, TreeSet<String>> bySentence = new TreeMap<>();
    Map<String, String> idOfKey = new HashMap<>();
    Set<String> paired = new TreeSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      Row m = mentions.get(i);
      String text = m.getAs("text");
      EntityKey k = EntityKey.of(table, text, m.getAs("canonical"), m.getAs("type"));
      String id = idOfKey.computeIfAbsent(k.key(), key -> k.entityId(renames, local));
      ids[i] = id;
      outMentions[i] = RowBuilder.from(m, MENTION).set("entity_id", id).build();
      forms.computeIfAbsent(List.of(id, text == null ? "" : text, k.name(), k.type(), k.fromAlias()),
          f -> new long[1])[0]++;
      Set<Integer> sentences = sentencesOf.computeIfAbsent(id, x -> new HashSet<>());
      boolean pairs = nationalityPairs || !NATIONALITY.equals(m.getAs("ner_tag"));
      if (pairs) {
        paired.add(id);
      } else {
        ids[i] = null;
      }
      // Rows from hand-made flat tables may lack a sentence: the mention then counts for its article only.
      Integer sentence = m.getAs("sentence_index");
      if (sentence != null) {
        sentences.add(sentence);
        if (pairs) {
          bySentence.computeIfAbsent(sentence, x -> new TreeSet<>()).add(id);
        }
      }
    }
    List<Row> quotes = list(doc, "quotes");
    String[] speakers = new String[quotes.size()];
    Row[] outQuotes = new Row[quotes.size()];
    for (int i = 0; i < speakers.length; i++) {
      String name = quotes.get(i).getAs("speaker_name");
      speakers[i] = name == null ? null
          : EntityKey.of(table, name, name, quotes.get(i).getAs("speaker_type")).entityId(renames, local);
      outQuotes[i] = RowBuilder.from(quotes.get(i), QUOTE).set("speaker_id", speakers[i]).build();
    }
    return RowBuilder.from(doc, SCHEMA).set("mentions", outMentions).set("quotes", outQuotes)
        .set("forms", formRows(forms, sentencesOf)).set("pairs", pairRows(bySentence, paired))
        .set("links", links(quotes, speakers, mentions, ids)).build();
  }

  private static Row[] formRows(Map<List<Object>, long[]> forms, Map<String, Set<Integer>> sentencesOf) {
    List<Row> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    forms.forEach((f, n) -> {
      String id = (String) f.get(0);
      boolean first = seen.add(id);
      out.add(RowBuilder.of(FORM).set("entity_id", id).set("text", f.get(1)).set("name", f.get(2))
          .set("type", f.get(3)).set("from_alias", f.get(4)).set("n", n[0]).set("first", first ? 1L : 0L)
          .set("sentences", first ? (long) sentencesOf.get(id).size() : 0L).build());
    });
    return out.toArray(new Row[0]);
  }

  private static Row[] pairRows(TreeMap<Integer, TreeSet<String>> bySentence, Set<String> inArticle) {
    // Insertion order (sentences in order, ids sorted within each) keeps the rows deterministic.
    Map<List<String>, long[]> sentencePairs = new LinkedHashMap<>();
    for (TreeSet<String> ids : bySentence.values()) {
      forEachPair(ids, (a, b) -> sentencePairs.computeIfAbsent(List.of(a, b), p -> new long[1])[0]++);
    }
    List<Row> out = new ArrayList<>();
    sentencePairs.forEach((p, n) -> out.add(pair(p.get(0), p.get(1), SENTENCE, n[0])));
    forEachPair(new TreeSet<>(inArticle), (a, b) -> out.add(pair(a, b, DOCUMENT, 1L)));
    return out.toArray(new Row[0]);
  }

  private static Row pair(String a, String b, String scope, long n) {
    return RowBuilder.of(PAIR).set("entity_a", a).set("entity_b", b).set("scope", scope).set("n", n).build();
  }

  /** Every a &lt; b of a sorted set, once. */
  private static void forEachPair(TreeSet<String> ids, java.util.function.BiConsumer<String, String> pair) {
    String[] s = ids.toArray(new String[0]);
    for (int i = 0; i < s.length; i++) {
      for (int j = i + 1; j < s.length; j++) {
        pair.accept(s[i], s[j]);
      }
    }
  }

  /**
   * (quote, speaker, entity) for each entity mentioned inside a quote that has a speaker, other than the
   * speaker; {@code ids} null where a mention takes no part in pairs and edges.
   */
  private static Row[] links(List<Row> quotes, String[] speakers, List<Row> mentions, String[] ids) {
    List<Row> out = new ArrayList<>();
    for (int qi = 0; qi < speakers.length; qi++) {
      Row q = quotes.get(qi);
      String speaker = speakers[qi];
      if (speaker == null) {
        continue;
      }
      Integer begin = q.getAs("begin");
      Integer end = q.getAs("end");
      TreeSet<String> inside = new TreeSet<>();
      for (int i = 0; i < ids.length && begin != null && end != null; i++) {
        Integer mb = mentions.get(i).getAs("begin");
        Integer me = mentions.get(i).getAs("end");
        if (ids[i] != null && mb != null && me != null && mb >= begin && me <= end && !ids[i].equals(speaker)) {
          inside.add(ids[i]);
        }
      }
      String quoteId = q.getAs("quote_id");
      inside.forEach(e -> out.add(RowBuilder.of(LINK).set("quote_id", quoteId).set("speaker_id", speaker)
          .set("entity_id", e).build()));
    }
    return out.toArray(new Row[0]);
  }

  private static List<Row> list(Row row, String field) {
    List<Row> l = row.getList(row.fieldIndex(field));
    return l == null ? List.of() : l;
  }

  private static StructType nullable(StructType t) {
    StructType out = new StructType();
    for (var f : t.fields()) {
      out = out.add(f.name(), f.dataType(), true);
    }
    return out;
  }
}
