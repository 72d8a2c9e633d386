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
 */
public record MentionSpan(int sentence, int begin, int end, String text, String type, String nerTag,
                          Double confidence) {}
