package org.newsgraph.graph;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.nlp.EntityKeys;
import org.newsgraph.nlp.NameShapes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merges across articles: which entity keys name the same actor, decided from evidence the archive
 * itself gives, in five rules applied in order (each sees the merges of the rules before it):
 * <ol>
 *   <li>variants: two keys of one non-person type whose consonant skeletons are equal (Deir Ezzor / Deir
 *       ez-Zor / Deir Ezour, Hizballah / Hezbollah), with the spelling also close for short skeletons
 *       (Idleb / Idlib but not Sudan / Sidon), or multi-word keys with the same initials whose word-by-word
 *       skeletons differ by one letter (Free Syria Army / Free Syrian Army, but not East / West Ghouta): the rarer joins the
 *       more frequent. People are left out: transliterations of a person's name that differ in vowels are
 *       often other people (Hassan / Hussein); but a one-word key the tagger mostly calls a person joins a
 *       non-person spelling of it at least {@link #MISTYPED_RATIO} times as frequent ("Hizballah" / "Hezbollah");</li>
 *   <li>possessives that lost their apostrophe ("Syrias", "Assads", "Donald Trumps") join the base form when
 *       it is at least twice as frequent (a multi-word name: half as frequent), whatever the tagger made of
 *       the possessive's type, except an organisation on a place ("Hamas" never joins "Hama"); a one-word
 *       person name ending in s is left alone ("Williams");</li>
 *   <li>middle names: "Hillary Rodham Clinton" joins "Hillary Clinton" when no other longer name reduces to it;</li>
 *   <li>acronyms: one standing alone joins the expansion the archive's own definitions give it ("Free
 *       Syrian Army (FSA)") when two thirds of them agree; an acronym never defined joins the one
 *       multi-word non-person key whose initials it spells (SOHR), never when two keys spell it;</li>
 *   <li>short names: a one-word key joins the one multi-word person or organisation key of its type that
 *       ends with it (or whose head before "of"/"for" does: "Observatory"; or, for a person, that starts with
 *       it: "Jeb"); a MISC short name may join an organisation ("Nusra"), a place-typed one only by the head
 *       ("the Observatory"; "Damascus" never joins "University of Damascus"); with two candidates ("Assad"
 *       when both Bashar and Hafez al-Assad occur) it stays apart, for {@link ContextResolution}.</li>
 * </ol>
 * Candidates are found by blocking keys (skeletons and their one-letter deletions, initials, last words),
 * never by comparing all pairs; the keys are a vocabulary, so every step is a small Spark job. Only the
 * merges (from-key -> final key) reach the driver, as one map broadcast to the graph pass; its size, and
 * each rule's share, is logged. The alias file is applied before all of this and is never overridden.
 */
final class ArchiveMerges {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveMerges.class);
  static final String SKELETON = "newsgraph_skeleton";
  static final String WORD_SKELETON = "newsgraph_word_skeleton";
  static final String DELETIONS = "newsgraph_skeleton_deletions";
  static final String INITIALS = "newsgraph_initials";
  static final String POSSESSIVE_BASE = "newsgraph_possessive_base";
  static final String CLOSE_SPELLING = "newsgraph_close_spelling";
  static final String ONE_EDIT = "newsgraph_one_edit";
  static final String HEAD = "newsgraph_head_word";
  /** How much more frequent a non-person spelling must be for a person-typed spelling to join it. */
  static final int MISTYPED_RATIO = 3;
  /** Last words an organisation's name drops in its short form: "Labour Party" is "Labour", "Fox News" "Fox". */
  static final Set<String> SHORT_FORM_HEADS = java.util.stream.Stream.of("party", "front", "movement", "news", "brigade",
      "brigades", "militia", "network", "channel", "tv", "radio").map(EntityKeys::fold).collect(Collectors.toSet());
  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";
  private static final String LOCATION = "LOCATION";
  private static final String RENAME = "newsgraph_rename";
  private static final String VARIANT = "variant";
  private static final String POSSESSIVE = "possessive";
  private static final String MIDDLE = "middle";

  private ArchiveMerges() {}

  static void register(SparkSession spark) {
    KeyStats.register(spark);
    spark.udf().register(SKELETON, (UDF1<String, String>) NameShapes::skeleton, DataTypes.StringType);
    spark.udf().register(WORD_SKELETON, (UDF1<String, String>) NameShapes::wordSkeleton, DataTypes.StringType);
    spark.udf().register(DELETIONS, (UDF1<String, String>) s -> String.join("|", NameShapes.deletions(s)),
        DataTypes.StringType);
    spark.udf().register(INITIALS, (UDF1<String, String>) NameShapes::initials, DataTypes.StringType);
    spark.udf().register(POSSESSIVE_BASE, (UDF1<String, String>) NameShapes::possessiveBase, DataTypes.StringType);
    spark.udf().register(CLOSE_SPELLING, (UDF2<String, String, Boolean>) ArchiveMerges::closeSpelling,
        DataTypes.BooleanType);
    spark.udf().register(ONE_EDIT, (UDF2<String, String, Boolean>) NameShapes::withinOneEdit, DataTypes.BooleanType);
    spark.udf().register(HEAD, (UDF1<String, String>) NameShapes::headWord, DataTypes.StringType);
  }

  /** from-key -> final key for every key that merges. {@code docs} has a mentions array of Tables.MENTION structs. */
  static Map<String, String> find(SparkSession spark, Dataset<Row> docs) {
    register(spark);
    Dataset<Row> mentionKeys = KeyStats.mentionKeys(docs);
    Dataset<Row> stats = KeyStats.perKey(mentionKeys).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, String> merges = new HashMap<>();
      // The first three rules read only the key statistics: one Spark job for all of them.
      Map<String, Map<String, String>> first = bestTargets(variantEdges(stats).withColumn("rule", lit(VARIANT))
          .unionByName(possessiveEdges(stats).withColumn("rule", lit(POSSESSIVE)))
          .unionByName(middleNameEdges(stats).withColumn("to_n", lit(0L)).withColumn("rule", lit(MIDDLE))));
      int variants = add(merges, first.getOrDefault(VARIANT, Map.of()));
      int possessives = add(merges, first.getOrDefault(POSSESSIVE, Map.of()));
      int middleNames = add(merges, first.getOrDefault(MIDDLE, Map.of()));
      Dataset<Row> renamed = renamed(spark, stats, merges);
      int acronyms = add(merges, pairs(acronymEdges(spark, renamed, KeyStats.acronymDefinitions(mentionKeys), merges)));
      renamed = renamed(spark, stats, merges);
      int shortNames = add(merges, pairs(shortNameEdges(renamed)));
      Map<String, String> out = resolve(merges);
      LOG.info("archive merges: {} keys join another ({} spelling variants, {} possessives, {} middle names, {} acronyms, "
          + "{} short names)", out.size(), variants, possessives, middleNames, acronyms, shortNames);
      return out;
    } finally {
      stats.unpersist();
    }
  }

  /** doc_id, final (the mention's key after {@code merges}), type: one row per mention. */
  static Dataset<Row> finalKeys(SparkSession spark, Dataset<Row> docs, Broadcast<Map<String, String>> merges) {
    register(spark);
    spark.udf().register(RENAME, (UDF1<String, String>) k -> merges.value().getOrDefault(k, k), DataTypes.StringType);
    return KeyStats.mentionKeys(docs).select(col("doc_id"), call_function(RENAME, col("key")).as("final"), col("type"));
  }

  /** Exact skeletons (with close spelling for short ones), and one-letter skeleton differences with equal initials. */
  static Dataset<Row> variantEdges(Dataset<Row> stats) {
    Dataset<Row> cand = stats.where(not(col("type").equalTo(PERSON)).and(not(col("from_alias"))))
        .withColumn("skel", call_function(SKELETON, col("key"))).where(length(col("skel")).geq(3));
    Dataset<Row> leaders = cand.groupBy("skel", "type").agg(max(struct(col("n"), col("key"))).as("lead"));
    Dataset<Row> exact = cand.join(leaders, new String[] {"skel", "type"}).where(not(col("key").equalTo(col("lead.key"))))
        .where(call_function(CLOSE_SPELLING, col("key"), col("lead.key")))
        .select(col("key").as("from"), col("lead.key").as("to"), col("lead.n").as("to_n"));
    Dataset<Row> multi = cand.withColumn("skel", call_function(WORD_SKELETON, col("key")))
        .where(col("key").contains(" ").and(length(col("skel")).geq(6)))
        .withColumn("initials", call_function(INITIALS, col("key")))
        .withColumn("d", explode(split(call_function(DELETIONS, col("skel")), "\\|")));
    Dataset<Row> a = multi.select(col("key").as("from"), col("n").as("from_n"), col("skel").as("skel_a"),
        col("type"), col("initials"), col("d"));
    Dataset<Row> b = multi.select(col("key").as("to"), col("n").as("to_n"), col("skel").as("skel_b"),
        col("type"), col("initials"), col("d"));
    Dataset<Row> oneLetter = a.join(b, new String[] {"d", "type", "initials"})
        .where(not(col("skel_a").equalTo(col("skel_b"))).and(call_function(ONE_EDIT, col("skel_a"), col("skel_b"))))
        .where(col("from_n").lt(col("to_n")).or(col("from_n").equalTo(col("to_n")).and(col("from").lt(col("to")))))
        .select("from", "to", "to_n").distinct();
    // The CRF calls a rare spelling of a group a person ("Hizballah" says, beside 40 "Hezbollah"): a one-word
    // person key joins a non-person spelling with its skeleton that is far more frequent, never another person.
    Dataset<Row> mistyped = stats.where(col("type").equalTo(PERSON).and(not(col("from_alias"))).and(not(col("key").contains(" "))))
        .withColumn("skel", call_function(SKELETON, col("key"))).where(length(col("skel")).geq(4))
        .join(leaders.drop("type"), "skel").where(col("lead.n").geq(col("n").multiply(MISTYPED_RATIO)))
        .where(call_function(CLOSE_SPELLING, col("key"), col("lead.key")))
        .select(col("key").as("from"), col("lead.key").as("to"), col("lead.n").as("to_n"));
    return exact.unionByName(oneLetter).unionByName(mistyped);
  }

  /**
   * Folded spellings close enough for a short skeleton: a one-word name of 3 consonants allows one edit, of 4
   * two (Sudan / Sidon differ by two); longer or multi-word names need only the skeleton.
   */
  static boolean closeSpelling(String a, String b) {
    int consonants = NameShapes.skeleton(a).length();
    if (consonants >= 5 || consonants >= 4 && a.contains(" ")) {
      return true;
    }
    return NameShapes.editDistance(a.replace(" ", ""), b.replace(" ", "")) <= (consonants >= 4 ? 2 : 1);
  }

  static Dataset<Row> possessiveEdges(Dataset<Row> stats) {
    // A one-word person name ending in s is as often a name of its own ("Williams", "Roberts") as a possessive.
    Dataset<Row> a = stats.where(not(col("from_alias")))
        .where(not(col("type").equalTo(PERSON).and(not(col("key").contains(" ")))))
        .withColumn("base", call_function(POSSESSIVE_BASE, col("key")))
        .where(col("base").isNotNull()).select(col("key").as("from"), col("n").as("from_n"), col("type"), col("base"));
    Dataset<Row> b = stats.select(col("key").as("to"), col("n").as("to_n"), col("type").as("to_type"));
    // The tagger types the possessive by what follows it ("Assads forces": an organisation), so types may
    // differ, except an organisation's name on a place's ("Hamas" / "Hama").
    Column compatible = not(col("type").equalTo(ORGANIZATION).and(col("to_type").equalTo(LOCATION)));
    // A multi-word name plus "s" is no other name ("Donald Trumps"); a single word may be ("Williams").
    Column frequent = when(col("from").contains(" "), col("to_n").multiply(2).geq(col("from_n")))
        .otherwise(col("to_n").geq(col("from_n").multiply(2)));
    return a.join(b, col("base").equalTo(col("to")).and(compatible)).where(frequent).select("from", "to", "to_n");
  }

  /**
   * "Hillary Rodham Clinton" and "Donald J. Trump" join "Hillary Clinton" and "Donald Trump" when they are the
   * only longer names with that first and last word ("George W. Bush" and "George H. W. Bush" both reduce to
   * "George Bush", so neither joins it).
   */
  static Dataset<Row> middleNameEdges(Dataset<Row> stats) {
    Dataset<Row> persons = stats.where(col("type").equalTo(PERSON)).withColumn("w", split(col("key"), " "));
    Dataset<Row> longer = persons.where(org.apache.spark.sql.functions.size(col("w")).geq(3))
        .withColumn("fl", org.apache.spark.sql.functions.concat_ws(" ", element_at(col("w"), 1), element_at(col("w"), -1)))
        .groupBy("fl").agg(count(lit(1)).as("k"), first("key").as("from")).where(col("k").equalTo(1));
    Dataset<Row> two = persons.where(org.apache.spark.sql.functions.size(col("w")).equalTo(2)).select(col("key").as("to"));
    return longer.join(two, col("fl").equalTo(col("to"))).select("from", "to");
  }

  /** Learned definitions first; initials only for acronyms the archive never defines. */
  static Dataset<Row> acronymEdges(SparkSession spark, Dataset<Row> renamed, Dataset<Row> definitions,
                                   Map<String, String> merges) {
    Column finalKey = call_function(RENAME, col("key"));
    Dataset<Row> defs = definitions.withColumn("target", finalKey).groupBy("acronym", "target").agg(sum("n").as("n"));
    Dataset<Row> defined = defs.groupBy("acronym").agg(sum("n").as("total"), max_by(col("target"), col("n")).as("top"),
        max("n").as("top_n"));
    Dataset<Row> learned = defined.where(col("top_n").multiply(3).geq(col("total").multiply(2)))
        .select(col("acronym").as("from"), col("top").as("to"));
    Dataset<Row> undefined = renamed.where(col("acronym").and(col("final").equalTo(col("key")))
            .and(length(col("letters")).geq(3)))
        .join(defined.select(col("acronym").as("key")), new String[] {"key"}, "left_anti")
        .select(col("key").as("from"), col("letters"));
    Dataset<Row> spelled = leaders(renamed).where(col("key").contains(" ").and(not(col("type").equalTo(PERSON))))
        .where(col("n").geq(2)).withColumn("letters", call_function(INITIALS, col("key")))
        .groupBy("letters").agg(countDistinct("key").as("k"), first("key").as("to")).where(col("k").equalTo(1));
    Dataset<Row> byInitials = undefined.join(spelled, "letters").select("from", "to");
    return learned.unionByName(byInitials).where(not(col("from").equalTo(col("to"))));
  }

  /**
   * One-word person and organisation keys to the only multi-word key of their type that ends (or starts) with
   * them; an organisation's one-word key also to "X Party", "X Front", "X News" ("Labour", "Fox"). An
   * organisation named once in the whole archive is no candidate: one-off spans the tagger ran together
   * ("SANA al-Nusra") would otherwise keep "Nusra" from its only real full name. A person named once still
   * is: "Hafez al-Assad" named once must keep "Assad" from joining Bashar everywhere.
   */
  static Dataset<Row> shortNameEdges(Dataset<Row> renamed) {
    Dataset<Row> lead = leaders(renamed);
    Dataset<Row> bare = lead.where(not(col("key").contains(" ")).and(not(col("acronym"))))
        .select(col("key").as("from"), col("type"));
    Dataset<Row> full = lead.where(col("key").contains(" ").and(col("type").equalTo(PERSON).or(col("type").equalTo(ORGANIZATION).and(col("n").geq(2)))))
        .withColumn("w", split(col("key"), " "))
        .select(col("key").as("to"), col("type").as("to_type"),
        call_function(HEAD, col("key")).as("head"), element_at(col("w"), -1).as("last"),
        element_at(col("w"), 1).as("first"), org.apache.spark.sql.functions.size(col("w")).as("words"));
    // The tagger calls a short organisation name MISC ("Nusra") or a place ("the Observatory") as often as not.
    Column sameType = col("type").equalTo(col("to_type"))
        .or(col("type").equalTo("MISC").and(col("to_type").equalTo(ORGANIZATION)));
    Dataset<Row> byLast = bare.join(full, col("from").equalTo(col("last")).and(sameType));
    Dataset<Row> byHead = bare.join(full, col("from").equalTo(col("head")).and(col("to_type").equalTo(ORGANIZATION))
        .and(sameType.or(col("type").equalTo(LOCATION))));
    Dataset<Row> byFirst = bare.join(full, col("from").equalTo(col("first")).and(sameType).and(col("type").equalTo(PERSON)));
    // Only an organisation-typed short key: "Republican" (MISC) is the adjective as often as the party.
    Dataset<Row> byGroupHead = bare.join(full, col("from").equalTo(col("first")).and(col("type").equalTo(ORGANIZATION))
        .and(col("to_type").equalTo(ORGANIZATION)).and(col("words").equalTo(2)).and(col("last").isin(SHORT_FORM_HEADS.toArray())));
    return byLast.select("from", "to").unionByName(byHead.select("from", "to")).unionByName(byFirst.select("from", "to"))
        .unionByName(byGroupHead.select("from", "to")).distinct()
        .groupBy("from").agg(count(lit(1)).as("k"), first("to").as("to")).where(col("k").equalTo(1)).select("from", "to");
  }

  /** Keys that are their own final key, with their type and n (merged keys' counts added to the leader's). */
  private static Dataset<Row> leaders(Dataset<Row> renamed) {
    Dataset<Row> total = renamed.groupBy(col("final").as("key")).agg(sum("n").as("n"));
    return renamed.where(col("final").equalTo(col("key"))).drop("n").join(total, "key");
  }

  /** The key statistics with each key's final key under the merges so far. */
  private static Dataset<Row> renamed(SparkSession spark, Dataset<Row> stats, Map<String, String> merges) {
    Broadcast<Map<String, String>> b = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(resolve(merges));
    spark.udf().register(RENAME, (UDF1<String, String>) k -> b.value().getOrDefault(k, k), DataTypes.StringType);
    return stats.withColumn("final", call_function(RENAME, col("key")));
  }

  /** rule -> from -> the target with the highest count (ties: the larger key, as Spark's max orders them). */
  private static Map<String, Map<String, String>> bestTargets(Dataset<Row> edges) {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (Row r : edges.groupBy("rule", "from").agg(max(struct(col("to_n"), col("to"))).as("t"))
        .select("rule", "from", "t.to").collectAsList()) {
      out.computeIfAbsent(r.<String>getAs("rule"), k -> new HashMap<>()).put(r.getAs("from"), r.getAs("to"));
    }
    return out;
  }

  private static Map<String, String> pairs(Dataset<Row> edges) {
    Map<String, String> out = new HashMap<>();
    for (Row r : edges.select("from", "to").collectAsList()) {
      out.putIfAbsent(r.getAs("from"), r.getAs("to"));
    }
    return out;
  }

  /** Adds the merges of keys not merged yet; returns how many were added. */
  private static int add(Map<String, String> merges, Map<String, String> more) {
    int n = 0;
    for (var e : more.entrySet()) {
      if (!merges.containsKey(e.getKey()) && !e.getKey().equals(e.getValue())) {
        merges.put(e.getKey(), e.getValue());
        n++;
      }
    }
    return n;
  }

  /** Follows chains (a -> b -> c gives a -> c); a cycle, which the rules should never make, stops at its first repeat. */
  static Map<String, String> resolve(Map<String, String> merges) {
    Map<String, String> out = new HashMap<>();
    for (String k : merges.keySet()) {
      String t = k;
      Set<String> seen = new HashSet<>();
      while (merges.containsKey(t) && seen.add(t)) {
        t = merges.get(t);
      }
      if (!t.equals(k)) {
        out.put(k, t);
      }
    }
    return out;
  }
}
