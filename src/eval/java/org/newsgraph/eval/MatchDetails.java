package org.newsgraph.eval;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.newsgraph.nlp.QuoteSpan;

/**
 * Writes one tab-separated line per gold attribution and per unmatched prediction, for error analysis:
 * {@code system article row relation subsets begin end overlap speaker_ok gold_source predicted_speaker
 * gold_cue predicted_cue text}. Row is "gold" (with its best prediction under the ALL matching, if any) or "pred" (a prediction
 * matched to no gold). Text is the gold content or the prediction, newlines and tabs flattened.
 */
public final class MatchDetails {
  public static final String HEADER = "system\tarticle\trow\trelation\tsubsets\tbegin\tend\toverlap\tspeaker_ok"
      + "\tgold_source\tpredicted_speaker\tgold_cue\tpredicted_cue\ttext\tpredicted_text";
  private final PrintWriter out;

  public MatchDetails(PrintWriter out) {
    this.out = out;
    out.println(HEADER);
  }

  public void add(String system, String article, String text, List<GoldAttribution> gold,
                  List<QuoteSpan> predictions) {
    SpanMatcher.Match[] byGold = SpanMatcher.match(predictions, gold);
    boolean[] used = new boolean[predictions.size()];
    for (int g = 0; g < gold.size(); g++) {
      GoldAttribution a = gold.get(g);
      EnumSet<GoldSubset> subsets = GoldSubset.of(a, text);
      SpanMatcher.Match m = byGold[g];
      QuoteSpan p = m == null ? null : predictions.get(m.prediction());
      if (m != null) {
        used[m.prediction()] = true;
      }
      out.println(String.join("\t", system, article, "gold", a.relationId(), subsets.toString(),
          Integer.toString(a.contentBegin()), Integer.toString(a.contentEnd()),
          m == null ? "" : String.format(Locale.ROOT, "%.3f", m.overlap()),
          p == null ? "" : Boolean.toString(SpeakerCheck.correct(p, a)), flat(a.sourceText()),
          p == null ? "" : flat(speaker(p)), flat(a.cueText()), p == null ? "" : flat(p.cue()),
          flat(TextSpan.slice(text, a.content())), p == null ? "" : flat(text.substring(p.begin(), p.end()))));
    }
    for (int i = 0; i < predictions.size(); i++) {
      if (!used[i]) {
        QuoteSpan p = predictions.get(i);
        out.println(String.join("\t", system, article, "pred", p.kind(), "", Integer.toString(p.begin()),
            Integer.toString(p.end()), "", "", "", flat(speaker(p)), "", flat(p.cue()),
            flat(text.substring(p.begin(), p.end())), ""));
      }
    }
  }

  private static String speaker(QuoteSpan p) {
    if (p.speaker() == null && p.speakerName() == null) {
      return null;
    }
    return p.speaker() + " / " + p.speakerName();
  }

  private static String flat(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
