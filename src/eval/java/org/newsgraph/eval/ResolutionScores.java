package org.newsgraph.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.newsgraph.nlp.QuoteSpan;

/**
 * Speaker-resolution accuracy on the lines of {@link SpeakerGold}: a line is found when the system has a
 * quote matched to its attribution ({@link SpanMatcher}, overlap ≥ {@value QuoteScores#SPEAKER_THRESHOLD},
 * the matching the quote scores use), and right when that quote's speaker_name names the referent
 * ({@link ReferentCheck}). Accuracy is over all lines (a line not found is wrong) and over found lines,
 * per part (held-out, tuning) and per category.
 */
public final class ResolutionScores {
  private final Map<String, int[]> counts = new TreeMap<>();
  private final PrintWriter details;

  /** @param details one TSV line per gold line, or null */
  public ResolutionScores(PrintWriter details) {
    this.details = details;
    if (details != null) {
      details.println("doc\tpart\tcategory\tsource_text\treferent\tnamed\tfound\tspeaker\tspeaker_name\tcorrect");
    }
  }

  /** Scores one article: its gold lines against the predictions. */
  public void add(String doc, List<GoldAttribution> gold, List<SpeakerGold.Line> lines, List<QuoteSpan> predictions) {
    if (lines.isEmpty()) {
      return;
    }
    SpanMatcher.Match[] byGold = SpanMatcher.match(predictions, gold);
    for (SpeakerGold.Line line : lines) {
      QuoteSpan p = null;
      for (int g = 0; g < gold.size(); g++) {
        if (line.labels(gold.get(g)) && byGold[g] != null && byGold[g].overlap() >= QuoteScores.SPEAKER_THRESHOLD) {
          p = predictions.get(byGold[g].prediction());
        }
      }
      boolean right = p != null && ReferentCheck.correct(p, line);
      String part = line.heldOut() ? "held-out" : "tuning";
      for (String key : List.of(part + "\tall", part + "\t" + line.category(), "all\tall")) {
        int[] c = counts.computeIfAbsent(key, k -> new int[3]);
        c[0]++;
        c[1] += p == null ? 0 : 1;
        c[2] += right ? 1 : 0;
      }
      if (details != null) {
        details.println(String.join("\t", doc, part, line.category(), line.sourceText(), line.referent(),
            line.named() ? "yes" : "no", p == null ? "no" : "yes", p == null ? "" : String.valueOf(p.speaker()),
            p == null ? "" : String.valueOf(p.speakerName()), right ? "yes" : "no"));
      }
    }
  }

  /** Lines, found lines and right lines for "PART\tCATEGORY" (or "all\tall"); zeros when none. */
  public int[] counts(String part, String category) {
    return counts.getOrDefault(part + "\t" + category, new int[3]).clone();
  }

  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "  speaker resolution (docs/gold/speakers.tsv):%n  %-9s %-12s %6s %6s %6s %9s %9s%n", "part", "category",
        "lines", "found", "right", "accuracy", "on found"));
    for (var e : counts.entrySet()) {
      String[] k = e.getKey().split("\t");
      int[] c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-9s %-12s %6d %6d %6d %9.3f %9.3f%n", k[0], k[1], c[0], c[1], c[2],
          c[0] == 0 ? 0.0 : (double) c[2] / c[0], c[1] == 0 ? 0.0 : (double) c[2] / c[1]));
    }
    return sb.toString();
  }
}
