package org.newsgraph.nlp;

/**
 * One named-entity mention found by CoreNLP.
 *
 * @param sentence   0-based index of the sentence in the article
 * @param begin      character offset of the first character in the cleaned text
 * @param end        character offset one past the last character (so text = cleaned.substring(begin, end))
 * @param text       the mention as written
 * @param type       coarse type: PERSON, ORGANIZATION, LOCATION or MISC (numeric/time tags keep their own)
 * @param nerTag     CoreNLP's fine tag (COUNTRY, CITY, NATIONALITY, ...)
 * @param confidence CoreNLP's probability for the tag, or null when the tagger gives none (rule-based tags)
 * @param canonical  the fullest form of this entity in the article ("Sergey Lavrov" for "Lavrov",
 *                   "Syrian Democratic Forces" for "SDF"); null until {@link EntityLinker} has run
 */
public record MentionSpan(int sentence, int begin, int end, String text, String type, String nerTag,
                          Double confidence, String canonical) {

  MentionSpan withCanonical(String name) {
    return new MentionSpan(sentence, begin, end, text, type, nerTag, confidence, name);
  }
}
