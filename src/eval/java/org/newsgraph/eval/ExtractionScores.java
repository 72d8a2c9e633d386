package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's score: word 4-shingles of the extracted and the true body compared as
 * multisets; precision and recall per page, averaged over the pages that have them; F1 of the two averages.
 * Tokens are runs of letters, digits and underscore, case kept; a text of fewer than 4 tokens is one shingle.
 */
public final class ExtractionScores {
  static final int SHINGLE = 4;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private ExtractionScores() {}

  /**
   * One page's score.
   *
   * @param precision shared shingles over predicted ones; NaN when the prediction is empty and the body not
   * @param recall    shared shingles over true ones
   */
  public record PageScore(double precision, double recall) {}

  /**
   * Averages over pages.
   *
   * @param pages     pages scored
   * @param precision mean precision over the pages that have one
   * @param recall    mean recall
   */
  public record Summary(int pages, double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public static PageScore score(String predicted, String truth) {
    List<String> p = tokens(predicted);
    List<String> t = tokens(truth);
    if (p.isEmpty() && t.isEmpty()) {
      return new PageScore(1, 1);
    }
    if (p.isEmpty()) {
      return new PageScore(Double.NaN, 0);
    }
    Map<List<String>, Integer> ps = shingles(p);
    Map<List<String>, Integer> ts = shingles(t);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    Set<List<String>> keys = new HashSet<>(ps.keySet());
    keys.addAll(ts.keySet());
    for (List<String> k : keys) {
      int a = ps.getOrDefault(k, 0);
      int b = ts.getOrDefault(k, 0);
      tp += Math.min(a, b);
      fp += Math.max(0, a - b);
      fn += Math.max(0, b - a);
    }
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return new PageScore(precision, recall);
  }

  public static Summary summarise(List<PageScore> scores) {
    double p = 0;
    int withP = 0;
    double r = 0;
    for (PageScore s : scores) {
      if (!Double.isNaN(s.precision())) {
        p += s.precision();
        withP++;
      }
      r += s.recall();
    }
    return new Summary(scores.size(), withP == 0 ? 0 : p / withP, scores.isEmpty() ? 0 : r / scores.size());
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.size() < SHINGLE) {
      out.put(tokens, 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(tokens.subList(i, i + SHINGLE), 1, Integer::sum);
    }
    return out;
  }
}
