package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.newsgraph.nlp.QuoteSpan;

/**
 * Precision, recall and F1 of quote spans and speaker accuracy, summed over articles (micro-averaged).
 *
 * <p>For a subset S and threshold t, per article: predictions are matched to all gold attributions by
 * {@link SpanMatcher} (for DIRECT, only predictions of kind "direct" take part, in a matching of their
 * own). A gold in S is found if its match has overlap ≥ t; that prediction is a true positive. Any
 * other prediction that overlaps some gold outside S by ≥ t is ignored (it found an attribution the
 * subset does not ask for); every remaining prediction is a false positive. Recall = found / |S|;
 * precision = TP / (TP + FP); F1 their harmonic mean; each 0 when its denominator is 0.
 *
 * <p>Speaker accuracy is taken over the true positives of each subset at t = {@value #SPEAKER_THRESHOLD}
 * ({@link SpeakerCheck}).
 */
public final class QuoteScores {
  public static final double[] THRESHOLDS = {0.3, 0.8};
  public static final double SPEAKER_THRESHOLD = 0.3;

  private static final int N = GoldSubset.values().length;
  private final int[] gold = new int[N];
  private final int[][] truePositives = new int[N][THRESHOLDS.length];
  private final int[][] falsePositives = new int[N][THRESHOLDS.length];
  private final int[][] ignored = new int[N][THRESHOLDS.length];
  private final int[] speakerCorrect = new int[N];
  private final int[] speakerTotal = new int[N];

  /**
   * Figures for one subset at one threshold.
   *
   * @param gold           gold attributions in the subset
   * @param truePositives  predictions matched to one of them with overlap ≥ t (= gold found)
   * @param falsePositives predictions counted as wrong
   * @param ignored        predictions that found an attribution outside the subset
   */
  public record Counts(int gold, int truePositives, int falsePositives, int ignored) {
    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 0 : (double) truePositives / p;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Scores one article's predictions against its gold attributions. */
  public void add(String text, List<GoldAttribution> goldList, List<QuoteSpan> predictions) {
    List<EnumSet<GoldSubset>> subsets = new ArrayList<>();
    for (GoldAttribution g : goldList) {
      subsets.add(GoldSubset.of(g, text));
    }
    List<QuoteSpan> direct = predictions.stream().filter(p -> QuoteSpan.DIRECT.equals(p.kind())).toList();
    SpanMatcher.Match[] allMatches = SpanMatcher.match(predictions, goldList);
    SpanMatcher.Match[] directMatches = SpanMatcher.match(direct, goldList);
    for (GoldSubset s : GoldSubset.values()) {
      boolean isDirect = s == GoldSubset.DIRECT;
      tally(s, isDirect ? direct : predictions, goldList, subsets, isDirect ? directMatches : allMatches);
    }
  }

  private void tally(GoldSubset s, List<QuoteSpan> preds, List<GoldAttribution> goldList,
                     List<EnumSet<GoldSubset>> subsets, SpanMatcher.Match[] byGold) {
    int si = s.ordinal();
    SpanMatcher.Match[] byPrediction = new SpanMatcher.Match[preds.size()];
    for (int g = 0; g < goldList.size(); g++) {
      if (subsets.get(g).contains(s)) {
        gold[si]++;
      }
      if (byGold[g] != null) {
        byPrediction[byGold[g].prediction()] = byGold[g];
      }
    }
    for (int ti = 0; ti < THRESHOLDS.length; ti++) {
      double t = THRESHOLDS[ti];
      for (int p = 0; p < preds.size(); p++) {
        SpanMatcher.Match m = byPrediction[p];
        if (m != null && m.overlap() >= t && subsets.get(m.gold()).contains(s)) {
          truePositives[si][ti]++;
          if (t == SPEAKER_THRESHOLD) {
            speakerTotal[si]++;
            if (SpeakerCheck.correct(preds.get(p), goldList.get(m.gold()))) {
              speakerCorrect[si]++;
            }
          }
        } else if (overlapsOutside(preds.get(p), goldList, subsets, s, t)) {
          ignored[si][ti]++;
        } else {
          falsePositives[si][ti]++;
        }
      }
    }
  }

  private static boolean overlapsOutside(QuoteSpan p, List<GoldAttribution> goldList,
                                         List<EnumSet<GoldSubset>> subsets, GoldSubset s, double t) {
    for (int g = 0; g < goldList.size(); g++) {
      if (!subsets.get(g).contains(s) && SpanMatcher.overlap(p, goldList.get(g)) >= t) {
        return true;
      }
    }
    return false;
  }

  /** The figures for a subset at THRESHOLDS[thresholdIndex]. */
  public Counts counts(GoldSubset s, int thresholdIndex) {
    int si = s.ordinal();
    return new Counts(gold[si], truePositives[si][thresholdIndex], falsePositives[si][thresholdIndex],
        ignored[si][thresholdIndex]);
  }

  /** Correct speakers among the subset's true positives at SPEAKER_THRESHOLD. */
  public int speakerCorrect(GoldSubset s) {
    return speakerCorrect[s.ordinal()];
  }

  public int speakerTotal(GoldSubset s) {
    return speakerTotal[s.ordinal()];
  }

  /** The table printed for one system. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "  %-7s %5s %6s %6s %6s %6s %7s %7s %7s%n",
        "subset", "t", "gold", "TP", "FP", "ign", "P", "R", "F1"));
    for (GoldSubset s : GoldSubset.values()) {
      for (int ti = 0; ti < THRESHOLDS.length; ti++) {
        Counts c = counts(s, ti);
        sb.append(String.format(Locale.ROOT, "  %-7s %5.1f %6d %6d %6d %6d %7.3f %7.3f %7.3f%n", s,
            THRESHOLDS[ti], c.gold(), c.truePositives(), c.falsePositives(), c.ignored(), c.precision(),
            c.recall(), c.f1()));
      }
    }
    sb.append(String.format(Locale.ROOT, "  speaker accuracy on matches at t=%.1f:", SPEAKER_THRESHOLD));
    for (GoldSubset s : GoldSubset.values()) {
      int n = speakerTotal(s);
      sb.append(String.format(Locale.ROOT, "  %s %d/%d = %.3f", s, speakerCorrect(s), n,
          n == 0 ? 0.0 : (double) speakerCorrect(s) / n));
    }
    return sb.append(System.lineSeparator()).toString();
  }
}
