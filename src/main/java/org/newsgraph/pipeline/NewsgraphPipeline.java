package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.copies.Stories;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphTables;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.tables.DocStatus;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.Tables;

/**
 * ingest -> annotate (once per article) -> tables. Articles whose doc_id is already in the annotation store
 * are skipped, new ones are annotated into a new batch, and every published table is rebuilt from all
 * batches: CoreNLP runs once per article whatever the number of tables or runs.
 */
public final class NewsgraphPipeline {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NewsgraphPipeline.class);
  /** Target articles per annotation partition: small enough for steady progress and retries. */
  static final int ARTICLES_PER_PARTITION = 32;

  private NewsgraphPipeline() {}

  public static RunSummary run(SparkSession spark, RunOptions opts) {
    long t0 = System.nanoTime();
    var sc = spark.sparkContext();
    AnnotationStore store = new AnnotationStore(spark, opts.output());
    int dropped = store.clean(opts.reprocess());
    if (dropped > 0) {
      LOG.info(opts.reprocess() ? "--reprocess: removed {} earlier batch(es); every article is annotated again"
          : "removed {} incomplete batch(es) left by an interrupted run; their articles are annotated again", dropped);
    }

    // Kept: the counts, the boilerplate pass and the annotation stage would otherwise each read, decode and
    // clean every file again.
    Dataset<Row> input;
    long inputs;
    try (var label = JobDescription.of(sc, "newsgraph: read, decode and clean " + opts.read().input())) {
      Prepared prepared = prepare(spark, opts);
      input = prepared.rows().persist(StorageLevel.MEMORY_AND_DISK());
      inputs = input.count();
      prepared.release();
    }
    Dataset<Row> raw = input;
    long total = inputs;
    if (!store.isEmpty()) {
      try (var label = JobDescription.of(sc, "newsgraph: find articles not annotated yet")) {
        raw = raw.join(store.read().select(col("doc_id").as("done_id")), raw.col("doc_id").equalTo(col("done_id")),
            "left_anti");
        total = raw.count();
      }
    }
    LOG.info("{} input articles, {} not annotated yet", inputs, total);

    LongAccumulator articles = sc.longAccumulator("articles annotated");
    LongAccumulator tokens = sc.longAccumulator("tokens annotated");
    long ta = System.nanoTime();
    if (total > 0) {
      int partitions = opts.partitions() > 0 ? opts.partitions()
          : (int) Math.max(1, Math.min(total, Math.max(2L * sc.defaultParallelism(),
              (total + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION)));
      Dataset<Row> annotated = SizeAwarePartitions.deal(spark, raw, partitions)
          .mapPartitions(new AnnotateStage(opts.nlp(), opts.maxChars(), opts.timeout().toMillis(), articles, tokens),
              Encoders.row(Tables.ANNOTATED));
      try (var label = JobDescription.of(sc, "newsgraph: clean and annotate " + total + " articles with CoreNLP");
           ProgressReporter progress = new ProgressReporter(total, articles, tokens, opts.progressEvery())) {
        annotated.write().mode(SaveMode.ErrorIfExists).parquet(store.pathOf(AnnotationStore.newBatchName()));
      }
    }
    double annotateSecs = (System.nanoTime() - ta) / 1e9;
    input.unpersist();

    Dataset<Row> all = store.read().persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> rows;
    Map<String, Long> byStatus = new LinkedHashMap<>();
    java.util.List<String> detailLines;
    Dataset<Row> ok = all.where(col("status").equalTo(DocStatus.OK));
    try (var label = JobDescription.of(sc, "newsgraph: read the annotation store")) {
      // Read once here, so that the stories step's time is its own and not the store's.
      all.count();
    }
    long ts = System.nanoTime();
    Dataset<Row> stories;
    Row sc0;
    try (var label = JobDescription.of(sc, "newsgraph: group copies of one story (MinHash LSH over word shingles)")) {
      // Materialised by Stories.find: the documents write, the log line and the graph stage all read it.
      stories = Stories.find(ok.select("doc_id", "published_date", "text"), opts.stories());
      sc0 = stories.agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)).as("articles"),
          org.apache.spark.sql.functions.countDistinct("story_id").as("stories")).first();
    }
    long storyArticles = sc0.getAs("articles");
    long storyCount = sc0.getAs("stories");
    LOG.info("stories: {} articles in {} stories ({} copies of an earlier article), found in {} s", storyArticles,
        storyCount, storyArticles - storyCount, String.format("%.1f", (System.nanoTime() - ts) / 1e9));
    try (TableWrites writes = new TableWrites(spark, opts.output(), TableWrites.CONCURRENT)) {
      writes.write(Tables.DOCUMENTS, Tables.conform(all.join(stories.select("doc_id", "story_id",
          "story_similarity"), new String[] {"doc_id"}, "left"), Tables.DOCUMENTS_TABLE));
      var statuses = writes.submit("counting articles per status", () -> {
        try (var label = JobDescription.of(sc, "newsgraph: summary")) {
          return all.groupBy("status").count().orderBy(col("count").desc()).collectAsList();
        }
      });
      var details = writes.submit("summary breakdowns", () -> SummaryDetails.lines(all));
      // The archive-level merges and the totals run here, beside the documents write; the graph's tables then
      // join the queue.
      GraphTables graph;
      try (var label = JobDescription.of(sc, "newsgraph: resolve entities and build co-occurrences")) {
        graph = GraphBuilder.buildNested(spark, ok, stories,
            new org.newsgraph.graph.GraphSettings(opts.nlp().aliases(), opts.nationalityPairs(), opts.npmiUnits()));
      }
      try (graph) {
        graph.tables().forEach(writes::write);
        rows = writes.rows();
      }
      for (Row r : writes.await(statuses)) {
        byStatus.put(r.getAs("status"), r.<Long>getAs("count"));
      }
      detailLines = writes.await(details);
    }
    all.unpersist();
    return new RunSummary(opts.output(), byStatus, detailLines, rows, articles.value(), tokens.value(), annotateSecs,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Every input article read, decoded, cleaned ({@code RawSchema.CLEANED}) and stripped of its outlet's recurring
   * boilerplate: what annotation reads. The cleaned rows are kept while the boilerplate pass reads them twice.
   */
  public static Prepared prepare(SparkSession spark, RunOptions opts) {
    Dataset<Row> cleaned = ArticleReader.read(spark, opts.read()).dropDuplicates("doc_id")
        .map(new CleanStage(), Encoders.row(RawSchema.CLEANED));
    if (opts.boilerplateMinArticles() <= 0) {
      return new Prepared(cleaned, null);
    }
    Dataset<Row> kept = cleaned.persist(StorageLevel.MEMORY_AND_DISK());
    try (var label = JobDescription.of(spark.sparkContext(),
        "newsgraph: find and remove each outlet's recurring boilerplate")) {
      return new Prepared(BoilerplatePass.apply(kept, opts.boilerplateMinArticles()), kept);
    }
  }

  /** The prepared rows, and the cached intermediate to release once they are materialised. */
  public record Prepared(Dataset<Row> rows, Dataset<Row> intermediate) {
    public void release() {
      if (intermediate != null) {
        intermediate.unpersist();
      }
    }
  }
}
