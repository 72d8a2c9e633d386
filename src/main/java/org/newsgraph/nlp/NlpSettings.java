package org.newsgraph.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which CoreNLP annotators run and with what properties, plus which mention types are kept. Serializable
 * and small: this travels to executors, the pipeline it describes never does.
 *
 * @param overrides   CoreNLP properties given by the user; they win over the defaults below
 * @param mentionTypes fine NER tags kept in the mentions table
 * @param quotes      whether to extract quotes (adds the dependency parser on cue sentences)
 * @param parse       which sentences the dependency parser reads
 * @param aliases     alias list, also used to add mentions NER missed ("IS"); small, so it travels with tasks
 * @param ner         which NER runs
 */
public record NlpSettings(Map<String, String> overrides, Set<String> mentionTypes, boolean quotes, Parse parse,
                          AliasTable aliases, Ner ner) implements Serializable {
  /** Which NER runs ({@code --ner}). */
  public enum Ner {
    /** The CoNLL 4-class CRF, fine types from a per-mention gazetteer lookup. */
    FAST,
    /** CoreNLP's default NER: three CRF models and its fine-grained rules, ~4x slower. */
    FULL
  }

  /** Which sentences the dependency parser reads when quotes are extracted ({@code --parse}). */
  public enum Parse {
    /** Only sentences with a speech verb, "according to" or a quotation mark. */
    CUES,
    /** Every sentence. */
    ALL
  }

  public static final Ner NER_DEFAULT = Ner.FAST;
  public static final Parse PARSE_DEFAULT = Parse.CUES;
  public static final boolean QUOTES_DEFAULT = true;

  /**
   * The fast NER's model: on CoNLL-2003 dev it scores at least as well as the three-model default, at a
   * fraction of its cost (docs/BENCHMARKS.md).
   */
  public static final String FAST_NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Named-entity tags (coarse and fine) kept by default: names of people, groups, places and kinds. */
  public static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC",
      "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY");
  /** Every tag CoreNLP's NER can give, for --mention-types all. */
  public static final Set<String> ALL_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC",
      "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE",
      "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "URL", "EMAIL", "HANDLE", "DATE", "TIME", "DURATION", "SET",
      "NUMBER", "ORDINAL", "PERCENT", "MONEY");
  private static final Set<String> NUMERIC_OR_TIME = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER",
      "ORDINAL", "PERCENT", "MONEY");

  public NlpSettings {
    overrides = Map.copyOf(overrides);
    mentionTypes = Set.copyOf(mentionTypes);
  }

  public static NlpSettings defaults() {
    return new NlpSettings(Map.of(), NAMED_TYPES, QUOTES_DEFAULT, PARSE_DEFAULT, AliasTable.load(List.of(AliasTable.BUILTIN)),
        NER_DEFAULT);
  }

  /** Whether fine types come from {@code FineTypes} (fast NER) rather than CoreNLP's own rules. */
  public boolean fineTypesByLookup() {
    return fineTypesByLookup(toProperties());
  }

  /** Whether a pipeline of these CoreNLP properties leaves fine types to {@code FineTypes}. */
  static boolean fineTypesByLookup(Properties props) {
    return "false".equals(props.getProperty("ner.applyFineGrained"));
  }

  /**
   * The CoreNLP properties. Choices and why:
   * <ul>
   *   <li>{@code ssplit.newlineIsSentenceBreak=two}: the cleaner separates paragraphs (and the title) by a
   *       blank line; without this CoreNLP joins "Raqqa\n\nISIS" into one sentence and one mention.</li>
   *   <li>SUTime and the numeric classifiers only serve DATE/NUMBER/... tags, which the default mention
   *       types drop; they are switched on when such a type is asked for.</li>
   *   <li>Fast NER (the default): the single CoNLL 4-class CRF, without the fine-grained regex rules that
   *       cost more than the CRF; COUNTRY, CITY, NATIONALITY, ... come from a mention-level lookup.</li>
   * </ul>
   */
  public Properties toProperties() {
    Map<String, String> p = new TreeMap<>();
    p.put("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.put("ssplit.newlineIsSentenceBreak", "two");
    boolean numeric = mentionTypes.stream().anyMatch(NUMERIC_OR_TIME::contains);
    p.put("ner.useSUTime", Boolean.toString(numeric));
    p.put("ner.applyNumericClassifiers", Boolean.toString(numeric));
    if (ner == Ner.FAST) {
      p.put("ner.model", FAST_NER_MODEL);
      p.put("ner.applyFineGrained", "false");
    }
    p.putAll(overrides);
    Properties props = new Properties();
    props.putAll(p);
    return props;
  }

  /** A stable key for the per-JVM pipeline cache: equal properties share one pipeline. */
  public String pipelineKey() {
    return PerJvm.key(toProperties());
  }
}
