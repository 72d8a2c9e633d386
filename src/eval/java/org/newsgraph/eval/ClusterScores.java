package org.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a system clustering against a gold clustering of the same items: pairwise precision and
 * recall (over the item pairs that share a system cluster, and those that share a gold cluster) and
 * B-cubed (per item: the share of its system cluster that is in its gold cluster, and the other way
 * round, averaged over items).
 *
 * @param items items scored
 */
public record ClusterScores(int items, double pairP, double pairR, double b3P, double b3R) {

  public double pairF1() {
    return f1(pairP, pairR);
  }

  public double b3F1() {
    return f1(b3P, b3R);
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** {@code system.get(i)} and {@code gold.get(i)} are item i's cluster labels. */
  public static ClusterScores of(List<String> system, List<String> gold) {
    if (system.size() != gold.size()) {
      throw new IllegalArgumentException("one system and one gold label per item");
    }
    int n = system.size();
    Map<String, Integer> sysSize = counts(system);
    Map<String, Integer> goldSize = counts(gold);
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      both.merge(system.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    long sysPairs = sysSize.values().stream().mapToLong(ClusterScores::pairsOf).sum();
    long goldPairs = goldSize.values().stream().mapToLong(ClusterScores::pairsOf).sum();
    long agreed = both.values().stream().mapToLong(ClusterScores::pairsOf).sum();
    double b3P = 0;
    double b3R = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(system.get(i) + "\u0000" + gold.get(i));
      b3P += (double) common / sysSize.get(system.get(i));
      b3R += (double) common / goldSize.get(gold.get(i));
    }
    return new ClusterScores(n, sysPairs == 0 ? 1 : (double) agreed / sysPairs,
        goldPairs == 0 ? 1 : (double) agreed / goldPairs, n == 0 ? 0 : b3P / n, n == 0 ? 0 : b3R / n);
  }

  private static long pairsOf(int k) {
    return (long) k * (k - 1) / 2;
  }

  private static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> out = new HashMap<>();
    labels.forEach(l -> out.merge(l, 1, Integer::sum));
    return out;
  }
}
