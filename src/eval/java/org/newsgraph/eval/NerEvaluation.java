package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.nlp.ArticleAnalysis;
import org.newsgraph.nlp.ArticleAnnotator;
import org.newsgraph.nlp.MentionSpan;
import org.newsgraph.nlp.NlpSettings;

/**
 * Entity-level NER scores on a CoNLL-2003 file: the job's own annotator (same NER configuration, quotes
 * off, no alias mentions) runs over the gold tokens, one sentence per line; predicted types map to
 * PER/ORG/LOC/MISC; an entity counts when its token span and type both match.
 * usage: jobs/eval-ner.sh [--file ../shared/data/conll2003/dev.txt] [--ner fast|full]
 */
public final class NerEvaluation {
  private static final Map<String, String> CONLL = Map.of("PERSON", "PER", "ORGANIZATION", "ORG",
      "LOCATION", "LOC", "MISC", "MISC");
  /**
   * Sentences annotated per call at most. Each CoNLL document (its -DOCSTART- line) is one call, as the job
   * annotates one article per call: the per-article repairs (one type per name, names completed from the
   * article's other mentions) must not carry a name from one story to an unrelated one.
   */
  private static final int BATCH = 200;

  static final Option<Path> FILE = Option.of("file", "../shared/data/conll2003/dev.txt", "a CoNLL-2003 file but eng.testb",
      "the CoNLL-2003 file to score", NerEvaluation::notTestB);
  static final Option<NlpSettings.Ner> NER = Option.choice("ner", NlpSettings.Ner.class, NlpSettings.NER_DEFAULT,
      "the NER configuration, as the job's --ner");
  public static final OptionSet OPTIONS = OptionSet.of("eval-ner", "jobs/eval-ner.sh [--file CONLL_FILE] [--ner fast|full]",
      List.of(FILE, NER));

  private NerEvaluation() {}

  private static Path notTestB(String v) {
    if (Path.of(v).getFileName().toString().contains("testb")) {
      throw new IllegalArgumentException("eng.testb is the project's held-out test set and is never read");
    }
    return Path.of(v);
  }

  public static void main(String[] args) throws Exception {
    OptionValues options = OPTIONS.parseOrExit(args);
    Path file = options.get(FILE);
    ConllReader.Corpus corpus = ConllReader.read(file);
    NlpSettings d = NlpSettings.defaults();
    NlpSettings settings = new NlpSettings(Map.of("tokenize.whitespace", "true", "ssplit.eolonly", "true"),
        d.mentionTypes(), false, NlpSettings.Parse.CUES, AliasTable.empty(), options.get(NER));
    ArticleAnnotator annotator = new ArticleAnnotator(settings);
    long t0 = System.nanoTime();
    annotator.analyse("Warm up in London .");
    double load = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    List<ConllReader.Entity> predicted = predict(annotator, corpus);
    double secs = (System.nanoTime() - t1) / 1e9;
    Set<ConllReader.Entity> gold = new HashSet<>(corpus.entities());
    long tp = predicted.stream().filter(gold::contains).count();
    double p = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
    double r = gold.isEmpty() ? 0 : (double) tp / gold.size();
    System.out.printf("NER on %s with --ner %s: %,d sentences, %,d tokens, %,d gold entities%n", file,
        options.get(NER).name().toLowerCase(java.util.Locale.ROOT), corpus.sentences().size(), corpus.tokens(), gold.size());
    System.out.printf("  load %.1f s; annotate %.1f s = %,.0f tokens/s (one thread)%n", load, secs, corpus.tokens() / secs);
    System.out.printf("  precision %.3f  recall %.3f  F1 %.3f  (%,d predicted, %,d correct)%n", p, r,
        p + r == 0 ? 0 : 2 * p * r / (p + r), predicted.size(), tp);
  }

  static List<ConllReader.Entity> predict(ArticleAnnotator annotator, ConllReader.Corpus corpus) {
    List<ConllReader.Entity> out = new ArrayList<>();
    List<ConllReader.Sentence> all = corpus.sentences();
    for (int from = 0, to; from < all.size(); from = to) {
      to = from + 1;
      while (to < all.size() && to - from < BATCH && !all.get(to).opensDocument()) {
        to++;
      }
      List<ConllReader.Sentence> batch = all.subList(from, to);
      StringBuilder text = new StringBuilder();
      List<int[]> tokenStarts = new ArrayList<>();
      for (ConllReader.Sentence s : batch) {
        int[] starts = new int[s.tokens().size() + 1];
        for (int i = 0; i < s.tokens().size(); i++) {
          starts[i] = text.length();
          text.append(s.tokens().get(i)).append(i + 1 < s.tokens().size() ? " " : "");
        }
        starts[s.tokens().size()] = text.length();
        tokenStarts.add(starts);
        text.append('\n');
      }
      ArticleAnalysis a = annotator.analyse(text.toString());
      for (MentionSpan m : a.mentions()) {
        String type = CONLL.get(m.type());
        int sentence = sentenceOf(tokenStarts, m.begin());
        if (type == null || sentence < 0) {
          continue;
        }
        int[] starts = tokenStarts.get(sentence);
        int start = -1;
        int end = -1;
        for (int i = 0; i < starts.length - 1; i++) {
          if (starts[i] == m.begin()) {
            start = i;
          }
          int tokenEnd = i + 1 < starts.length - 1 ? starts[i + 1] - 1 : starts[starts.length - 1];
          if (tokenEnd == m.end()) {
            end = i + 1;
          }
        }
        if (start >= 0 && end > start) {
          out.add(new ConllReader.Entity(from + sentence, start, end, type));
        }
      }
    }
    return out;
  }

  private static int sentenceOf(List<int[]> tokenStarts, int offset) {
    for (int s = tokenStarts.size() - 1; s >= 0; s--) {
      if (tokenStarts.get(s)[0] <= offset) {
        return s;
      }
    }
    return -1;
  }
}
