package org.newsgraph.clean;

/**
 * Text ready for NLP, with the metadata found while cleaning it.
 *
 * @param text          paragraphs separated by one blank line; the title, when it came from a headline
 *                      line, is the first paragraph. Every offset in the output tables points into this.
 * @param title         the headline (an HTML page's own title first), or the opening of the first
 *                      sentence when the page has none
 * @param outlet        the publishing outlet: an HTML page's site name, else one found in the text, or null
 * @param date          publication date (yyyy-MM-dd): an HTML page's own, else one found in the text, or null
 * @param bodyStart     where the article body begins in {@code text}: after the headline paragraph and its
 *                      blank line when the text starts with one, else 0
 * @param droppedLines  lines removed as boilerplate, navigation, duplicates or non-Latin script
 * @param nonLatinLines how many of those were in a non-Latin script
 */
public record CleanedText(String text, String title, String outlet, String date, int bodyStart,
                          int droppedLines, int nonLatinLines) {}
