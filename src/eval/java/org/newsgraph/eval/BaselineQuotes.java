package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import org.newsgraph.nlp.QuoteSpan;

/**
 * The baseline: CoreNLP's own QuoteAnnotator with quote attribution, run on the same text as the
 * system under test and read out as {@link QuoteSpan}s of kind "direct".
 *
 * <p>Spans are CoreNLP's quote offsets, quotation marks included (as PolNeAR's contents include them).
 * Quotes nested inside another quote are dropped: they are words the outer speaker quotes, not
 * quotes of their own. The speaker is CoreNLP's speaker mention (often a pronoun) with its offsets; the
 * speaker name is its canonical speaker. One pipeline per instance: build it once per run.
 */
public final class BaselineQuotes {
  private final StanfordCoreNLP pipeline;

  /**
   * Result for one article.
   *
   * @param tokens tokens CoreNLP produced
   * @param quotes top-level quotes in text order
   */
  public record Result(int tokens, List<QuoteSpan> quotes) {}

  /** @param corefAlgorithm "statistical", "neural" or "fastneural" */
  public BaselineQuotes(String corefAlgorithm) {
    this.pipeline = new StanfordCoreNLP(properties(corefAlgorithm));
  }

  /**
   * The baseline's CoreNLP properties. A blank line ends a sentence, as in newsgraph's own pipeline
   * (PolNeAR paragraphs are separated by blank lines); SUTime and the numeric classifiers are off
   * because quote attribution never looks at dates or numbers and they cost time.
   */
  public static Properties properties(String corefAlgorithm) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("coref.algorithm", corefAlgorithm);
    p.setProperty("quote.attributeQuotes", "true");
    return p;
  }

  public Result analyse(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<CoreQuote> quotes = doc.quotes() == null ? List.of() : doc.quotes();
    List<QuoteSpan> out = new ArrayList<>();
    for (CoreQuote q : quotes) {
      Pair<Integer, Integer> span = q.quoteCharOffsets();
      if (nested(span, quotes)) {
        continue;
      }
      Integer sentence = q.coreMap().get(CoreAnnotations.SentenceBeginAnnotation.class);
      Pair<Integer, Integer> spk = q.speakerCharOffsets().orElse(null);
      String type = q.canonicalSpeakerEntityMention().map(CoreEntityMention::entityType).orElse(null);
      out.add(new QuoteSpan(QuoteSpan.DIRECT, span.first(), span.second(), q.text(),
          sentence == null ? -1 : sentence, null, null, null, q.speaker().orElse(null),
          spk == null ? null : spk.first(), spk == null ? null : spk.second(),
          q.canonicalSpeaker().orElse(null), type));
    }
    out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return new Result(doc.tokens().size(), out);
  }

  private static boolean nested(Pair<Integer, Integer> span, List<CoreQuote> quotes) {
    for (CoreQuote other : quotes) {
      Pair<Integer, Integer> o = other.quoteCharOffsets();
      boolean contains = o.first() <= span.first() && span.second() <= o.second();
      if (contains && (o.first() < span.first() || span.second() < o.second())) {
        return true;
      }
    }
    return false;
  }
}
