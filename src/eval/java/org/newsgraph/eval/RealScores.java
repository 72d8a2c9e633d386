package org.newsgraph.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.copies.Shingles;

/** Story grouping scored on the labelled FA-KES pairs, per part (tuning, held-out). */
final class RealScores {
  private RealScores() {}

  static void report(PrintStream out, List<StoryEvaluation.Gold> gold, List<StoryEvaluation.Article> real,
                     Map<String, String> story, Map<String, String> textOf, List<String> details) {
    Map<String, String> docOf = new HashMap<>();
    real.forEach(a -> docOf.put(a.unit(), a.docId()));
    Map<String, String> unitOf = new HashMap<>();
    real.forEach(a -> unitOf.put(a.docId(), a.unit()));
    Map<String, StoryEvaluation.Gold> byPair = new HashMap<>();
    for (StoryEvaluation.Gold g : gold) {
      byPair.put(key(g.unitA(), g.unitB()), g);
    }
    out.println();
    out.println("| FA-KES gold pairs | part | gold same-story | predicted | correct | precision | recall "
        + "| recall J>=0.9 | recall same | recall update | recall republished |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String part : List.of("tuning", "held-out")) {
      Map<String, int[]> recall = new LinkedHashMap<>();
      for (String k : List.of("all", "J>=0.9", "same", "update", "republished")) {
        recall.put(k, new int[2]);
      }
      int goldPositive = 0;
      int correct = 0;
      for (StoryEvaluation.Gold g : gold) {
        String a = docOf.get(g.unitA());
        String b = docOf.get(g.unitB());
        if (!g.part().equals(part) || a == null || b == null) {
          continue;
        }
        boolean same = story.get(a).equals(story.get(b));
        long[] sa = Shingles.of(textOf.get(a));
        long[] sb = Shingles.of(textOf.get(b));
        double j = Shingles.jaccard(sa, sb);
        details.add(String.join("\t", part, g.unitA(), g.unitB(), g.label(), String.format("%.3f", j),
            String.format("%.3f", Shingles.containment(sa, sb)), Boolean.toString(same), g.note()));
        if (!g.positive()) {
          continue;
        }
        goldPositive++;
        correct += same ? 1 : 0;
        count(recall.get("all"), same);
        count(recall.get(g.label()), same);
        if (j >= 0.9) {
          count(recall.get("J>=0.9"), same);
        }
      }
      int predicted = 0;
      int predictedRight = 0;
      for (String[] p : predictedPairs(real, story)) {
        if (unitOf.get(p[0]).equals(unitOf.get(p[1]))) {
          continue; // the archive repeats some rows under one unit_id: one article, not a pair
        }
        StoryEvaluation.Gold g = byPair.get(key(unitOf.get(p[0]), unitOf.get(p[1])));
        String gPart = g != null ? g.part() : PartOf.pair(unitOf.get(p[0]), unitOf.get(p[1]));
        if (!gPart.equals(part)) {
          continue;
        }
        predicted++;
        if (g != null && g.positive()) {
          predictedRight++;
        } else {
          details.add(String.join("\t", part, unitOf.get(p[0]), unitOf.get(p[1]), g == null ? "unlisted" : g.label(),
              "", "", "true", "false merge"));
        }
      }
      out.printf("| | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s |%n", part, goldPositive, predicted,
          predictedRight, ratio(predictedRight, predicted), ratio(correct, goldPositive),
          frac(recall.get("J>=0.9")), frac(recall.get("same")), frac(recall.get("update")),
          frac(recall.get("republished")));
    }
  }

  /** Pairs of real articles within one predicted story (stories of real copies are small). */
  private static List<String[]> predictedPairs(List<StoryEvaluation.Article> real, Map<String, String> story) {
    Map<String, List<String>> members = new HashMap<>();
    Set<String> realIds = new HashSet<>();
    real.forEach(a -> realIds.add(a.docId()));
    for (String id : realIds) {
      members.computeIfAbsent(story.get(id), k -> new ArrayList<>()).add(id);
    }
    List<String[]> out = new ArrayList<>();
    for (List<String> m : members.values()) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          out.add(new String[] {m.get(i), m.get(j)});
        }
      }
    }
    return out;
  }

  private static void count(int[] c, boolean same) {
    c[0] += same ? 1 : 0;
    c[1]++;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "-" : String.format("%.3f", (double) a / b);
  }

  private static String frac(int[] c) {
    return c[1] == 0 ? "-" : String.format("%d/%d", c[0], c[1]);
  }
}
