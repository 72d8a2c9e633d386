package org.newsgraph.graph;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.Tables;

/**
 * Derives the entity-level tables from the article-level ones: mentions and quotes with entity ids,
 * entities, co-occurrences (overall and per outlet and month) and quote edges. Pure Spark SQL over the
 * documents, mentions and quotes rows, so it runs after annotation or alone on existing tables.
 */
public final class GraphBuilder {
  private GraphBuilder() {}

  /**
   * @param documents rows with at least doc_id, outlet, published_date, status, sentence_count
   * @param mentions  mentions table rows (an existing entity_id column is ignored and recomputed)
   * @param quotes    quotes table rows (an existing speaker_entity_id column is ignored)
   * @return table name -> rows, conformed to the declared schemas, in writing order
   */
  public static Map<String, Dataset<Row>> build(SparkSession spark, Dataset<Row> documents, Dataset<Row> mentions,
                                                Dataset<Row> quotes, AliasTable aliases) {
    EntityResolution.register(spark, aliases);
    Dataset<Row> m = mentions.drop("entity_id")
        .withColumn("k", EntityResolution.key(col("text"), col("canonical"), col("type")))
        .select(col("*"), col("k.key").as("key"), col("k.name").as("entity_name"), col("k.type").as("entity_type"),
            col("k.from_alias").as("from_alias")).drop("k");
    Dataset<Row> finalKeys = EntityResolution.finalKeys(m.select(col("key"), col("entity_type").as("type")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> resolved = m.join(finalKeys, "key")
        .withColumn("entity_id", EntityResolution.entityId(col("final_key")))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> names = EntityResolution.namesAndTypes(resolved.select(col("entity_id"),
        col("entity_name").as("name"), col("entity_type").as("type"), col("from_alias")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> docs = documents.select("doc_id", "outlet", "published_date", "sentence_count");

    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    out.put(Tables.MENTIONS, Tables.conform(resolved, Tables.MENTIONS_TABLE));
    out.put(Tables.QUOTES, Tables.conform(SpeakerEntities.attach(quotes.drop("speaker_entity_id"), finalKeys,
        names), Tables.QUOTES_TABLE).persist(StorageLevel.MEMORY_AND_DISK()));
    out.put(Tables.ENTITIES, Tables.conform(EntityTable.build(resolved, names, docs), Tables.ENTITY));
    // Both co-occurrence tables and the quote edges reuse these; persisting keeps each join computed once.
    Dataset<Row> units = Cooccurrences.units(resolved).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> pairs = Cooccurrences.pairs(units, docs).persist(StorageLevel.MEMORY_AND_DISK());
    out.put(Tables.COOCCURRENCES, Tables.conform(Cooccurrences.overall(pairs, units, docs, names), Tables.COOCCURRENCE));
    out.put(Tables.COOCCURRENCE_SLICES, Tables.conform(Cooccurrences.slices(pairs), Tables.COOCCURRENCE_SLICE));
    out.put(Tables.QUOTE_EDGES, Tables.conform(QuoteEdges.build(out.get(Tables.QUOTES), resolved, names),
        Tables.QUOTE_EDGE));
    return out;
  }
}
