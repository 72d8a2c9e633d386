package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.nlp.QuoteSpan;

/**
 * Pairs predicted quotes with gold attributions of one article.
 *
 * <p>Overlap of a prediction [pb, pe) with a gold content G (a set of fragments) is
 * |P ∩ G| / max(|P|, |G|) in characters: 1 for the same span, lower for a prediction that runs over
 * (into the cue, the next sentence) or stops short. Matching is greedy and one-to-one: all pairs with
 * positive overlap, highest overlap first (ties: earlier gold, then earlier prediction), each
 * prediction and each gold used at most once. Because the highest overlaps are taken first, the pairs
 * with overlap ≥ t are the same as if matching had been run on those pairs alone, so one matching
 * serves every threshold.
 */
public final class SpanMatcher {
  private SpanMatcher() {}

  /**
   * One matched pair.
   *
   * @param prediction index into the predictions
   * @param gold       index into the gold attributions
   * @param overlap    in (0, 1]
   */
  public record Match(int prediction, int gold, double overlap) {}

  /** |P ∩ G| / max(|P|, |G|), 0 when either is empty. */
  public static double overlap(int begin, int end, List<TextSpan> gold) {
    int longest = Math.max(end - begin, TextSpan.length(gold));
    return longest <= 0 ? 0 : (double) TextSpan.intersection(gold, begin, end) / longest;
  }

  public static double overlap(QuoteSpan p, GoldAttribution g) {
    return overlap(p.begin(), p.end(), g.content());
  }

  /** The greedy one-to-one matching; result indexed by gold, null where a gold is unmatched. */
  public static Match[] match(List<QuoteSpan> predictions, List<GoldAttribution> gold) {
    List<Match> pairs = new ArrayList<>();
    for (int p = 0; p < predictions.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        double o = overlap(predictions.get(p), gold.get(g));
        if (o > 0) {
          pairs.add(new Match(p, g, o));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Match::overlap).reversed().thenComparingInt(Match::gold)
        .thenComparingInt(Match::prediction));
    Match[] byGold = new Match[gold.size()];
    boolean[] predictionUsed = new boolean[predictions.size()];
    for (Match m : pairs) {
      if (byGold[m.gold()] == null && !predictionUsed[m.prediction()]) {
        byGold[m.gold()] = m;
        predictionUsed[m.prediction()] = true;
      }
    }
    return byGold;
  }
}
