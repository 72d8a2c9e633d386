package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/** Runs the shared CoreNLP pipeline over one cleaned article and reads out what the tables need. */
public final class ArticleAnnotator {
  /** The CRF now and then tags a sentence-initial pronoun as PERSON; a pronoun is never a name. */
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we", "i", "you",
      "him", "her", "them", "his", "its", "their");
  private final NlpSettings settings;
  /**
   * Resolved from the per-JVM holders on first use (their keys are built from the properties). Volatile,
   * parser written first: a time-limited call may run on another thread than the previous one.
   */
  private volatile StanfordCoreNLP pipeline;
  private volatile SelectiveParser parser;

  public ArticleAnnotator(NlpSettings settings) {
    this.settings = settings;
  }

  public ArticleAnalysis analyse(String text) {
    if (pipeline == null) {
      java.util.Properties props = settings.toProperties();
      parser = settings.quotes() ? SelectiveParser.of(props) : null;
      pipeline = PipelineHolder.get(props, settings.quotes());
    }
    boolean fineTypes = settings.fineTypesByLookup();
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    int tokens = doc.tokens().size();
    List<MentionSpan> mentions = new ArrayList<>();
    List<CoreSentence> sentences = doc.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreEntityMention> ems = sentences.get(s).entityMentions();
      if (ems == null) {
        continue;
      }
      for (CoreEntityMention em : ems) {
        String fine = tag(em.entityType(), em.text(), fineTypes);
        if (fine == null || !(settings.mentionTypes().contains(fine) || NlpSettings.NAMED_TYPES.contains(fine))
            || PRONOUNS.contains(em.text().toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        mentions.add(toSpan(s, em, fine));
      }
    }
    mentions = NameCompletion.complete(doc, AliasMentions.complete(doc, mentions, settings.aliases()));
    mentions = MentionTypes.repair(text, MentionBounds.repair(text, mentions, verbs(doc)), settings.aliases());
    List<QuoteSpan> quotes = List.of();
    if (settings.quotes()) {
      List<CoreMap> maps = doc.annotation().get(CoreAnnotations.SentencesAnnotation.class);
      parser.parse(maps, settings.parse() == NlpSettings.Parse.ALL);
      quotes = new QuoteExtractor(text, maps, withTags(mentions, NlpSettings.NAMED_TYPES)).extract();
    }
    return new ArticleAnalysis(tokens, sentences.size(), EntityLinker.link(text, withTags(mentions, settings.mentionTypes())),
        quotes);
  }

  /** Where capitalised tokens the POS tagger read as verbs, adverbs or modals begin: headline words, not names. */
  private static java.util.BitSet verbs(CoreDocument doc) {
    java.util.BitSet out = new java.util.BitSet();
    for (CoreLabel t : doc.tokens()) {
      String tag = t.tag();
      String w = t.word();
      if (tag != null && (tag.startsWith("VB") || tag.equals("RB") || tag.equals("MD")) && !w.isEmpty()
          && Character.isUpperCase(w.charAt(0))) {
        out.set(t.beginPosition());
      }
    }
    return out;
  }

  /** The fine tag: CoreNLP's own, or with the fast NER the gazetteer refinement of the CRF tag. */
  private static String tag(String nerTag, String text, boolean fineTypesByLookup) {
    return nerTag != null && fineTypesByLookup ? FineTypes.refine(EntityTypes.coarse(nerTag), text) : nerTag;
  }

  /**
   * The repaired mentions whose CoreNLP tag is one of these. Speakers are looked up among the named
   * types whatever --mention-types keeps in the table, so a narrow choice never weakens speaker
   * resolution; and they see the same repaired types and bounds the table does ("Chelsea" a place).
   */
  private static List<MentionSpan> withTags(List<MentionSpan> mentions, java.util.Set<String> tags) {
    return mentions.stream().filter(m -> tags.contains(m.nerTag())).toList();
  }

  private static MentionSpan toSpan(int sentence, CoreEntityMention em, String fine) {
    List<CoreLabel> toks = em.tokens();
    int begin = toks.get(0).beginPosition();
    int end = toks.get(toks.size() - 1).endPosition();
    String coarse = EntityTypes.coarse(fine);
    return new MentionSpan(sentence, begin, end, em.text(), coarse, fine, confidence(em, fine, toks), null);
  }

  /**
   * The CRF's probability for the mention's tag. Fine tags set by rules (COUNTRY, NATIONALITY, ...) carry
   * no probability of their own, so the coarse CRF tag's probability stands in for them when present.
   */
  private static Double confidence(CoreEntityMention em, String fine, List<CoreLabel> toks) {
    Map<String, Double> probs = em.entityTypeConfidences();
    if (probs == null || probs.isEmpty()) {
      return null;
    }
    Double p = probs.get(fine);
    if (p == null) {
      String coarseCrf = toks.get(0).get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
      p = coarseCrf == null ? null : probs.get(coarseCrf);
    }
    if (p == null && probs.size() == 1) {
      p = probs.values().iterator().next();
    }
    return p == null || p < 0 ? null : p;
  }
}
