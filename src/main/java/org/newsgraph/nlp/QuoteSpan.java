package org.newsgraph.nlp;

/**
 * One reported statement: who said what. All offsets are character offsets into the annotated text,
 * end exclusive; null where the text names no such thing.
 *
 * @param kind          "direct" (all inside quotation marks), "indirect" (reported speech, no marks) or
 *                      "mixed" (reported speech quoting some words verbatim)
 * @param begin         start of the quoted or reported content
 * @param end           end of the content
 * @param text          the content as written (quotation marks excluded)
 * @param sentence      index of the sentence where the content starts
 * @param cue           the speech cue as written ("said", "told", "according to", ...), or null
 * @param cueBegin      offset of the cue, or null
 * @param cueEnd        end of the cue, or null
 * @param speaker       the speaker as written at the cue ("Lavrov", "he", "the ministry"), or null
 * @param speakerBegin  offset of the speaker mention, or null
 * @param speakerEnd    end of the speaker mention, or null
 * @param speakerName   the speaker resolved to its fullest form in the article ("Sergey Lavrov"), or null
 * @param speakerType   PERSON, ORGANIZATION, LOCATION, MISC, or null when unknown
 * @param speakerTitle  titles, offices and affiliations written before a person's name ("Sen.", "Tory",
 *                      "Interim DNC Chairwoman"), moved out of speakerName; null when none
 */
public record QuoteSpan(String kind, int begin, int end, String text, int sentence, String cue, Integer cueBegin,
                        Integer cueEnd, String speaker, Integer speakerBegin, Integer speakerEnd,
                        String speakerName, String speakerType, String speakerTitle) {
  public static final String DIRECT = "direct";
  public static final String INDIRECT = "indirect";
  public static final String MIXED = "mixed";

  /** A quote whose speaker has no title. */
  public QuoteSpan(String kind, int begin, int end, String text, int sentence, String cue, Integer cueBegin,
                   Integer cueEnd, String speaker, Integer speakerBegin, Integer speakerEnd, String speakerName,
                   String speakerType) {
    this(kind, begin, end, text, sentence, cue, cueBegin, cueEnd, speaker, speakerBegin, speakerEnd, speakerName,
        speakerType, null);
  }

  /** The same statement running on to {@code newEnd} (a quote split around its cue, joined). */
  QuoteSpan extendedTo(int newEnd, String newText) {
    return new QuoteSpan(kind, begin, newEnd, newText, sentence, cue, cueBegin, cueEnd, speaker, speakerBegin,
        speakerEnd, speakerName, speakerType, speakerTitle);
  }
}
