package org.newsgraph.eval;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;
import org.newsgraph.tables.Tables;

/**
 * Scores the entity_id clustering and the entity types of finished runs against the entity gold
 * ({@link EntityGold}). Each gold mention is matched to the system mention that overlaps its occurrence
 * most; a gold mention with no system mention counts as its own entity of no type (so missed mentions cost
 * recall and type accuracy). Pairs are formed within a corpus only (each run has its own entities).
 * usage: jobs/eval-entities.sh (runs the job, then this); or directly:
 * EntityEvaluation --gold docs/gold/entities.tsv --run fakes=OUT1 --run polnear=OUT2 [--details FILE]
 */
public final class EntityEvaluation {
  private EntityEvaluation() {}

  /** One gold mention as the system saw it: its entity (or a miss) and that entity's type and name. */
  record Scored(EntityGold.Mention gold, String entityId, String type, String name) {
    boolean found() {
      return type != null;
    }
  }

  static final Option<Path> GOLD = Option.path("gold", Path.of("docs/gold/entities.tsv"), "the entity gold");
  static final Option<List<String[]>> RUN = Option.repeated("run", "CORPUS=OUTPUT_FOLDER",
      "a finished run of the job on one gold corpus; at least one", EntityEvaluation::corpusRun);
  static final Option<Path> DETAILS = Option.path("details", null, "also write one TSV line per gold mention");
  public static final OptionSet OPTIONS = OptionSet.of("eval-entities",
      "EntityEvaluation [--gold FILE] --run CORPUS=OUTPUT_FOLDER ... [--details FILE]", List.of(GOLD, RUN, DETAILS));

  private static String[] corpusRun(String v) {
    String[] kv = v.split("=", 2);
    if (kv.length != 2 || kv[0].isEmpty() || kv[1].isEmpty()) {
      throw new IllegalArgumentException("CORPUS=OUTPUT_FOLDER");
    }
    return kv;
  }

  public static void main(String[] args) throws Exception {
    OptionValues o = OPTIONS.parseOrExit(args);
    Map<String, String> runs = new LinkedHashMap<>();
    o.get(RUN).forEach(kv -> runs.put(kv[0], kv[1]));
    if (runs.isEmpty()) {
      OPTIONS.exit("give at least one --run CORPUS=OUTPUT_FOLDER");
    }
    Path gold = o.get(GOLD);
    Path details = o.get(DETAILS);
    List<EntityGold.Mention> mentions = EntityGold.read(gold);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsgraph-eval-entities")
        .config("spark.ui.enabled", "false").getOrCreate();
    List<Scored> scored = new ArrayList<>();
    for (var run : runs.entrySet()) {
      List<EntityGold.Mention> ofCorpus = mentions.stream().filter(m -> m.corpus().equals(run.getKey())).toList();
      scored.addAll(score(spark, run.getValue(), ofCorpus));
    }
    spark.stop();
    report(System.out, scored, gold);
    if (details != null) {
      writeDetails(details, scored);
    }
  }

  /** Matches each gold mention of one run to the run's mentions and entities (only the gold's articles are read). */
  static List<Scored> score(SparkSession spark, String out, List<EntityGold.Mention> gold) {
    List<String> docIds = gold.stream().map(EntityGold.Mention::docId).distinct().toList();
    Map<String, String> texts = new HashMap<>();
    for (Row r : spark.read().parquet(out + "/" + Tables.DOCUMENTS).where(col("doc_id").isin(docIds.toArray()))
        .select("doc_id", "text").collectAsList()) {
      texts.put(r.getAs("doc_id"), r.getAs("text"));
    }
    Map<String, List<Row>> byDoc = new HashMap<>();
    Dataset<Row> entities = spark.read().parquet(out + "/" + Tables.ENTITIES).select(col("entity_id"), col("type").as("entity_type"), col("name").as("entity_name"));
    for (Row r : spark.read().parquet(out + "/" + Tables.MENTIONS).where(col("doc_id").isin(docIds.toArray()))
        .join(entities, "entity_id").select("doc_id", "begin", "end", "entity_id", "entity_type", "entity_name")
        .collectAsList()) {
      byDoc.computeIfAbsent(r.getAs("doc_id"), k -> new ArrayList<>()).add(r);
    }
    List<Scored> out2 = new ArrayList<>();
    for (EntityGold.Mention m : gold) {
      String text = texts.get(m.docId());
      int b = text == null ? -1 : EntityGold.locate(text, m);
      if (b < 0) {
        System.err.printf("gold mention not found in the run's text (article %s, '%s' #%d): counted as missed%n",
            m.docId(), m.text(), m.occurrence());
      }
      int e = b + m.text().length();
      Row best = null;
      int bestOverlap = 0;
      for (Row r : byDoc.getOrDefault(m.docId(), List.of())) {
        int overlap = b < 0 ? 0 : Math.min(e, r.<Integer>getAs("end")) - Math.max(b, r.<Integer>getAs("begin"));
        if (overlap > bestOverlap) {
          best = r;
          bestOverlap = overlap;
        }
      }
      out2.add(best == null ? new Scored(m, null, null, null)
          : new Scored(m, best.getAs("entity_id"), best.getAs("entity_type"), best.getAs("entity_name")));
    }
    return out2;
  }

  static void report(PrintStream p, List<Scored> scored, Path gold) {
    p.printf("Entity resolution on %s: %,d gold mentions, %,d referents, %,d articles%n", gold, scored.size(),
        scored.stream().map(s -> s.gold().corpus() + "/" + s.gold().referent()).distinct().count(),
        scored.stream().map(s -> s.gold().docId()).distinct().count());
    p.println("part              corpus    mentions referents found | pairwise P    R     F1  | B-cubed P    R     F1  | type acc");
    Map<String, Predicate<Scored>> parts = new LinkedHashMap<>();
    parts.put("held-out", s -> s.gold().heldOut());
    parts.put("tuning", s -> !s.gold().heldOut());
    parts.put("all", s -> true);
    for (var part : parts.entrySet()) {
      List<Scored> in = scored.stream().filter(part.getValue()).toList();
      for (String corpus : corpora(in)) {
        line(p, part.getKey(), corpus, in.stream().filter(s -> corpus.equals("all") || s.gold().corpus().equals(corpus)).toList());
      }
    }
    p.println("\nMost fragmented referents (held-out): system entities per referent");
    fragmented(scored.stream().filter(s -> s.gold().heldOut()).toList()).forEach(p::println);
    p.println("\nBy category (held-out): mentions, found, same entity as the referent's most common one, type right");
    categories(scored.stream().filter(s -> s.gold().heldOut()).toList()).forEach(p::println);
  }

  private static List<String> corpora(List<Scored> in) {
    List<String> out = new ArrayList<>(in.stream().map(s -> s.gold().corpus()).distinct().sorted().toList());
    out.add("all");
    return out;
  }

  /** Pairwise and B-cubed over each corpus separately, pooled by summing pair counts via the scores' items. */
  private static void line(PrintStream p, String part, String corpus, List<Scored> in) {
    ClusterScores c = clusters(in);
    long found = in.stream().filter(Scored::found).count();
    long typeOk = in.stream().filter(s -> s.gold().type().equals(s.type())).count();
    p.printf("%-17s %-9s %8d %9d %5d | %10.3f %5.3f %5.3f | %9.3f %5.3f %5.3f | %.3f%n", part, corpus, in.size(),
        in.stream().map(s -> s.gold().corpus() + "/" + s.gold().referent()).distinct().count(), found,
        c.pairP(), c.pairR(), c.pairF1(), c.b3P(), c.b3R(), c.b3F1(), in.isEmpty() ? 0 : (double) typeOk / in.size());
  }

  /** Labels carry the corpus, so two runs' entities never share a cluster; a miss is its own cluster. */
  static ClusterScores clusters(List<Scored> in) {
    List<String> sys = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Scored s = in.get(i);
      sys.add(s.gold().corpus() + "/" + (s.found() ? s.entityId() : "missed-" + i));
      gold.add(s.gold().corpus() + "/" + s.gold().referent());
    }
    return ClusterScores.of(sys, gold);
  }

  private static List<String> fragmented(List<Scored> in) {
    Map<String, Map<String, Integer>> parts = new TreeMap<>();
    for (Scored s : in) {
      String name = s.found() ? s.name() + " (" + s.type() + ")" : "(missed)";
      parts.computeIfAbsent(s.gold().referent(), k -> new TreeMap<>()).merge(name, 1, Integer::sum);
    }
    return parts.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(15).map(e -> String.format("  %-40s %d: %s", e.getKey(), e.getValue().size(), e.getValue())).toList();
  }

  private static List<String> categories(List<Scored> in) {
    Map<String, String> majority = new HashMap<>();
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (Scored s : in) {
      if (s.found()) {
        votes.computeIfAbsent(s.gold().referent(), k -> new HashMap<>()).merge(s.entityId(), 1, Integer::sum);
      }
    }
    votes.forEach((r, v) -> majority.put(r, v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    Map<String, int[]> byCat = new TreeMap<>();
    for (Scored s : in) {
      int[] c = byCat.computeIfAbsent(s.gold().category(), k -> new int[4]);
      c[0]++;
      c[1] += s.found() ? 1 : 0;
      c[2] += s.found() && s.entityId().equals(majority.get(s.gold().referent())) ? 1 : 0;
      c[3] += s.gold().type().equals(s.type()) ? 1 : 0;
    }
    List<String> out = new ArrayList<>();
    byCat.forEach((k, c) -> out.add(String.format("  %-10s %5d %5d %5d %5d", k, c[0], c[1], c[2], c[3])));
    return out;
  }

  private static void writeDetails(Path file, List<Scored> scored) throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    lines.add("corpus\tdoc_id\tmention\toccurrence\treferent\tgold_type\theld_out\tentity_id\tentity_name\tentity_type");
    for (Scored s : scored) {
      EntityGold.Mention g = s.gold();
      lines.add(String.join("\t", g.corpus(), g.docId(), g.text(), Integer.toString(g.occurrence()), g.referent(),
          g.type(), Boolean.toString(g.heldOut()), String.valueOf(s.entityId()), String.valueOf(s.name()),
          String.valueOf(s.type())));
    }
    Files.write(file, lines);
  }
}
