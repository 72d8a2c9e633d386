package org.newsgraph.eval;

import java.util.EnumSet;

/**
 * The gold subsets every score is reported for. Each is a subset of the one before.
 * <ul>
 *   <li>{@code ALL}: every Content of an Attribution relation.</li>
 *   <li>{@code SPEECH}: speech attributions: the cue is a speech cue ({@link SpeechCues}), or the content
 *       contains a double quotation mark, or it is a direct quote.</li>
 *   <li>{@code DIRECT}: direct quotes ({@link QuoteMarks#isDirect(String, java.util.List)}); only
 *       predictions of kind "direct" are scored against them.</li>
 * </ul>
 */
public enum GoldSubset {
  ALL, SPEECH, DIRECT;

  /** The subsets a gold attribution of this text belongs to. */
  public static EnumSet<GoldSubset> of(GoldAttribution g, String text) {
    EnumSet<GoldSubset> s = EnumSet.of(ALL);
    boolean direct = QuoteMarks.isDirect(text, g.content());
    if (direct || SpeechCues.isSpeech(g.cueText()) || QuoteMarks.containsMark(text, g.content())) {
      s.add(SPEECH);
    }
    if (direct) {
      s.add(DIRECT);
    }
    return s;
  }
}
