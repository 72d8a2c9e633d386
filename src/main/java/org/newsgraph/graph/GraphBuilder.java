package org.newsgraph.graph;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.copies.StatementSettings;
import org.newsgraph.copies.Statements;
import org.newsgraph.copies.Stories;
import org.newsgraph.copies.StorySettings;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.Tables;

/**
 * Derives the entity-level tables from the annotated articles: mentions and quotes with entity ids,
 * entities, co-occurrences (overall and per outlet and month) and quote edges. One pass per article
 * (DocGraph) does everything that stays inside an article; what crosses articles is Spark SQL
 * aggregation: the archive-level merges first ({@link ArchiveMerges}), then one aggregation per table.
 */
public final class GraphBuilder {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphBuilder.class);
  private GraphBuilder() {}

  /**
   * @param docs    annotated articles with status ok: doc_id, outlet, published_date, sentence_count and the
   *                nested mentions and quotes arrays ({@code Tables.MENTION}, {@code Tables.QUOTE}) as stored
   * @param stories {@code Stories.STORY} rows of those articles (an article without one is its own story)
   * @return table name -> rows, conformed to the declared schemas, in writing order; close it once written
   */
  public static GraphTables buildNested(SparkSession spark, Dataset<Row> docs, Dataset<Row> stories,
                                                      GraphSettings settings) {
    AliasTable aliases = settings.aliases();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    var bcAliases = jsc.broadcast(aliases);
    spark.udf().register(EntityKeyFunction.NAME, new EntityKeyFunction(bcAliases), EntityKeyFunction.RESULT);
    spark.udf().register(EntityNaming.NAME, new EntityNaming(), EntityNaming.RESULT);
    Dataset<Row> input = docs.select("doc_id", "outlet", "published_date", "sentence_count", "mentions", "quotes");
    var merges = jsc.broadcast(ArchiveMerges.find(spark, input));
    Dataset<Row> local = ContextResolution.resolve(ArchiveMerges.finalKeys(spark, input, merges));
    Dataset<Row> storyOf = stories.select(col("doc_id"), col("story_id"),
        lit(1.0).divide(col("story_articles")).as("story_weight"));
    Dataset<Row> resolved = input.join(local, new String[] {"doc_id"}, "left")
        .map(new DocGraph(bcAliases, merges, settings.nationalityPairs()), Encoders.row(DocGraph.SCHEMA))
        .join(storyOf, new String[] {"doc_id"}, "left")
        .withColumn("story_id", coalesce(col("story_id"), col("doc_id")))
        .withColumn("story_weight", coalesce(col("story_weight"), lit(1.0)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row t = resolved.agg(count(lit(1)).as("articles"), coalesce(sum("sentence_count"), lit(0L)).as("sentences"),
        countDistinct("story_id").as("stories"),
        coalesce(sum(col("sentence_count").multiply(col("story_weight"))), lit(0.0)).as("story_sentences")).first();
    var totals = new Cooccurrences.Totals(t.<Long>getAs("articles"), t.<Long>getAs("sentences"),
        t.<Long>getAs("stories"), t.<Double>getAs("story_sentences"));

    Dataset<Row> forms = perArticle(resolved, "forms");
    Dataset<Row> pairs = perArticle(resolved, "pairs");
    Dataset<Row> entities = EntityTable.build(forms).persist(StorageLevel.MEMORY_AND_DISK());

    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    out.put(Tables.MENTIONS, Tables.conform(perArticle(resolved, "mentions"), Tables.MENTIONS_TABLE));
    // Materialised: the statements step and the quotes table both read it; and so the step's time is its own.
    Dataset<Row> quotes = SpeakerEntities.attach(perArticle(resolved, "quotes"), entities).localCheckpoint();
    long ts = System.nanoTime();
    Statements.Result statements = Statements.find(quotes, StatementSettings.DEFAULT);
    LOG.info("statements: quotes grouped in {} s", String.format("%.1f", (System.nanoTime() - ts) / 1e9));
    out.put(Tables.QUOTES, Tables.conform(quotes.join(statements.statementOf(), new String[] {"quote_id"}, "left"),
        Tables.QUOTES_TABLE));
    out.put(Tables.ENTITIES, Tables.conform(entities, Tables.ENTITY));
    out.put(Tables.COOCCURRENCES, Tables.conform(Cooccurrences.overall(pairs, entities, totals, settings.npmiUnits()),
        Tables.COOCCURRENCE));
    out.put(Tables.COOCCURRENCE_SLICES, Tables.conform(Cooccurrences.slices(pairs), Tables.COOCCURRENCE_SLICE));
    out.put(Tables.QUOTE_EDGES, Tables.conform(QuoteEdges.build(perArticle(resolved, "links"), entities),
        Tables.QUOTE_EDGE));
    out.put(Tables.STATEMENTS, Tables.conform(statements.statements(), Tables.STATEMENT));
    return new GraphTables(out, List.of(resolved, entities));
  }

  /**
   * The same from flat tables (as published): the mentions and quotes are nested back under their
   * articles first. {@code documents} needs doc_id, outlet, published_date, sentence_count and either
   * story_id and story_similarity (as the job published them) or text (the stories are then found again, with
   * the default thresholds); existing entity_id and speaker_entity_id columns are ignored and recomputed.
   */
  public static GraphTables build(SparkSession spark, Dataset<Row> documents, Dataset<Row> mentions,
                                                Dataset<Row> quotes, GraphSettings settings) {
    Dataset<Row> stories = publishedStories(documents);
    Dataset<Row> docs = documents.select("doc_id", "outlet", "published_date", "sentence_count")
        .join(nest(mentions, Tables.MENTION, "mentions"), "doc_id", "left")
        .join(nest(quotes, Tables.QUOTE, "quotes"), "doc_id", "left")
        .withColumn("mentions", coalesce(col("mentions"), array().cast(DataTypes.createArrayType(Tables.MENTION))))
        .withColumn("quotes", coalesce(col("quotes"), array().cast(DataTypes.createArrayType(Tables.QUOTE))));
    return buildNested(spark, docs, stories, settings);
  }

  /**
   * The stories the run published, so that a rebuild keeps the run's grouping and its thresholds (finding them
   * again would apply the defaults); a folder written before stories existed has them found from the texts.
   */
  private static Dataset<Row> publishedStories(Dataset<Row> documents) {
    if (!Arrays.asList(documents.columns()).contains("story_id")) {
      return Stories.find(documents.select("doc_id", "published_date", "text"), StorySettings.DEFAULT);
    }
    return Stories.of(documents.select(col("doc_id"), coalesce(col("story_id"), col("doc_id")).as("story_id"),
        coalesce(col("story_similarity"), lit(1.0)).as("story_similarity")));
  }

  private static Dataset<Row> nest(Dataset<Row> flat, StructType nested, String as) {
    Column[] fields = Arrays.stream(nested.fieldNames()).map(f -> col("`" + f + "`")).toArray(Column[]::new);
    return flat.groupBy("doc_id").agg(collect_list(struct(fields)).as(as));
  }

  /** One row per element of a per-article array, with doc_id, published_date, outlet and story first. */
  private static Dataset<Row> perArticle(Dataset<Row> resolved, String array) {
    return resolved.select(col("doc_id"), col("published_date"), col("outlet"), col("story_id"), col("story_weight"),
            explode(col(array)).as("x"))
        .select(col("doc_id"), col("published_date"), col("outlet"), col("story_id"), col("story_weight"), col("x.*"));
  }
}
