package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.clean.Boilerplate;
import org.newsgraph.clean.TextCleaner;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.StableId;

/**
 * Archive-wide boilerplate: text that recurs across many articles of one outlet (sidebars, footers, taglines,
 * subscription prompts) and that per-article cleaning cannot tell from the body. A distributed count over the
 * whole input finds every word shingle that occurs in at least {@code minArticles} articles of an outlet with
 * different titles (so that copies of one story, which share their title, do not count as many); each article
 * then loses those shingles where {@link Boilerplate} says boilerplate sits. Articles without an outlet are
 * counted together. Two shuffles of (outlet, shingle, article) rows: time grows with the archive's words.
 */
final class BoilerplatePass {
  private static final StructType SHINGLE = new StructType().add("doc_id", DataTypes.StringType, false)
      .add("outlet_key", DataTypes.StringType, false).add("title_key", DataTypes.StringType, false)
      .add("shingle", DataTypes.LongType, false);

  private BoilerplatePass() {}

  /** The cleaned articles with their outlet's recurring boilerplate removed; minArticles 0 turns it off. */
  static Dataset<Row> apply(Dataset<Row> cleaned, int minArticles) {
    if (minArticles <= 0) {
      return cleaned;
    }
    Dataset<Row> shingles = cleaned.where(col("status").isNull().and(col("text").isNotNull()))
        .flatMap((FlatMapFunction<Row, Row>) BoilerplatePass::shingleRows, Encoders.row(SHINGLE));
    Dataset<Row> recurring = shingles.select("outlet_key", "shingle", "title_key").distinct()
        .groupBy("outlet_key", "shingle").agg(count("title_key").as("articles"))
        .where(col("articles").geq(minArticles)).select("outlet_key", "shingle");
    Dataset<Row> perDoc = shingles.join(recurring, new String[] {"outlet_key", "shingle"})
        .groupBy("doc_id").agg(collect_set("shingle").as("boilerplate"));
    Dataset<Row> joined = cleaned.join(perDoc, new String[] {"doc_id"}, "left");
    return joined.map((MapFunction<Row, Row>) BoilerplatePass::strip, Encoders.row(RawSchema.CLEANED));
  }

  static String outletKey(String outlet) {
    return outlet == null ? "" : outlet.strip().toLowerCase(Locale.ROOT);
  }

  private static java.util.Iterator<Row> shingleRows(Row r) {
    String docId = r.getAs("doc_id");
    String title = r.getAs("title");
    String outlet = outletKey(r.getAs("outlet"));
    String titleKey = title == null || title.isBlank() ? docId
        : StableId.of(TextCleaner.key(title));
    long[] hashes = Boilerplate.shingles(r.getAs("text"), title);
    List<Row> out = new ArrayList<>(hashes.length);
    for (long h : hashes) {
      out.add(RowBuilder.of(SHINGLE).set("doc_id", docId).set("outlet_key", outlet).set("title_key", titleKey)
          .set("shingle", h).build());
    }
    return out.iterator();
  }

  private static Row strip(Row r) {
    CleanArticle c = CleanArticle.of(r);
    List<Long> found = r.getList(r.fieldIndex("boilerplate"));
    if (found == null || found.isEmpty() || c.text() == null) {
      return c.toRow();
    }
    Set<Long> recurring = new HashSet<>(found);
    String text = Boilerplate.remove(c.text(), c.title(), recurring);
    return c.withText(text, c.text().length() - text.length()).toRow();
  }
}
